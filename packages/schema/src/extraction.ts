import { z } from 'zod';

/** A quote from article.text with its offsets: article.text.slice(start, end) === quote. */
export const Evidence = z.object({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ActorKind = z.enum(['person', 'organization', 'place']);
export type ActorKind = z.infer<typeof ActorKind>;

/** What an organization is, kept apart from `kind` (DESIGN.md). */
export const OrgCategory = z.enum([
  'ministry',
  'national_government',
  'provincial_government',
  'local_government',
  'agency',
  'embassy',
  'chamber',
  'association',
  'company',
  'state_company',
  'university',
  'international_body',
  'ngo',
  'media',
  'other',
]);
export type OrgCategory = z.infer<typeof OrgCategory>;

export const AgreementType = z.enum(['mou', 'loi', 'sister_region', 'cooperation', 'other']);
export type AgreementType = z.infer<typeof AgreementType>;

/** Lifecycle order matters: later statuses supersede earlier ones. */
export const AgreementStatus = z.enum(['proposed', 'agreed', 'signed', 'in_force']);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const Confidence = z.number().min(0).max(1);

export const Actor = z.object({
  id: z.string(),
  kind: ActorKind,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  role: z.string().optional(),
  /** ISO 3166-1 alpha-2 for countries, ISO 3166-2 for provinces (ID-JT). */
  country: z.string().optional(),
  category: OrgCategory.optional(),
  /** Actor id of the organization or place a person speaks for. */
  affiliation: z.string().optional(),
  confidence: Confidence,
  evidence: z.array(Evidence),
  /**
   * ISO 3166-2 code of the province a place is, or an organization belongs to (ID-JT). Places
   * keep their country's alpha-2 code in `country` (the corpus convention: Jawa Tengah -> ID);
   * organizations carry this code in `country` too when they have one (Pemprov Jateng -> ID-JT).
   */
  subdivision: z.string().optional(),
  /** How many times the text names the actor. */
  mentionCount: z.number().int().nonnegative().optional(),
  /** Places only: how much the place acts as a party (0..1) rather than a setting. */
  partyScore: Confidence.optional(),
});
export type Actor = z.infer<typeof Actor>;

export const Agreement = z.object({
  id: z.string(),
  type: AgreementType,
  status: AgreementStatus,
  /** Actor ids. */
  parties: z.array(z.string()),
  /** Terms of the controlled sector vocabulary. */
  sectors: z.array(z.string()),
  /** YYYY-MM-DD when the article states one. */
  date: z.string().optional(),
  summary: z.string(),
  confidence: Confidence,
  evidence: z.array(Evidence),
});
export type Agreement = z.infer<typeof Agreement>;

export const Program = z.object({
  id: z.string(),
  name: z.string().min(1),
  acronym: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  /** training, centre, mission, exhibition, scheme, ... */
  kind: z.string().optional(),
  organizers: z.array(z.string()),
  participants: z.array(z.string()),
  confidence: Confidence,
  evidence: z.array(Evidence),
});
export type Program = z.infer<typeof Program>;

export const ArticleInfo = z.object({
  url: z.string(),
  canonicalUrl: z.string().optional(),
  title: z.string(),
  /** ISO 8601 with the outlet's own offset (2022-10-23T14:05:00+07:00), or a bare date. */
  publishedAt: z.string().optional(),
  language: z.string(),
  outlet: z.string(),
  author: z.string().optional(),
  text: z.string(),
});
export type ArticleInfo = z.infer<typeof ArticleInfo>;

export const ExtractionResult = z.object({
  url: z.string(),
  extractorVersion: z.string(),
  article: ArticleInfo,
  /** Whether the article is about cooperation at all; others are stored but hidden by default. */
  relevant: z.boolean(),
  relevance: Confidence,
  actors: z.array(Actor),
  agreements: z.array(Agreement),
  programs: z.array(Program),
  warnings: z.array(z.string()).default([]),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;
