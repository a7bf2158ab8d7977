import { gzipSync } from 'node:zlib';
import type { ArticleFetchedV1, ErrorRecord, PageRecord, PipelineErrorV1 } from '@coopnews/schema';
import { idOf, type Store, type WriteOutcome } from '@coopnews/store';

/** Keeps the page as fetched so extraction can be re-run later without fetching again. */
export async function storePage(store: Store, msg: ArticleFetchedV1): Promise<WriteOutcome> {
  return store.pages.put(pageRecord(msg));
}

/**
 * Several pages (a fetched batch) in bulk requests, without reading them first: a page that
 * is already stored is written again as it is, which costs less than the read that would skip it.
 */
export async function storePages(store: Store, msgs: readonly ArticleFetchedV1[]): Promise<void> {
  const pages = [...new Map(msgs.map((m) => [idOf('page', m.url), pageRecord(m)])).values()];
  for (let i = 0; i < pages.length; i += 16) {
    await store.pages.collection.bulkWrite(
      pages.slice(i, i + 16).map((p) => ({ replaceOne: { filter: { _id: p._id }, replacement: p, upsert: true } })),
      { ordered: true },
    );
  }
}

function pageRecord(msg: ArticleFetchedV1): PageRecord {
  const feedItem = Object.fromEntries(Object.entries(msg.feedItem ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return {
    _id: idOf('page', msg.url),
    url: msg.url,
    fetchedUrl: msg.fetchedUrl,
    ...(msg.feedUrl ? { feedUrl: msg.feedUrl } : {}),
    fetchedAt: msg.fetchedAt,
    contentHash: msg.contentHash,
    htmlGzipBase64: gzipSync(msg.html).toString('base64'),
    ...(Object.keys(feedItem).length ? { feedItem } : {}),
  };
}

/**
 * One review item per (stage, code, url or offset): the same failure reported again bumps its
 * count instead of piling up, and a replay of the same message changes nothing.
 */
export async function recordError(store: Store, msg: PipelineErrorV1): Promise<WriteOutcome> {
  const where = msg.url ?? `${String(msg.context.topic ?? '')}/${String(msg.context.partition ?? '')}/${String(msg.context.offset ?? '')}`;
  const id = idOf('error', msg.stage, msg.code, where);
  const prev = await store.errors.get(id);
  if (prev && prev.lastAt >= msg.at) return 'unchanged';
  const rec: ErrorRecord = {
    _id: id,
    stage: msg.stage,
    code: msg.code,
    message: msg.message,
    retriable: msg.retriable,
    ...(msg.url ? { url: msg.url } : {}),
    firstAt: prev?.firstAt ?? msg.at,
    lastAt: msg.at,
    count: (prev?.count ?? 0) + 1,
    context: msg.context,
    ...(msg.input ? { input: msg.input } : {}),
    // A failure after a reviewer dismissed or retried it needs a look again.
    review: 'open',
  };
  return store.errors.put(rec);
}
