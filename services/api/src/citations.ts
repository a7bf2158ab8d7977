import { z } from 'zod';
import { Source } from '@coopnews/schema';
import { idOf } from '@coopnews/store';
import type { ReadModels } from './read-model/models.ts';

/** How a record is cited: the article that reported it (outlet, title, date printed, URL) and, where at hand, the quote. */
export const Citation = z.object({
  outlet: z.string(),
  title: z.string().optional(),
  date: z.string().optional().describe('the day the outlet printed (YYYY-MM-DD)'),
  url: z.string(),
  quote: z.string().optional(),
  text: z.string().describe('the citation as one line, ready to paste'),
});
export type Citation = z.infer<typeof Citation>;

/** One article a record comes from, with every quote taken from it: sources counted by article, not by quote. */
export const SourceArticle = z.object({
  articleId: z.string(),
  url: z.string(),
  outlet: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  quotes: z.array(Source.pick({ quote: true, start: true, end: true })),
  citation: Citation,
});
export type SourceArticle = z.infer<typeof SourceArticle>;

/** What a record's citations need of its articles: title and date, from the article read model. */
export type ArticleLookup = Pick<ReadModels, 'articles'>;

/** Articles are keyed like the indexer keys them (services/indexer: idOf('article', url)). */
const articleOf = (models: ArticleLookup, url: string) => models.articles.row(idOf('article', url))?.item;

/** `Outlet, "Title", 2022-10-23, https://...: "quote"` (n.d. without a date). */
export function formatCitation(c: Omit<Citation, 'text'>): string {
  const title = c.title ? ` "${c.title}",` : '';
  return `${c.outlet},${title} ${c.date ?? 'n.d.'}, ${c.url}${c.quote ? `: "${c.quote}"` : ''}`;
}

export function citationOf(parts: Omit<Citation, 'text'>): Citation {
  const c = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as Omit<Citation, 'text'>;
  return { ...c, text: formatCitation(c) };
}

/**
 * A record's sources grouped by article, the earliest published first (ties by article id), each
 * with its quotes in text order and its citation (the first quote); titles from the article read model.
 */
export function sourceArticles(sources: readonly Source[], models: ArticleLookup): SourceArticle[] {
  const byArticle = new Map<string, Source[]>();
  for (const s of sources) {
    const list = byArticle.get(s.articleId);
    if (list) list.push(s);
    else byArticle.set(s.articleId, [s]);
  }
  const articles = [...byArticle].map(([articleId, list]) => {
    const first = list[0]!;
    const article = articleOf(models, first.url);
    const publishedAt = first.publishedAt ?? article?.publishedAt;
    const quotes = [...list].sort((a, b) => a.start - b.start).map(({ quote, start, end }) => ({ quote, start, end }));
    const title = article?.title;
    const citation = citationOf({ outlet: first.outlet, title, date: publishedAt?.slice(0, 10), url: first.url, quote: quotes[0]?.quote });
    return { articleId, url: first.url, outlet: first.outlet, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}), quotes, citation };
  });
  return articles.sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.articleId.localeCompare(b.articleId));
}

/** A whole record with its sources grouped by article and its citation (its earliest article's). */
export function withCitations<R extends { sources: Source[] }>(record: R, models: ArticleLookup): R & { sourceArticles: SourceArticle[]; citation?: Citation } {
  const articles = sourceArticles(record.sources, models);
  return { ...record, sourceArticles: articles, ...(articles[0] ? { citation: articles[0].citation } : {}) };
}

/**
 * A list item's citation, without a quote (lists and exports read slim rows that hold no quotes):
 * the earliest published article among its source URLs, title and date from the article read
 * model; the same article the record's citation names.
 */
export function listCitation(item: { sourceUrls: readonly string[]; outlets: readonly string[] }, models: ArticleLookup): Citation | undefined {
  let best: { url: string; article: ReturnType<typeof articleOf> } | undefined;
  for (const url of item.sourceUrls) {
    const article = articleOf(models, url);
    const key = article?.publishedAt ?? '\uffff';
    if (!best || key < (best.article?.publishedAt ?? '\uffff')) best = { url, article };
  }
  if (!best) return undefined;
  const outlet = best.article?.outlet ?? item.outlets[0];
  if (!outlet) return undefined;
  return citationOf({ outlet, title: best.article?.title, date: best.article?.publishedAt?.slice(0, 10), url: best.url });
}

/** A list item with its citation (when its articles are known). */
export function citedItem<I extends { sourceUrls: readonly string[]; outlets: readonly string[] }>(item: I, models: ArticleLookup): I & { citation?: Citation } {
  const citation = listCitation(item, models);
  return citation ? { ...item, citation } : item;
}
