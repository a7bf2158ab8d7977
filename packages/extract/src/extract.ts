import type { ExtractionResult } from '@coopnews/schema';
import type { ExtractOptions } from './types.ts';
import { extractArticle } from './article/extract-article.ts';
import { findActors } from './actors/find-actors.ts';
import { findAgreements } from './agreements/find-agreements.ts';
import { findPrograms } from './programs/find-programs.ts';
import { judgeRelevance } from './relevance.ts';
import { EXTRACTOR_VERSION } from './version.ts';

/**
 * HTML page -> ExtractionResult. Pure: same input, same output; no I/O, clock or env.
 * Throws ExtractionError when the page holds no article.
 */
export function extract(html: string, opts: ExtractOptions): ExtractionResult {
  const { article, warnings } = extractArticle(html, opts);
  const actors = findActors(article);
  const agreements = findAgreements(article, actors);
  const programs = findPrograms(article, actors);
  const { relevant, relevance } = judgeRelevance(article, agreements, programs);
  return {
    url: opts.url,
    extractorVersion: EXTRACTOR_VERSION,
    article,
    relevant,
    relevance,
    actors: actors.actors,
    agreements,
    programs,
    warnings,
  };
}
