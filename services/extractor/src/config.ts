import { z } from 'zod';
import { DEFAULT_PAGE_BUDGET, type PageBudget } from '@coopnews/extract';
import { BaseEnv } from '@coopnews/runtime';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const ExtractorConfig = BaseEnv.extend({
  EXTRACTOR_GROUP_ID: z.string().default('coopnews-extractor'),
  /**
   * Time one page may take. KafkaJS heartbeats only between messages and the group's session
   * lasts 30 s, so a page must finish (or be stopped) well before that.
   */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().positive().max(20_000, 'must stay well under the 30 s consumer session').default(10_000),
  /** Heap of the extraction worker; a page that needs more is refused. */
  EXTRACT_MEMORY_MB: count(512),
  EXTRACT_MAX_CHARS: count(DEFAULT_PAGE_BUDGET.maxChars),
  EXTRACT_MAX_ELEMENTS: count(DEFAULT_PAGE_BUDGET.maxElements),
  EXTRACT_MAX_DEPTH: count(DEFAULT_PAGE_BUDGET.maxDepth),
});
export type ExtractorConfig = z.infer<typeof ExtractorConfig>;

export function pageBudget(config: ExtractorConfig): PageBudget {
  return { maxChars: config.EXTRACT_MAX_CHARS, maxElements: config.EXTRACT_MAX_ELEMENTS, maxDepth: config.EXTRACT_MAX_DEPTH };
}
