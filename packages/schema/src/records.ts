import { z } from 'zod';
import { ActorKind, AgreementStatus, AgreementType, Evidence, OrgCategory } from './extraction.ts';
import { Stage } from './errors.ts';

/** Where a record was reported: an article and the exact quote in its text. */
export const Source = z.object({
  articleId: z.string(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.string().optional(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Source = z.infer<typeof Source>;

/** Every stored record says which extractor made it and whether review touched it. */
const RecordBase = z.object({
  _id: z.string(),
  extractorVersion: z.string(),
  confidence: z.number(),
  /** Hidden by default: a reviewer dismissed it, or it only comes from off-topic articles. */
  dismissed: z.boolean().default(false),
  /** Set when a reviewer corrected the record; corrected fields survive re-extraction. */
  corrected: z.record(z.string(), z.unknown()).optional(),
  articleIds: z.array(z.string()),
  sources: z.array(Source),
  /** Why records were merged into this one (one line per merge). */
  mergeReasons: z.array(z.string()).default([]),
  /** Why a reviewer should look at it (ambiguous merge, low confidence...); empty when fine. */
  doubts: z.array(z.string()).default([]),
  firstSeen: z.string(),
  lastSeen: z.string(),
});

export const ArticleRecord = z.object({
  _id: z.string(),
  url: z.string(),
  fetchedUrl: z.string(),
  feedUrl: z.string().optional(),
  title: z.string(),
  publishedAt: z.string().optional(),
  /** YYYY-MM-DD and YYYY-MM as printed by the outlet; precomputed because FerretDB has no date operators. */
  publishedDate: z.string().optional(),
  month: z.string().optional(),
  outlet: z.string(),
  language: z.string(),
  text: z.string(),
  relevant: z.boolean(),
  relevance: z.number(),
  extractorVersion: z.string(),
  contentHash: z.string(),
  fetchedAt: z.string(),
  extractedAt: z.string(),
  actorIds: z.array(z.string()),
  agreementIds: z.array(z.string()),
  programIds: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** What one article said about a record; canonical fields are folded from these, so re-indexing an article replaces its part only. */
const ContributionBase = z.object({
  articleId: z.string(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.string().optional(),
  confidence: z.number(),
  evidence: z.array(Evidence),
});

export const ActorContribution = ContributionBase.extend({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().optional(),
  category: OrgCategory.optional(),
  country: z.string().optional(),
  /** ISO 3166-2 (ID-JT) when the actor is, or belongs to, a province. */
  subdivision: z.string().optional(),
});
export type ActorContribution = z.infer<typeof ActorContribution>;

export const AgreementContribution = ContributionBase.extend({
  type: AgreementType,
  status: AgreementStatus,
  partyIds: z.array(z.string()),
  /** The sides of the table its parties sit on (a person counts for their organization), for matching reports. */
  sides: z.array(z.string()).optional(),
  sectors: z.array(z.string()),
  date: z.string().optional(),
  summary: z.string(),
  relevant: z.boolean(),
});
export type AgreementContribution = z.infer<typeof AgreementContribution>;

export const ProgramContribution = ContributionBase.extend({
  name: z.string(),
  acronym: z.string().optional(),
  aliases: z.array(z.string()),
  kind: z.string().optional(),
  organizerIds: z.array(z.string()),
  participantIds: z.array(z.string()),
});
export type ProgramContribution = z.infer<typeof ProgramContribution>;

export const ActorRecord = RecordBase.extend({
  contributions: z.array(ActorContribution),
  kind: ActorKind,
  name: z.string(),
  /** Normalized forms of name and aliases, for lookups and filters. */
  keys: z.array(z.string()),
  aliases: z.array(z.string()),
  category: OrgCategory.optional(),
  country: z.string().optional(),
  subdivision: z.string().optional(),
  roles: z.array(z.string()),
});
export type ActorRecord = z.infer<typeof ActorRecord>;

export const PartyRef = z.object({ id: z.string(), name: z.string(), kind: ActorKind, country: z.string().optional() });
export type PartyRef = z.infer<typeof PartyRef>;

export const StatusChange = z.object({
  status: AgreementStatus,
  articleId: z.string(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.string().optional(),
  quote: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const AgreementRecord = RecordBase.extend({
  contributions: z.array(AgreementContribution),
  type: AgreementType,
  status: AgreementStatus,
  parties: z.array(PartyRef),
  partyIds: z.array(z.string()),
  /** Countries and provinces (ISO codes) of the parties, for filters. */
  countries: z.array(z.string()),
  sectors: z.array(z.string()),
  date: z.string().optional(),
  month: z.string().optional(),
  summary: z.string(),
  outlets: z.array(z.string()),
  relevant: z.boolean(),
  /** Every status any source asserted, with that source; `status` follows the rule in the indexer. */
  statusHistory: z.array(StatusChange),
});
export type AgreementRecord = z.infer<typeof AgreementRecord>;

export const ProgramRecord = RecordBase.extend({
  contributions: z.array(ProgramContribution),
  name: z.string(),
  keys: z.array(z.string()),
  acronym: z.string().optional(),
  aliases: z.array(z.string()),
  kind: z.string().optional(),
  organizerIds: z.array(z.string()),
  participantIds: z.array(z.string()),
});
export type ProgramRecord = z.infer<typeof ProgramRecord>;

export const ErrorRecord = z.object({
  _id: z.string(),
  stage: Stage,
  code: z.string(),
  message: z.string(),
  retriable: z.boolean(),
  url: z.string().optional(),
  firstAt: z.string(),
  lastAt: z.string(),
  count: z.number().int(),
  context: z.record(z.string(), z.unknown()),
  input: z.string().optional(),
  review: z.enum(['open', 'dismissed', 'retried']),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** A stored page as fetched, so extraction can be re-run without fetching again. */
export const PageRecord = z.object({
  _id: z.string(),
  url: z.string(),
  fetchedUrl: z.string(),
  feedUrl: z.string().optional(),
  fetchedAt: z.string(),
  contentHash: z.string(),
  /** The HTML, gzip-compressed and base64-encoded (raw inputs are stored encoded). */
  htmlGzipBase64: z.string(),
  feedItem: z.record(z.string(), z.string()).optional(),
});
export type PageRecord = z.infer<typeof PageRecord>;
