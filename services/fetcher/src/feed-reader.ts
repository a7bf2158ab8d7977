import Parser from 'rss-parser';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import type { ArticleFetchedV1 } from '@coopnews/schema';
import type { FeedConfig } from './feeds-config.ts';
import type { HttpFetcher } from './http-fetch.ts';

/** One feed item as the fetcher passes it on; `link` is always an absolute URL. */
export type FeedItem = Omit<NonNullable<ArticleFetchedV1['feedItem']>, 'link'> & { link: string };

export type Validators = Pick<ArticleFetchedV1, 'etag' | 'lastModified'>;

/** Conditional-GET validators per feed URL; a Map fits. Kept by the caller so it outlives a reader. */
export interface ValidatorStore {
  get(url: string): Validators | undefined;
  set(url: string, validators: Validators): unknown;
}

export type FeedReadResult =
  | { kind: 'ok'; feedUrl: string; title?: string; items: FeedItem[]; /** Items with no usable link. */ skipped: number }
  | { kind: 'not-modified'; feedUrl: string };

export type ReadFeed = (feed: FeedConfig) => Promise<FeedReadResult>;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

// <source> is RSS 2.0's "where this item came from"; rss-parser drops it unless asked.
const parser = new Parser<Record<string, unknown>, { source?: unknown; id?: string }>({ customFields: { item: ['source'] } });

/** Text of an xml2js node: a plain string, `{_: text, $: attrs}`, or Atom's `<source><title>`. */
function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() || undefined;
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'object' && node !== null) {
    const n = node as { _?: unknown; title?: unknown };
    return textOf(n._) ?? textOf(n.title);
  }
  return undefined;
}

function absoluteHttp(href: string | undefined, base: string): string | undefined {
  if (href === undefined || href.trim() === '') return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses RSS 2.0 or Atom text. `baseUrl` resolves relative links; `outlet` names the outlet of
 * items without a <source> (else the channel title). Rejects with ERR_FEED_PARSE.
 */
export async function parseFeed(xml: string, baseUrl: string, outlet?: string): Promise<Extract<FeedReadResult, { kind: 'ok' }>> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    throw new CoopnewsError(ErrorCode.FEED_PARSE, `Feed ${baseUrl} could not be parsed as RSS or Atom: ${(err as Error).message}`, {
      retriable: false,
      context: { url: baseUrl },
      cause: err,
    });
  }
  const title = textOf(feed.title);
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const item of feed.items) {
    const guid = textOf(item.guid) ?? textOf(item.id);
    // An item without <link> may still have a permalink guid.
    const link = absoluteHttp(item.link, baseUrl) ?? absoluteHttp(guid !== undefined && /^https?:/i.test(guid) ? guid : undefined, baseUrl);
    if (link === undefined) {
      skipped += 1;
      continue;
    }
    const fields = {
      title: textOf(item.title),
      guid,
      pubDate: textOf(item.pubDate),
      outlet: textOf(item.source) ?? outlet ?? title,
    };
    items.push({ link, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) });
  }
  return { kind: 'ok', feedUrl: baseUrl, ...(title === undefined ? {} : { title }), items, skipped };
}

/** A reader that fetches a feed with our HTTP rules and a conditional GET, then parses it. */
export function createFeedReader(deps: { fetcher: HttpFetcher; validators: ValidatorStore }): ReadFeed {
  return async (feed) => {
    const previous = deps.validators.get(feed.url);
    const res = await deps.fetcher.fetchText({ url: feed.url, accept: FEED_ACCEPT, ...previous });
    if (res.kind === 'not-modified') return { kind: 'not-modified', feedUrl: feed.url };
    const parsed = await parseFeed(res.text, res.finalUrl, feed.outlet);
    // Stored only once the feed parsed, so a broken feed is fetched in full again next time.
    deps.validators.set(feed.url, {
      ...(res.etag === undefined ? {} : { etag: res.etag }),
      ...(res.lastModified === undefined ? {} : { lastModified: res.lastModified }),
    });
    return { ...parsed, feedUrl: feed.url };
  };
}
