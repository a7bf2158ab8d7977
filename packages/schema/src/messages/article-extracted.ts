import { z } from 'zod';
import { ExtractionResult } from '../extraction.ts';

export const ArticleExtractedV1 = z.object({
  version: z.literal(1),
  url: z.string(),
  fetchedUrl: z.string(),
  fetchedAt: z.string(),
  extractedAt: z.string(),
  contentHash: z.string(),
  feedUrl: z.string().optional(),
  result: ExtractionResult,
});
export type ArticleExtractedV1 = z.infer<typeof ArticleExtractedV1>;
