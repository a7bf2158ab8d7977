import { z } from 'zod';
import { BaseEnv } from '@coopnews/runtime';

export const IndexerConfig = BaseEnv.extend({
  INDEXER_GROUP_ID: z.string().default('coopnews-indexer'),
});
export type IndexerConfig = z.infer<typeof IndexerConfig>;
