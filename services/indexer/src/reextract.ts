import { gunzipSync } from 'node:zlib';
import { extract } from '@coopnews/extract';
import type { AgreementChangedV1, ArticleExtractedV1, PageRecord } from '@coopnews/schema';
import type { Store } from '@coopnews/store';
import { newCounts, type Counts } from './context.ts';
import { indexExtraction } from './index-extraction.ts';

export interface ReextractSummary {
  pages: number;
  articles: Counts;
  actors: Counts;
  agreements: Counts;
  programs: Counts;
  /** Pages the current extractor cannot handle (they stay as they were). */
  failed: { url: string; message: string }[];
}

export interface ReextractOptions {
  /** Re-index even pages whose article already carries the current extractor version. */
  force?: boolean;
  /** Only these canonical URLs. */
  urls?: string[];
  onProgress?: (done: number, total: number, url: string) => void;
  onChange?: (change: AgreementChangedV1) => Promise<void>;
  now?: () => Date;
}

const add = (into: Counts, from: Counts) => {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += from[k];
};

/**
 * Runs the current extractor over every stored page and indexes the results, as the indexer
 * would for new messages: records change in place, corrections stay, and the summary says what
 * was created, updated, unchanged or removed.
 */
export async function reextract(store: Store, opts: ReextractOptions = {}): Promise<ReextractSummary> {
  const now = opts.now ?? (() => new Date());
  const summary: ReextractSummary = { pages: 0, articles: newCounts(), actors: newCounts(), agreements: newCounts(), programs: newCounts(), failed: [] };
  const filter = opts.urls ? { url: { $in: opts.urls } } : {};
  const ids = (await store.pages.find(filter, { projection: { _id: 1 }, sort: { _id: 1 } })).map((p) => p._id);
  for (const [i, id] of ids.entries()) {
    const page = await store.pages.get(id);
    if (!page) continue;
    summary.pages++;
    opts.onProgress?.(i + 1, ids.length, page.url);
    let msg: ArticleExtractedV1;
    try {
      msg = toExtracted(page, now());
    } catch (err) {
      summary.failed.push({ url: page.url, message: (err as Error).message });
      continue;
    }
    const report = await indexExtraction(store, msg, { force: opts.force ?? false });
    summary.articles[report.article]++;
    add(summary.actors, report.actors);
    add(summary.agreements, report.agreements);
    add(summary.programs, report.programs);
    for (const change of report.changes) await opts.onChange?.(change);
  }
  return summary;
}

function toExtracted(page: PageRecord, at: Date): ArticleExtractedV1 {
  const html = gunzipSync(Buffer.from(page.htmlGzipBase64, 'base64')).toString('utf8');
  const feedItem = page.feedItem ?? {};
  const result = extract(html, {
    url: page.url,
    feedItem: {
      ...(feedItem.title ? { title: feedItem.title } : {}),
      ...(feedItem.pubDate ? { pubDate: feedItem.pubDate } : {}),
      ...(feedItem.outlet ? { outlet: feedItem.outlet } : {}),
    },
  });
  return {
    version: 1,
    url: page.url,
    fetchedUrl: page.fetchedUrl,
    fetchedAt: page.fetchedAt,
    extractedAt: at.toISOString(),
    contentHash: page.contentHash,
    ...(page.feedUrl ? { feedUrl: page.feedUrl } : {}),
    result,
  };
}

