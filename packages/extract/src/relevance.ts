import type { Agreement, Program } from '@coopnews/schema';
import type { Article } from './types.ts';

const CUES = /\b(kerja ?sama|bekerja sama|kolaborasi|kemitraan|mou|nota kesepahaman|memorandum|sister|cooperation|partnership|agreement)\b/gi;

/** Whether an article is about cooperation at all, with a score in [0, 1]. */
export function judgeRelevance(article: Article, agreements: Agreement[], programs: Program[]): { relevant: boolean; relevance: number } {
  const cues = (article.text.match(CUES) ?? []).length + (article.title.match(CUES) ?? []).length * 2;
  const score = Math.min(1, 0.15 * cues + 0.4 * Math.min(agreements.length, 1) + 0.1 * Math.min(programs.length, 1));
  return { relevant: score >= 0.4, relevance: Math.round(score * 100) / 100 };
}
