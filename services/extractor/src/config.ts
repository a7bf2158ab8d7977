import { z } from 'zod';
import { BaseEnv } from '@coopnews/runtime';

export const ExtractorConfig = BaseEnv.extend({
  EXTRACTOR_GROUP_ID: z.string().default('coopnews-extractor'),
});
export type ExtractorConfig = z.infer<typeof ExtractorConfig>;
