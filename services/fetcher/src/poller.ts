import { createHash } from 'node:crypto';
import { CoopnewsError, isRetriable } from '@coopnews/runtime';
import { ArticleFetchedV1, type PipelineErrorV1 } from '@coopnews/schema';
import { stripCredentials } from '@coopnews/net';
import { resolveCanonical } from './canonical-url.ts';
import { createFairQueue } from './fair-queue.ts';
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
  /** The feeds to poll; a function is asked at every poll (feeds added or paused at run time). */
  feeds: readonly FeedConfig[] | (() => readonly FeedConfig[]);
  readFeed: ReadFeed;
  fetchPage: (req: FetchRequest) => Promise<FetchResult>;
  seen: SeenStore;
  /** Publishes to articles.fetched. A rejection aborts the poll (the page is not marked seen, so the next poll retries it). */
  publish: (message: ArticleFetchedV1) => Promise<void>;
  /** Publishes to pipeline.errors. A rejection aborts the poll too, as does a failing seen store. */
  publishError: (error: PipelineErrorV1) => Promise<void>;
  log: Logger;
  now?: () => Date;
  /** Pages fetched at once across all hosts, taking turns between hosts; per-host politeness is the fetcher's job. */
  itemConcurrency?: number;
  /** Feeds read at once. */
  feedConcurrency?: number;
  /**
   * Pages taken from one feed in one poll: items not yet published first, newest first; the rest
   * wait for the next poll. Keeps a 10,000-item feed from holding up every other feed.
   */
  maxItemsPerFeed?: number;
  /**
   * A page already published is fetched again (to see whether it changed) only when this long
   * has passed since it was last fetched, and a poll re-checks at most RECHECKS_PER_FEED of a
   * feed's pages (checked longest ago first). Default 0: whenever a poll has room. New links are
   * always fetched first.
   */
  recheckAfterMs?: number;
  /** Told how each feed's poll went (feed health). Called once per feed per poll; must not throw. */
  onFeedPolled?: (outcome: FeedOutcome) => void;
}

/** How one feed's poll went. */
export interface FeedOutcome {
  feedUrl: string;
  feedName?: string;
  /** When the poll of this feed started and how long it took, reading the feed and its pages. */
  at: string;
  durationMs: number;
  result: 'ok' | 'not-modified' | 'error';
  /** The feed response's status (for errors, when the server answered). */
  httpStatus?: number;
  /** Why the feed could not be read: the error record's code and message. */
  error?: { code: string; message: string; retriable: boolean };
  items: {
    /** Items in the feed with a usable link. */
    seen: number;
    /** Items the reader dropped (no http(s) link, unreadable). */
    dropped: number;
    published: number;
    /** Pages that answered 304 or hashed as published, and published pages not due for a re-check. */
    unchanged: number;
    /** Pages that failed; each has an error record. */
    failed: number;
    /** Left for the next poll: over maxItemsPerFeed, or their host asked us to wait. */
    deferred: number;
  };
}

export interface PollCounts {
  /** Feeds polled, including those that answered 304 or failed. */
  feeds: number;
  /** Distinct item links found. */
  items: number;
  published: number;
  /** Items whose page answered 304 or hashed as already published, or (published) was not due for a re-check. */
  unchanged: number;
  /** Feeds and items that failed; each was sent to publishError. */
  errors: number;
  /** Items left for the next poll (over the per-feed cap, or their host asked us to wait). */
  deferred?: number;
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
/**
 * Published pages of one feed a poll fetches again to see whether they changed. Few, so that a
 * poll lasts about as long as its new pages take and re-checks spread over polls (50 items at 5
 * a poll: each re-checked about every 10 polls) instead of arriving together once an hour.
 */
const RECHECKS_PER_FEED = 5;

/** Marks a seen-store failure inside an item's work: that is our state failing, so the poll stops instead of blaming the page. */
class SeenStoreFailure extends Error {
  constructor(readonly failure: unknown) {
    super('seen store failed');
  }
}

export function createPoller(deps: PollerDeps): Poller {
  const now = deps.now ?? (() => new Date());
  const pages = createFairQueue(Math.max(1, deps.itemConcurrency ?? 4));
  const feedConcurrency = Math.max(1, deps.feedConcurrency ?? 4);
  const maxItems = Math.max(1, deps.maxItemsPerFeed ?? 50);
  const recheckAfterMs = Math.max(0, deps.recheckAfterMs ?? 0);
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

  type Prepared = { kind: 'unchanged'; refresh?: () => Promise<void> } | { kind: 'new'; message: ArticleFetchedV1; checkedAt: number };

  const seenGet = (url: string): ReturnType<SeenStore['get']> =>
    deps.seen.get(url).catch((err: unknown) => {
      throw new SeenStoreFailure(err);
    });

  const prepare = async (feed: FeedConfig, item: FeedItem): Promise<Prepared> => {
    const previous = await seenGet(item.link);
    const res = await deps.fetchPage({ url: item.link, ...(previous === undefined ? {} : pickValidators(previous)) });
    const checkedAt = now().getTime();
    if (res.kind === 'not-modified') return { kind: 'unchanged', ...(previous === undefined ? {} : { refresh: () => deps.seen.set(item.link, { ...previous, checkedAt }) }) };
    const contentHash = createHash('sha256').update(res.text, 'utf8').digest('hex');
    const canonical = resolveCanonical({
      html: res.text,
      finalUrl: res.finalUrl,
      ...(item.guid === undefined ? {} : { guid: item.guid }),
      ...(feed.canonicalSites === undefined ? {} : { trustedSites: feed.canonicalSites }),
    });
    const url = canonical.url;
    if (canonical.refused.length > 0) deps.log.warn({ url, fetchedUrl: res.finalUrl, refused: canonical.refused }, 'page claims another site\'s URL; kept the fetched URL');
    const validators = pickValidators(res);
    const byCanonical = url === item.link ? previous : await seenGet(url);
    if (previous?.contentHash === contentHash || byCanonical?.contentHash === contentHash) {
      // Same page: only remember the new validators, so the next request can be conditional.
      return { kind: 'unchanged', refresh: () => deps.seen.set(item.link, { contentHash, ...validators, checkedAt }) };
    }
    const message = ArticleFetchedV1.parse({
      version: 1,
      url,
      fetchedUrl: stripCredentials(res.finalUrl),
      feedUrl: feed.url,
      fetchedAt: now().toISOString(),
      httpStatus: res.status,
      contentType: res.contentType,
      ...validators,
      contentHash,
      html: res.text,
      feedItem: item,
      ...(canonical.refused.length > 0 ? { warnings: canonical.refused.map((why) => `canonical refused: ${why}`) } : {}),
    });
    return { kind: 'new', message, checkedAt };
  };

  /**
   * Which items this poll works on: links not yet published, newest first, then at most
   * RECHECKS_PER_FEED published pages due for a re-check (fetched at least recheckAfterMs ago),
   * those checked longest ago first; at most maxItems in all. The other published pages rest.
   */
  const choose = async (items: FeedItem[]): Promise<{ chosen: FeedItem[]; deferred: number; resting: number }> => {
    const entries = await Promise.all(items.map((item) => seenGet(item.link)));
    const at = now().getTime();
    const checkedAt = (i: number): number => entries[i]?.checkedAt ?? 0;
    const newestFirst = (a: { item: FeedItem; i: number }, b: { item: FeedItem; i: number }): number =>
      (b.item.pubDate ?? '').localeCompare(a.item.pubDate ?? '') || a.i - b.i;
    const indexed = items.map((item, i) => ({ item, i }));
    const fresh = indexed.filter(({ i }) => entries[i] === undefined).sort(newestFirst);
    const recheck = indexed
      .filter(({ i }) => entries[i] !== undefined && at - checkedAt(i) >= recheckAfterMs)
      .sort((a, b) => checkedAt(a.i) - checkedAt(b.i) || newestFirst(a, b))
      .slice(0, RECHECKS_PER_FEED);
    const ordered = [...fresh, ...recheck];
    return { chosen: ordered.slice(0, maxItems).map(({ item }) => item), deferred: Math.max(0, ordered.length - maxItems), resting: items.length - ordered.length };
  };

  const hostOf = (url: string): string => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  };

  /**
   * Reads one feed and queues its chosen pages; resolves once the feed is read, with `pages`, which
   * settles when the pages are done (rejecting when publishing or the seen store failed) and the
   * feed's outcome was told. So a feed's reader moves on while its pages wait their turn.
   */
  const pollFeed = async (feed: FeedConfig, counts: PollCounts, seenLinks: Set<string>): Promise<{ pages: Promise<void> } | undefined> => {
    const feedContext = { feedUrl: feed.url, ...(feed.name === undefined ? {} : { feedName: feed.name }) };
    const startedAt = Date.now();
    const outcome: FeedOutcome = {
      feedUrl: feed.url,
      ...(feed.name === undefined ? {} : { feedName: feed.name }),
      at: now().toISOString(),
      durationMs: 0,
      result: 'ok',
      items: { seen: 0, dropped: 0, published: 0, unchanged: 0, failed: 0, deferred: 0 },
    };
    const tell = (): void => {
      outcome.durationMs = Date.now() - startedAt;
      try {
        deps.onFeedPolled?.(outcome);
      } catch (err) {
        deps.log.error({ err, feedUrl: feed.url }, 'onFeedPolled threw');
      }
    };
    let result;
    try {
      result = await deps.readFeed(feed);
    } catch (err) {
      counts.errors += 1;
      const known = err instanceof CoopnewsError ? err : undefined;
      outcome.result = 'error';
      outcome.error = { code: known?.code ?? 'ERR_INTERNAL', message: err instanceof Error ? err.message : String(err), retriable: isRetriable(err) };
      if (typeof known?.context.status === 'number') outcome.httpStatus = known.context.status;
      await reportError(err, feed.url, feedContext);
      tell();
      return;
    } finally {
      counts.feeds += 1;
      lastPolledAt.set(feed.url, Date.now());
    }
    if (result.httpStatus !== undefined) outcome.httpStatus = result.httpStatus;
    if (result.kind === 'not-modified') {
      outcome.result = 'not-modified';
      deps.log.debug(feedContext, 'feed not modified');
      tell();
      return;
    }
    outcome.items.seen = result.items.length;
    outcome.items.dropped = Object.values(result.dropped).reduce((a, b) => a + b, 0);
    if (outcome.items.dropped > 0 || result.repairs.length > 0) {
      deps.log.info({ ...feedContext, dropped: result.dropped, problems: result.problems.slice(0, 10), repairs: result.repairs }, 'feed read with repairs or dropped items');
    }
    // The same link in two feeds (or twice in one) is fetched once per poll.
    const unique = result.items.filter((item) => !seenLinks.has(item.link) && seenLinks.add(item.link));
    const { chosen, deferred, resting } = await choose(unique);
    outcome.items.deferred = deferred;
    counts.deferred = (counts.deferred ?? 0) + deferred;
    counts.items += chosen.length + resting;
    counts.unchanged += resting;
    outcome.items.unchanged += resting;

    let failed = false;
    const work = async (item: FeedItem): Promise<void> => {
      if (stopping || failed) return;
      let prepared: Prepared;
      try {
        prepared = await prepare(feed, item);
      } catch (err) {
        if (err instanceof SeenStoreFailure) throw err.failure;
        if (err instanceof CoopnewsError && err.context.backoff === true) {
          // The host asked us to wait (Retry-After); its 429/503 was reported once already.
          outcome.items.deferred += 1;
          counts.deferred = (counts.deferred ?? 0) + 1;
          return;
        }
        counts.errors += 1;
        outcome.items.failed += 1;
        await reportError(err, item.link, { ...feedContext, link: item.link }, item);
        return;
      }
      if (prepared.kind === 'unchanged') {
        counts.unchanged += 1;
        outcome.items.unchanged += 1;
        await prepared.refresh?.();
        return;
      }
      const { message } = prepared;
      await deps.publish(message);
      counts.published += 1;
      outcome.items.published += 1;
      const entry = { contentHash: message.contentHash, ...pickValidators(message), checkedAt: prepared.checkedAt };
      await deps.seen.set(item.link, entry);
      if (message.url !== item.link) await deps.seen.set(message.url, { contentHash: message.contentHash, checkedAt: prepared.checkedAt });
      deps.log.debug({ url: message.url, fetchedUrl: message.fetchedUrl }, 'published page');
    };
    // Pages wait their turn by host, shared with every other feed of this poll. When publishing
    // (or the seen store) fails, the other pages of the feed are not started either.
    const settled = Promise.allSettled(
      chosen.map((item) =>
        pages.run(hostOf(item.link), () =>
          work(item).catch((err: unknown) => {
            failed = true;
            throw err;
          }),
        ),
      ),
    ).then((results) => {
      tell();
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (rejected !== undefined) throw rejected.reason;
    });
    return { pages: settled };
  };

  const run = async (dueOnly: boolean): Promise<PollCounts> => {
    const counts: PollCounts = { feeds: 0, items: 0, published: 0, unchanged: 0, errors: 0 };
    const seenLinks = new Set<string>();
    const at = Date.now();
    const due = (typeof deps.feeds === 'function' ? deps.feeds() : deps.feeds).filter((feed) => {
      const last = lastPolledAt.get(feed.url);
      return !(dueOnly && feed.intervalSeconds !== undefined && last !== undefined && at - last < feed.intervalSeconds * 1000);
    });
    // Feeds are read a few at a time, so one that hangs until its timeout delays no other. A
    // reader does not wait for a feed's pages: every feed is read (and its new links queued, first
    // of their host) before the pages of the first are done, however many pages the others have.
    let next = 0;
    let failure: { reason: unknown } | undefined;
    const fail = (reason: unknown): void => {
      failure ??= { reason: reason instanceof SeenStoreFailure ? reason.failure : reason };
    };
    const queued: Promise<void>[] = [];
    const reader = async (): Promise<void> => {
      while (!stopping && failure === undefined && next < due.length) {
        const feed = due[next++] as FeedConfig;
        const read = await pollFeed(feed, counts, seenLinks).catch(fail);
        if (read) queued.push(read.pages.catch(fail));
      }
    };
    await Promise.all(Array.from({ length: Math.min(feedConcurrency, due.length) }, reader));
    await Promise.all(queued);
    if (failure !== undefined) throw failure.reason;
    if (counts.deferred === 0) delete counts.deferred;
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
