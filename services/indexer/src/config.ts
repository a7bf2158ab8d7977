import { z } from 'zod';
import { BaseEnv } from '@coopnews/runtime';

export const IndexerConfig = BaseEnv.extend({
  INDEXER_GROUP_ID: z.string().default('coopnews-indexer'),
  /** Extraction results folded together and written at once (records they share are written once). */
  INDEXER_BATCH: z.coerce.number().int().min(1).max(500).default(32),
  /** Records of each kind the indexer keeps in memory between articles (key documents: ten times as many). */
  INDEXER_CACHE_RECORDS: z.coerce.number().int().min(0).default(20_000),
});
export type IndexerConfig = z.infer<typeof IndexerConfig>;
