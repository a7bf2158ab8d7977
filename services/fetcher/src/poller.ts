import { createHash } from 'node:crypto';
import { CoopnewsError, isRetriable } from '@coopnews/runtime';
import { ArticleFetchedV1, type PipelineErrorV1 } from '@coopnews/schema';
import { canonicalUrl } from './canonical-url.ts';
import type { FeedItem, ReadFeed } from './feed-reader.ts';
import type { FeedConfig } from './feeds-config.ts';
import type { FetchRequest, FetchResult } from './http-fetch.ts';
import type { SeenStore } from './seen-store.ts';

/** The part of a pino logger the poller uses. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface PollerDeps {
  feeds: readonly FeedConfig[];
  readFeed: ReadFeed;
  fetchPage: (req: FetchRequest) => Promise<FetchResult>;
  seen: SeenStore;
  /** Publishes to articles.fetched. A rejection aborts the poll (the page is not marked seen, so the next poll retries it). */
  publish: (message: ArticleFetchedV1) => Promise<void>;
  /** Publishes to pipeline.errors. A rejection aborts the poll too, as does a failing seen store. */
  publishError: (error: PipelineErrorV1) => Promise<void>;
  log: Logger;
  now?: () => Date;
  /** Pages fetched at once across all hosts; per-host politeness is the fetcher's job. */
  itemConcurrency?: number;
}

export interface PollCounts {
  /** Feeds polled, including those that answered 304 or failed. */
  feeds: number;
  /** Distinct item links found. */
  items: number;
  published: number;
  /** Items whose page answered 304 or hashed as already published. */
  unchanged: number;
  /** Feeds and items that failed; each was sent to publishError. */
  errors: number;
}

export interface Poller {
  /** Reads every feed (or, with dueOnly, those whose intervalSeconds has passed) and publishes new or changed pages. A call during a poll joins it. */
  pollOnce(opts?: { dueOnly?: boolean }): Promise<PollCounts>;
  /** Polls now, then `intervalMs` after each poll ends (polls never overlap). Poll failures are logged. */
  start(intervalMs: number): void;
  /**
   * Stops the timer, lets the poll in flight finish the pages it is fetching (it starts no new
   * ones), and resolves when it is done. Idempotent: every call returns the same promise.
   */
  stop(): Promise<void>;
}

const MAX_ERROR_INPUT = 4096;

/** Marks a seen-store failure inside an item's work: that is our state failing, so the poll stops instead of blaming the page. */
class SeenStoreFailure extends Error {
  constructor(readonly failure: unknown) {
    super('seen store failed');
  }
}

export function createPoller(deps: PollerDeps): Poller {
  const now = deps.now ?? (() => new Date());
  const concurrency = Math.max(1, deps.itemConcurrency ?? 4);
  const lastPolledAt = new Map<string, number>();
  let inFlight: Promise<PollCounts> | undefined;
  let stopping = false;
  let stopped: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const reportError = async (err: unknown, url: string, context: Record<string, unknown>, input?: unknown): Promise<void> => {
    const known = err instanceof CoopnewsError ? err : undefined;
    const error: PipelineErrorV1 = {
      version: 1,
      stage: 'fetcher',
      // Anything not already a CoopnewsError is a bug of ours, not a property of the page.
      code: known?.code ?? 'ERR_INTERNAL', // as the api names its 500s; not (yet) in ErrorCode
      message: err instanceof Error ? err.message : String(err),
      retriable: isRetriable(err),
      url,
      at: now().toISOString(),
      context: { ...context, ...known?.context },
      ...(input === undefined ? {} : { input: JSON.stringify(input).slice(0, MAX_ERROR_INPUT) }),
    };
    if (known === undefined) deps.log.error({ err, url }, 'unexpected error while fetching');
    else deps.log.warn({ code: error.code, url, retriable: error.retriable, context: error.context }, error.message);
    await deps.publishError(error);
  };

  type Prepared = { kind: 'unchanged'; refresh?: () => Promise<void> } | { kind: 'new'; message: ArticleFetchedV1 };

  const seenGet = (url: string): ReturnType<SeenStore['get']> =>
    deps.seen.get(url).catch((err: unknown) => {
      throw new SeenStoreFailure(err);
    });

  const prepare = async (feed: FeedConfig, item: FeedItem): Promise<Prepared> => {
    const previous = await seenGet(item.link);
    const res = await deps.fetchPage({ url: item.link, ...(previous === undefined ? {} : pickValidators(previous)) });
    if (res.kind === 'not-modified') return { kind: 'unchanged' };
    const contentHash = createHash('sha256').update(res.text, 'utf8').digest('hex');
    const url = canonicalUrl({ html: res.text, finalUrl: res.finalUrl, ...(item.guid === undefined ? {} : { guid: item.guid }) });
    const validators = pickValidators(res);
    const byCanonical = url === item.link ? previous : await seenGet(url);
    if (previous?.contentHash === contentHash || byCanonical?.contentHash === contentHash) {
      // Same page: only remember the new validators, so the next request can be conditional.
      return { kind: 'unchanged', refresh: () => deps.seen.set(item.link, { contentHash, ...validators }) };
    }
    const message = ArticleFetchedV1.parse({
      version: 1,
      url,
      fetchedUrl: res.finalUrl,
      feedUrl: feed.url,
      fetchedAt: now().toISOString(),
      httpStatus: res.status,
      contentType: res.contentType,
      ...validators,
      contentHash,
      html: res.text,
      feedItem: item,
    });
    return { kind: 'new', message };
  };

  const pollFeed = async (feed: FeedConfig, counts: PollCounts, seenLinks: Set<string>): Promise<void> => {
    const feedContext = { feedUrl: feed.url, ...(feed.name === undefined ? {} : { feedName: feed.name }) };
    let result;
    try {
      result = await deps.readFeed(feed);
    } catch (err) {
      counts.errors += 1;
      await reportError(err, feed.url, feedContext);
      return;
    } finally {
      counts.feeds += 1;
      lastPolledAt.set(feed.url, Date.now());
    }
    if (result.kind === 'not-modified') {
      deps.log.debug(feedContext, 'feed not modified');
      return;
    }
    // The same link in two feeds (or twice in one) is fetched once per poll.
    const items = result.items.filter((item) => !seenLinks.has(item.link) && seenLinks.add(item.link));
    counts.items += items.length;

    let next = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (!stopping && !failed && next < items.length) {
        const item = items[next++] as FeedItem;
        let prepared: Prepared;
        try {
          prepared = await prepare(feed, item);
        } catch (err) {
          if (err instanceof SeenStoreFailure) throw err.failure;
          counts.errors += 1;
          await reportError(err, item.link, { ...feedContext, link: item.link }, item);
          continue;
        }
        if (prepared.kind === 'unchanged') {
          counts.unchanged += 1;
          await prepared.refresh?.();
          continue;
        }
        const { message } = prepared;
        await deps.publish(message);
        counts.published += 1;
        const entry = { contentHash: message.contentHash, ...pickValidators(message) };
        await deps.seen.set(item.link, entry);
        if (message.url !== item.link) await deps.seen.set(message.url, { contentHash: message.contentHash });
        deps.log.debug({ url: message.url, fetchedUrl: message.fetchedUrl }, 'published page');
      }
    };
    // When publishing (or the seen store) fails, the other workers take no new items either.
    const guarded = (): Promise<void> =>
      worker().catch((err: unknown) => {
        failed = true;
        throw err;
      });
    const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, guarded));
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected !== undefined) throw rejected.reason;
  };

  const run = async (dueOnly: boolean): Promise<PollCounts> => {
    const counts: PollCounts = { feeds: 0, items: 0, published: 0, unchanged: 0, errors: 0 };
    const seenLinks = new Set<string>();
    const at = Date.now();
    for (const feed of deps.feeds) {
      if (stopping) break;
      const last = lastPolledAt.get(feed.url);
      if (dueOnly && feed.intervalSeconds !== undefined && last !== undefined && at - last < feed.intervalSeconds * 1000) continue;
      await pollFeed(feed, counts, seenLinks);
    }
    deps.log.info({ ...counts }, 'poll done');
    return counts;
  };

  const pollOnce: Poller['pollOnce'] = (opts = {}) => {
    if (stopping) return Promise.reject(new Error('Poller is stopped; create a new one to poll again'));
    inFlight ??= run(opts.dueOnly ?? false).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const tick = async (intervalMs: number): Promise<void> => {
    try {
      await pollOnce({ dueOnly: true });
    } catch (err) {
      deps.log.error({ err }, 'poll failed; trying again at the next interval');
    }
    if (!stopping) timer = setTimeout(() => void tick(intervalMs), intervalMs);
  };

  return {
    pollOnce,
    start(intervalMs) {
      if (stopping) throw new Error('Poller is stopped; create a new one to start again');
      if (timer !== undefined) return;
      timer = setTimeout(() => void tick(intervalMs), 0);
    },
    stop() {
      stopping = true;
      clearTimeout(timer);
      stopped ??= (inFlight ?? Promise.resolve()).then(
        () => undefined,
        () => undefined,
      );
      return stopped;
    },
  };
}

function pickValidators(from: { etag?: string | undefined; lastModified?: string | undefined }): { etag?: string; lastModified?: string } {
  return {
    ...(from.etag === undefined ? {} : { etag: from.etag }),
    ...(from.lastModified === undefined ? {} : { lastModified: from.lastModified }),
  };
}
