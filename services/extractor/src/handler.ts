import { extract, ExtractionError, type PageBudget } from '@coopnews/extract';
import type { ArticleExtractedV1, ArticleFetchedV1 } from '@coopnews/schema';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';

/**
 * A fetched page -> an extraction message. A page the library cannot handle becomes a typed,
 * non-retriable error (the consumer routes it to pipeline.errors); nothing here crashes.
 */
export function extractPage(msg: ArticleFetchedV1, opts: { budget?: PageBudget; now?: () => Date } = {}): ArticleExtractedV1 {
  const now = opts.now ?? (() => new Date());
  try {
    const result = extract(msg.html, {
      url: msg.url,
      ...(opts.budget ? { budget: opts.budget } : {}),
      ...(msg.feedItem ? { feedItem: pick(msg.feedItem) } : {}),
    });
    return {
      version: 1,
      url: msg.url,
      fetchedUrl: msg.fetchedUrl,
      fetchedAt: msg.fetchedAt,
      extractedAt: now().toISOString(),
      contentHash: msg.contentHash,
      ...(msg.feedUrl ? { feedUrl: msg.feedUrl } : {}),
      result,
    };
  } catch (err) {
    const code = err instanceof ExtractionError ? err.code : ErrorCode.EXTRACT_FAILED;
    throw new CoopnewsError(code as ErrorCode, `cannot extract ${msg.url}: ${(err as Error).message}`, {
      context: pageContext(msg),
      cause: err,
    });
  }
}

function pick(item: NonNullable<ArticleFetchedV1['feedItem']>) {
  return {
    ...(item.title ? { title: item.title } : {}),
    ...(item.pubDate ? { pubDate: item.pubDate } : {}),
    ...(item.outlet ? { outlet: item.outlet } : {}),
  };
}

/** Where a page came from, for every error about it. */
export function pageContext(msg: ArticleFetchedV1): Record<string, unknown> {
  // feedUrl: feed health counts a feed's extraction failures from these errors.
  return { url: msg.url, fetchedUrl: msg.fetchedUrl, contentHash: msg.contentHash, contentType: msg.contentType, htmlChars: msg.html.length, ...(msg.feedUrl ? { feedUrl: msg.feedUrl } : {}) };
}
