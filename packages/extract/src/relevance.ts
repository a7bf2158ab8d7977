import type { Agreement, Program } from '@coopnews/schema';
import { countCooperationCues } from './agreements/classify.ts';
import type { Article } from './types.ts';

/**
 * Whether an article is about cooperation at all, with a score in [0, 1]. Agreements found
 * weigh most; cue words alone (a flood report may mention "kerja sama" with the police once)
 * need to be many, or in the title, to make an article relevant.
 */
export function judgeRelevance(article: Article, agreements: readonly Agreement[], programs: readonly Program[]): { relevant: boolean; relevance: number } {
  const inText = countCooperationCues(article.text);
  const inTitle = countCooperationCues(article.title);
  const sure = agreements.filter((a) => a.confidence >= 0.7).length;
  const score = Math.min(
    1,
    (agreements.length > 0 ? 0.3 : 0) +
      0.1 * Math.min(sure, 3) +
      (programs.length > 0 ? 0.1 : 0) +
      0.04 * Math.min(inText, 8) +
      (inTitle > 0 ? 0.2 : 0),
  );
  return { relevant: score >= 0.4, relevance: Math.round(score * 100) / 100 };
}
