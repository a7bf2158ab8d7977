import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '@coopnews/extract';
import { indexExtraction, storePage, type IndexReport } from '@coopnews/indexer';
import type { ArticleExtractedV1, ArticleFetchedV1 } from '@coopnews/schema';
import type { Store } from '@coopnews/store';
import { decodeHtml } from '../../packages/cli/src/decode-html.ts';

/** The repo's sample news site: pages as published (ids as in the dev corpus), no annotations. */
export const corpusDir = new URL('../../samples/', import.meta.url).pathname;

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
}

export async function corpusPages(ids?: readonly string[]): Promise<CorpusPage[]> {
  const corpus = JSON.parse(await readFile(join(corpusDir, 'corpus.json'), 'utf8')) as { articles: { id: string; url: string; html: string }[] };
  const chosen = ids ? corpus.articles.filter((a) => ids.includes(a.id)) : corpus.articles;
  // Decoded as the fetcher would (dev-005 is ISO-8859-1), not read as UTF-8.
  return Promise.all(chosen.map(async (a) => ({ id: a.id, url: a.url, html: decodeHtml(await readFile(join(corpusDir, a.html))) })));
}

export function fetchedOf(page: CorpusPage, fetchedAt = '2024-01-01T00:00:00Z'): ArticleFetchedV1 {
  return { version: 1, url: page.url, fetchedUrl: page.url, fetchedAt, httpStatus: 200, contentHash: sha256(page.html), html: page.html };
}

/**
 * What the extractor would publish for a page: the real extraction library's result.
 * `extractorVersion` overrides the library's, to simulate an upgrade; `extractedAt` defaults
 * to the article's date so that seeding is reproducible.
 */
export function extractedOf(page: CorpusPage, opts: { extractorVersion?: string; extractedAt?: string } = {}): ArticleExtractedV1 {
  const result = extract(page.html, { url: page.url });
  if (opts.extractorVersion) result.extractorVersion = opts.extractorVersion;
  const at = opts.extractedAt ?? result.article.publishedAt ?? '2024-01-01T00:00:00+07:00';
  return { version: 1, url: page.url, fetchedUrl: page.url, fetchedAt: at, extractedAt: at, contentHash: sha256(page.html), result };
}

/** Runs pages through extraction and the indexer into `store`, keeping each page for re-extraction. */
export async function seedCorpus(store: Store, ids?: readonly string[]): Promise<{ pages: CorpusPage[]; reports: IndexReport[] }> {
  const pages = await corpusPages(ids);
  const reports: IndexReport[] = [];
  for (const page of pages) {
    await storePage(store, fetchedOf(page));
    reports.push(await indexExtraction(store, extractedOf(page)));
  }
  return { pages, reports };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
