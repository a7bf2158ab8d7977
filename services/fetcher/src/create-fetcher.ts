import type { ArticleFetchedV1, PipelineErrorV1 } from '@coopnews/schema';
import { createFeedReader, type Validators } from './feed-reader.ts';
import type { FeedConfig } from './feeds-config.ts';
import { createHttpFetcher, type HttpFetchOptions } from './http-fetch.ts';
import { createPoller, type FeedOutcome, type Logger, type Poller } from './poller.ts';
import { createJsonFileSeenStore, createMemorySeenStore } from './seen-store.ts';

export interface FetcherOptions {
  feeds: readonly FeedConfig[] | (() => readonly FeedConfig[]);
  http?: HttpFetchOptions;
  /** JSON file remembering published pages across restarts; in memory only when unset. */
  seenPath?: string;
  itemConcurrency?: number;
  feedConcurrency?: number;
  maxItemsPerFeed?: number;
  /** See PollerDeps.recheckAfterMs. */
  recheckAfterMs?: number;
  /** Told how each feed's poll went (see FeedOutcome). */
  onFeedPolled?: (outcome: FeedOutcome) => void;
  publish: (message: ArticleFetchedV1) => Promise<void>;
  publishError: (error: PipelineErrorV1) => Promise<void>;
  log: Logger;
  now?: () => Date;
}

/**
 * Wires the HTTP fetcher, feed reader and seen store into a poller: the one call main.ts needs.
 * Its stop() stops the poller (waiting for the poll in flight), then closes the HTTP connections.
 */
export function createFetcher(opts: FetcherOptions): Poller {
  const http = createHttpFetcher(opts.http);
  // Feed validators live in memory: after a restart a feed is read in full once, which is cheap;
  // pages, which are not, are remembered in the seen store.
  const readFeed = createFeedReader({ fetcher: http, validators: new Map<string, Validators>() });
  const poller = createPoller({
    feeds: opts.feeds,
    readFeed,
    fetchPage: (req) => http.fetchText(req),
    seen: opts.seenPath === undefined ? createMemorySeenStore() : createJsonFileSeenStore(opts.seenPath),
    publish: opts.publish,
    publishError: opts.publishError,
    log: opts.log,
    ...(opts.now === undefined ? {} : { now: opts.now }),
    ...(opts.itemConcurrency === undefined ? {} : { itemConcurrency: opts.itemConcurrency }),
    ...(opts.feedConcurrency === undefined ? {} : { feedConcurrency: opts.feedConcurrency }),
    ...(opts.maxItemsPerFeed === undefined ? {} : { maxItemsPerFeed: opts.maxItemsPerFeed }),
    ...(opts.recheckAfterMs === undefined ? {} : { recheckAfterMs: opts.recheckAfterMs }),
    ...(opts.onFeedPolled === undefined ? {} : { onFeedPolled: opts.onFeedPolled }),
  });
  let stopped: Promise<void> | undefined;
  return {
    ...poller,
    stop: () => (stopped ??= poller.stop().then(() => http.close())),
  };
}
