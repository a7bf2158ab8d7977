/**
 * The fetcher's logic, free of Kafka and MongoDB. main.ts needs three calls:
 *
 *   const { feeds } = await loadFeedsFile(config.feedsFile);
 *   const poller = createFetcher({ feeds, http: {...}, seenPath, publish, publishError, log });
 *   poller.start(intervalMs);   // and on shutdown: await poller.stop()
 *
 * The rest is exported for tests and for wiring the parts differently.
 */
export { createFetcher } from './create-fetcher.ts';
export type { FetcherOptions } from './create-fetcher.ts';
export { FeedConfig, FeedsFile, loadFeedsFile, parseFeedsFile } from './feeds-config.ts';
export { createHttpFetcher, httpFetchDefaults } from './http-fetch.ts';
export type { FetchNotModified, FetchOk, FetchRequest, FetchResult, HttpFetcher, HttpFetchOptions } from './http-fetch.ts';
export { createFeedReader, feedParseDefaults, parseFeed, parseFeedBytes } from './feed-reader.ts';
export type { FeedItem, FeedOk, FeedReadResult, ParseOptions, ReadFeed, Validators, ValidatorStore } from './feed-reader.ts';
export type { ItemProblem } from './feed-items.ts';
export { charsetFromContentType, decodeFeed, decodePage } from './decode.ts';
export type { CharsetSource, Decoded } from './decode.ts';
export { canonicalUrl, normalizeUrl } from './canonical-url.ts';
export { SeenEntry, createJsonFileSeenStore, createMemorySeenStore } from './seen-store.ts';
export type { SeenStore } from './seen-store.ts';
export { createPoller } from './poller.ts';
export type { FeedOutcome, Logger, PollCounts, Poller, PollerDeps } from './poller.ts';
export { createFairQueue } from './fair-queue.ts';
export { resolveCanonical, siteOf } from './canonical-url.ts';
export type { Canonical } from './canonical-url.ts';
export { isPrivateAddress } from '@coopnews/net';
export { createFetcherService } from './service.ts';
export { FetcherConfig } from './config.ts';
