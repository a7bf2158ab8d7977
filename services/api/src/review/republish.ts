import { gunzipSync } from 'node:zlib';
import type { ArticleFetchedV1, PageRecord } from '@coopnews/schema';
import type { Publisher } from '@coopnews/kafka';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { idOf, type Store } from '@coopnews/store';
import { conflict } from '../http-error.ts';

/**
 * Re-extraction: the stored page goes back on articles.fetched as if fetched again, so the
 * extractor (at its present version) and the indexer run over it without touching the web.
 */
export async function republishPage(store: Store, publisher: Publisher | undefined, url: string): Promise<{ pageId: string; url: string }> {
  if (!publisher) {
    throw new CoopnewsError(ErrorCode.STORE_FAILED, 'this api runs without Kafka, so it cannot republish pages: start it with KAFKA_BROKERS reachable', { context: { httpStatus: 503 } });
  }
  const pageId = idOf('page', url);
  const page = await store.pages.get(pageId);
  if (!page) throw conflict(`no stored page for ${url}: it was never fetched into this store (or the indexer has not stored it), so it cannot be re-extracted`, { url, pageId });
  await publisher.publish('articlesFetched', page.url, fetchedMessage(page));
  return { pageId, url: page.url };
}

export function fetchedMessage(page: PageRecord): ArticleFetchedV1 {
  const item = page.feedItem ?? {};
  const feedItem = Object.fromEntries(['title', 'guid', 'link', 'pubDate', 'outlet'].flatMap((k) => (item[k] ? [[k, item[k]]] : [])));
  return {
    version: 1,
    url: page.url,
    fetchedUrl: page.fetchedUrl,
    ...(page.feedUrl ? { feedUrl: page.feedUrl } : {}),
    fetchedAt: page.fetchedAt,
    httpStatus: 200,
    contentType: 'text/html; charset=utf-8',
    contentHash: page.contentHash,
    html: gunzipSync(Buffer.from(page.htmlGzipBase64, 'base64')).toString('utf8'),
    ...(Object.keys(feedItem).length ? { feedItem } : {}),
  };
}
