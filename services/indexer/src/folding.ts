import type { Evidence, Source } from '@coopnews/schema';

/** Helpers shared by the actor, agreement and program folds. */

export const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
export const sortedUniq = (xs: Iterable<string>): string[] => uniq(xs).sort();

/** The value most contributions carry; ties go to the first seen (contributions are sorted). */
export function mostCommon<T>(values: readonly T[], tieBreak?: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && tieBreak && tieBreak(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

interface Contribution {
  articleId: string;
  url: string;
  outlet: string;
  publishedAt?: string | undefined;
  evidence: Evidence[];
}

/** Contributions in a stable order: by publication date, then article id. */
export function byPublication<C extends Contribution>(cs: readonly C[]): C[] {
  return [...cs].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.articleId.localeCompare(b.articleId));
}

export function sourcesOf(cs: readonly Contribution[]): Source[] {
  return cs.flatMap((c) =>
    c.evidence.map((e) => ({
      articleId: c.articleId,
      url: c.url,
      outlet: c.outlet,
      ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}),
      quote: e.quote,
      start: e.start,
      end: e.end,
    })),
  );
}

/** Fields every folded record shares. */
export function commonFields(cs: readonly Contribution[], confidence: number[], fallbackTime: string) {
  const dates = cs.map((c) => c.publishedAt ?? fallbackTime).sort();
  return {
    articleIds: sortedUniq(cs.map((c) => c.articleId)),
    sources: sourcesOf(cs),
    confidence: Math.max(0, ...confidence),
    firstSeen: dates[0] ?? fallbackTime,
    lastSeen: dates[dates.length - 1] ?? fallbackTime,
  };
}

/** Replaces one article's contribution, keeping the others. */
export function withContribution<C extends { articleId: string }>(existing: readonly C[], articleId: string, next: C | undefined): C[] {
  const rest = existing.filter((c) => c.articleId !== articleId);
  return next ? [...rest, next] : rest;
}

/** What every contribution says about its article: where, when, how sure, and the quotes. */
export function contributionBase(ctx: { articleId: string; url: string; outlet: string; publishedAt?: string }, record: { confidence: number; evidence: Evidence[] }) {
  return {
    articleId: ctx.articleId,
    url: ctx.url,
    outlet: ctx.outlet,
    ...(ctx.publishedAt ? { publishedAt: ctx.publishedAt } : {}),
    confidence: record.confidence,
    evidence: record.evidence,
  };
}
