import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import type { ArticleFetchedV1 } from '@coopnews/schema';
import { decodeFeed } from './decode.ts';
import { buildItems, type ItemProblem } from './feed-items.ts';
import { closeTruncated, normalizeFeed } from './feed-normalize.ts';
import { parseInWorker } from './feed-parse-isolated.ts';
import { parseRaw } from './feed-parse.ts';
import type { FeedConfig } from './feeds-config.ts';
import type { HttpFetcher } from './http-fetch.ts';

/** One feed item as the fetcher passes it on; `link` is always an absolute http(s) URL, `pubDate` ISO 8601. */
export type FeedItem = Omit<NonNullable<ArticleFetchedV1['feedItem']>, 'link'> & { link: string };

export type Validators = Pick<ArticleFetchedV1, 'etag' | 'lastModified'>;

/** Conditional-GET validators per feed URL; a Map fits. Kept by the caller so it outlives a reader. */
export interface ValidatorStore {
  get(url: string): Validators | undefined;
  set(url: string, validators: Validators): unknown;
}

export interface FeedOk {
  kind: 'ok';
  feedUrl: string;
  title?: string;
  items: FeedItem[];
  /** Items dropped (no usable link, unreadable), by reason. */
  dropped: Record<string, number>;
  /** Each dropped item or field, with why. */
  problems: ItemProblem[];
  /** What the reader repaired in the text before parsing (bare &, HTML entities, a missing <channel>...). */
  repairs: string[];
  /** Set by the HTTP reader: the response's status and the charset used. */
  httpStatus?: number;
  charset?: string;
}

export type FeedReadResult = FeedOk | { kind: 'not-modified'; feedUrl: string; httpStatus: 304 };

export type ReadFeed = (feed: FeedConfig) => Promise<FeedReadResult>;

export interface ParseOptions {
  /** Outlet of items without a <source>; wins over the channel title. */
  outlet?: string | undefined;
  /** Longest text parsed, in characters (the HTTP layer caps bytes before this). */
  maxChars?: number;
  /** Time allowed to parse one feed. */
  deadlineMs?: number;
}

/**
 * Feeds up to `inProcessChars` parse on the caller's thread (typical feeds, a few ms); larger ones
 * in a worker thread with the deadline and a memory limit (see feed-parse-isolated.ts).
 */
export const feedParseDefaults = { maxChars: 8 * 1024 * 1024, deadlineMs: 10_000, inProcessChars: 1024 * 1024, memoryMb: 512 } as const;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Reads RSS 0.9x/1.0/2.0 or Atom (0.3, 1.0) text the way a lenient reader does: repairs what it
 * can before parsing, keeps the complete items of a cut-off feed, drops single bad items with a
 * reason. `baseUrl` resolves relative links (the Content-Location or the feed's URL). Rejects
 * with ERR_FEED_PARSE (not retriable) saying why when nothing can be read.
 */
export async function parseFeed(text: string, baseUrl: string, options: ParseOptions | string = {}): Promise<FeedOk> {
  const opts = typeof options === 'string' ? { outlet: options } : options;
  const maxChars = opts.maxChars ?? feedParseDefaults.maxChars;
  const deadlineMs = opts.deadlineMs ?? feedParseDefaults.deadlineMs;
  if (text.length > maxChars) {
    throw new CoopnewsError(ErrorCode.FEED_PARSE, `Feed ${baseUrl} could not be read: it is ${text.length} characters long, more than the ${maxChars} allowed`, {
      retriable: false,
      context: { url: baseUrl, chars: text.length, maxChars },
    });
  }
  if (text.length > feedParseDefaults.inProcessChars) return parseInWorker(text, baseUrl, { deadlineMs, memoryMb: feedParseDefaults.memoryMb, outlet: opts.outlet });
  return parseFeedInProcess(text, baseUrl, { ...opts, deadlineMs });
}

/** parseFeed on the caller's thread, whatever the size: for small feeds and inside the parsing worker. */
export async function parseFeedInProcess(text: string, baseUrl: string, opts: ParseOptions): Promise<FeedOk> {
  const deadlineMs = opts.deadlineMs ?? feedParseDefaults.deadlineMs;
  const { text: normalized, repairs } = normalizeFeed(text);
  let raw;
  try {
    raw = await parseRaw(normalized, baseUrl, deadlineMs);
  } catch (err) {
    const truncated = err instanceof CoopnewsError && /not well-formed/.test(err.message) ? closeTruncated(normalized) : undefined;
    if (truncated === undefined || truncated === normalized) throw err;
    raw = await parseRaw(truncated, baseUrl, deadlineMs).catch(() => {
      throw err;
    });
    repairs.push(`${(err as Error).message.replace(/^.*?could not be read: /, '')}: kept the complete items before the fault`);
  }
  const built = buildItems(raw, { base: baseUrl, outlet: opts.outlet });
  return {
    kind: 'ok',
    feedUrl: baseUrl,
    ...(built.title === undefined ? {} : { title: built.title }),
    items: built.items,
    dropped: built.dropped,
    problems: built.problems,
    repairs,
  };
}

/** Decodes feed bytes by the XML charset rules, then parses them: what `coopnews feeds check FILE` and the HTTP reader share. */
export async function parseFeedBytes(bytes: Uint8Array, contentType: string | undefined, baseUrl: string, options: ParseOptions = {}): Promise<FeedOk> {
  const decoded = decodeFeed(bytes, contentType);
  const parsed = await parseFeed(decoded.text, baseUrl, options);
  return { ...parsed, charset: decoded.charset, repairs: decoded.repaired === undefined ? parsed.repairs : [decoded.repaired, ...parsed.repairs] };
}

/** A reader that fetches a feed with our HTTP rules and a conditional GET, then parses it. */
export function createFeedReader(deps: { fetcher: HttpFetcher; validators: ValidatorStore; parse?: Omit<ParseOptions, 'outlet'> }): ReadFeed {
  return async (feed) => {
    const previous = deps.validators.get(feed.url);
    const res = await deps.fetcher.fetchText({ url: feed.url, accept: FEED_ACCEPT, as: 'feed', ...previous });
    if (res.kind === 'not-modified') return { kind: 'not-modified', feedUrl: feed.url, httpStatus: 304 };
    // Relative links resolve against Content-Location when the server names one (RFC 9110 8.7).
    const parsed = await parseFeed(res.text, res.contentLocation ?? res.finalUrl, { ...deps.parse, outlet: feed.outlet });
    // Stored only once the feed parsed, so a broken feed is fetched in full again next time.
    deps.validators.set(feed.url, {
      ...(res.etag === undefined ? {} : { etag: res.etag }),
      ...(res.lastModified === undefined ? {} : { lastModified: res.lastModified }),
    });
    const repairs = res.charsetRepaired === undefined ? parsed.repairs : [res.charsetRepaired, ...parsed.repairs];
    return { ...parsed, feedUrl: feed.url, repairs, httpStatus: res.status, charset: res.charset };
  };
}
