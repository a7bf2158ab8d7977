// rss-parser, wrapped. It tells RSS 0.9x/1.0/2.0 from Atom and finds the items; everything it
// would interpret from an item (links, dates, content, titles) is renamed away from it with an
// xml2js tag-name processor and handed back raw, so that
//  - no description/content reaches its contentSnippet regex (quadratic in unmatched '<'),
//  - one odd item (an invalid date, a <link/> without attributes) cannot throw for the feed,
//  - links, dates and titles are read by our rules (feed-items.ts).
// A parser is made per parse: a shared one keeps xml2js state and can hang on the next feed.
import Parser from 'rss-parser';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { rootName } from './feed-normalize.ts';

/** Elements we read ourselves: renamed to `x-<name>` before rss-parser sees them. */
const OURS = ['link', 'guid', 'id', 'title', 'pubDate', 'published', 'updated', 'issued', 'modified', 'created', 'dc:date', 'dc:title', 'description', 'content', 'content:encoded', 'summary', 'source'];
export const RAW_PREFIX = 'x-';

/** The raw item fields (xml2js nodes, arrays) handed back on each item. */
export const RAW_ITEM_FIELDS = [...OURS.map((n) => RAW_PREFIX + n), 'dcterms:issued', 'dcterms:created', 'dcterms:date', 'dcterms:modified', 'atom:link', 'enclosure'] as const;

export type RawNode = unknown;
export interface RawItem {
  /** The item element's attributes (xml:base, rdf:about). */
  attrs?: Record<string, string>;
  raw: Partial<Record<(typeof RAW_ITEM_FIELDS)[number], RawNode[]>>;
}
export interface RawFeed {
  format: 'rss' | 'atom' | 'rdf';
  attrs?: Record<string, string>;
  title?: RawNode[];
  items: RawItem[];
}

// Namespaces whose elements rss-parser expects unprefixed: a feed that prefixes them
// (<rss:item>, <a:entry>) is read as if it had not.
const OWN_NAMESPACES = /xmlns:([\w.-]+)\s*=\s*["'](http:\/\/purl\.org\/rss\/1\.0\/|http:\/\/www\.w3\.org\/2005\/Atom|http:\/\/purl\.org\/atom\/ns#)["']/g;

function ownPrefixes(xml: string, root: string | undefined): Set<string> {
  const prefixes = new Set<string>();
  const head = xml.slice(0, 8192);
  for (const m of head.matchAll(OWN_NAMESPACES)) {
    const [, prefix, uri] = m as unknown as [string, string, string];
    // RSS 2.0 feeds bind atom: for <atom:link rel="self">; that prefix is only ours when the root is <atom:feed>.
    if (uri.includes('rss/1.0') || root?.startsWith(`${prefix}:`)) prefixes.add(prefix);
  }
  return prefixes;
}

function tagNameProcessor(prefixes: Set<string>): (name: string) => string {
  const ours = new Set(OURS);
  return (name) => {
    const colon = name.indexOf(':');
    const local = colon !== -1 && prefixes.has(name.slice(0, colon)) ? name.slice(colon + 1) : name;
    return ours.has(local) ? RAW_PREFIX + local : local;
  };
}

const feedError = (url: string, why: string, cause?: unknown): CoopnewsError =>
  new CoopnewsError(ErrorCode.FEED_PARSE, `Feed ${url} could not be read: ${why}`, { retriable: false, context: { url }, ...(cause === undefined ? {} : { cause }) });

/** Parses normalized feed text into raw items. Rejects with ERR_FEED_PARSE saying why, within `deadlineMs`. */
export async function parseRaw(xml: string, url: string, deadlineMs: number): Promise<RawFeed> {
  const root = rootName(xml);
  if (root === undefined) throw feedError(url, xml.trim() === '' ? 'the body is empty' : 'it has no root element (only a declaration, comments or a doctype)');
  const prefixes = ownPrefixes(xml, root);
  const localRoot = tagNameProcessor(prefixes)(root);
  if (!['rss', 'feed', 'rdf:RDF'].includes(localRoot)) throw feedError(url, `it is not an RSS or Atom feed (its root element is <${root}>)`);

  const parser = new Parser<{ rawTitle?: RawNode[]; rawAttrs?: Record<string, string> }, Record<string, unknown>>({
    defaultRSS: 2, // <rss> without a version is read as RSS 2.0
    xml2js: { tagNameProcessors: [tagNameProcessor(prefixes)] },
    customFields: {
      feed: [[`${RAW_PREFIX}title`, 'rawTitle', { keepArray: true }], ['$', 'rawAttrs', { keepArray: true }]] as unknown as ('rawTitle' | 'rawAttrs')[],
      item: [...RAW_ITEM_FIELDS.map((f) => [f, f, { keepArray: true }]), ['$', 'attrs', { keepArray: true }]] as unknown as string[],
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(feedError(url, `parsing did not finish within ${deadlineMs} ms`)), deadlineMs);
  });
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await Promise.race([parser.parseString(xml), deadline]);
  } catch (err) {
    if (err instanceof CoopnewsError) throw err;
    const why = (err as Error).message.split('\n')[0] ?? String(err);
    throw feedError(url, `the XML is not well-formed (${why})`, err);
  } finally {
    clearTimeout(timer);
  }
  const items = (feed.items as Record<string, unknown>[]).map((item) => {
    const { attrs, ...rest } = item;
    const raw = Object.fromEntries(RAW_ITEM_FIELDS.filter((f) => Array.isArray(rest[f])).map((f) => [f, rest[f] as RawNode[]]));
    return { ...(isAttrs(attrs) ? { attrs } : {}), raw };
  });
  return {
    format: localRoot === 'feed' ? 'atom' : localRoot === 'rss' ? 'rss' : 'rdf',
    ...(isAttrs(feed.rawAttrs) ? { attrs: feed.rawAttrs } : {}),
    ...(Array.isArray(feed.rawTitle) ? { title: feed.rawTitle } : {}),
    items,
  };
}

const isAttrs = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v);
