import { z } from 'zod';
import { ActorRecord, AgreementRecord, ArticleRecord, ErrorRecord, ProgramRecord } from '@coopnews/schema';
import { Citation, SourceArticle } from './citations.ts';

/** Response shapes; lists leave out what is heavy (contributions, article text, raw inputs). */
export const AgreementItem = AgreementRecord.omit({ contributions: true });
/** A record as an item: without the per-article contributions (the indexer's, large). */
export const withoutContributions = <T extends { contributions?: unknown }>({ contributions: _c, ...item }: T): Omit<T, 'contributions'> => item;
export const ActorItem = ActorRecord.omit({ contributions: true });

/**
 * What agreement lists and exports show: the few fields a list needs, counts instead of sources
 * and doubts. The whole record is at /agreements/{id}. Served from the read model.
 */
export const AgreementListItem = AgreementRecord.pick({
  _id: true,
  type: true,
  status: true,
  parties: true,
  partyIds: true,
  countries: true,
  sectors: true,
  date: true,
  month: true,
  summary: true,
  outlets: true,
  relevant: true,
  dismissed: true,
  confidence: true,
  extractorVersion: true,
  firstSeen: true,
  lastSeen: true,
}).extend({
  sourceCount: z.number().int().describe('articles that report it (the quotes they give are quoteCount)'),
  quoteCount: z.number().int(),
  sourceUrls: z.array(z.string()),
  doubtCount: z.number().int(),
  corrected: z.literal(true).optional().describe('a reviewer corrected the record'),
  citation: Citation.optional().describe('the earliest article reporting it, without a quote (lists hold none); the record has the quote'),
});
export type AgreementListItem = z.infer<typeof AgreementListItem>;

export const ActorListItem = ActorRecord.pick({
  _id: true,
  kind: true,
  name: true,
  aliases: true,
  category: true,
  country: true,
  subdivision: true,
  roles: true,
  confidence: true,
  dismissed: true,
  firstSeen: true,
  lastSeen: true,
}).extend({ articleCount: z.number().int(), sourceCount: z.number().int().describe('articles that name it'), quoteCount: z.number().int(), doubtCount: z.number().int() });
export type ActorListItem = z.infer<typeof ActorListItem>;
export const ProgramItem = ProgramRecord.omit({ contributions: true });
export type ProgramItem = z.infer<typeof ProgramItem>;

/** A whole record as served by id: its sources also grouped by article, and its citation. */
export const cited = <T extends z.ZodObject>(record: T) => record.extend({ sourceArticles: z.array(SourceArticle), citation: Citation.optional() });
export const ArticleItem = ArticleRecord.omit({ text: true });
export const ErrorItem = ErrorRecord.omit({ input: true });

export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().optional() });

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('what went wrong and why'),
    where: z.string().describe('the route, and for bad input the field'),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** The error statuses most routes can answer with, for the OpenAPI document. */
export const readErrors = { 400: ErrorResponse, 404: ErrorResponse } as const;
export const writeErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } as const;
