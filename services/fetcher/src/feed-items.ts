// Raw feed items (xml2js nodes) -> the items the fetcher passes on: link, guid, plain-text title,
// publication date, outlet. One bad item is dropped with a reason; the rest of the feed stays.
import { decodeHTML } from 'entities';
import { stripCredentials } from '@coopnews/net';
import { RAW_PREFIX, type RawFeed, type RawItem, type RawNode } from './feed-parse.ts';

export interface ParsedItem {
  link: string;
  guid?: string;
  title?: string;
  /** ISO 8601, from the first date field that parses. */
  pubDate?: string;
  outlet?: string;
}

/** Something the reader noticed about one item: dropped it, or dropped one of its fields. */
export interface ItemProblem {
  /** 1-based position of the item in the feed. */
  item: number;
  what: 'item dropped' | 'date dropped';
  why: string;
}

const MAX_DEPTH = 32;
const MAX_TITLE = 1000;

/** All text under an xml2js node, in document order as far as xml2js keeps it; depth-limited. */
function textOf(node: RawNode, depth = 0): string {
  if (depth > MAX_DEPTH || node === null || node === undefined) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map((n) => textOf(n, depth + 1)).join(' ');
  if (typeof node === 'object') {
    const { _: text, $: _attrs, ...children } = node as Record<string, unknown>;
    return [textOf(text, depth + 1), ...Object.values(children).map((c) => textOf(c, depth + 1))].filter(Boolean).join(' ');
  }
  return '';
}

const attrsOf = (node: RawNode): Record<string, string> =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && typeof (node as { $?: unknown }).$ === 'object' ? ((node as { $: Record<string, string> }).$ ?? {}) : {};

// `<[^<>]*>` stops at the next '<', so unmatched '<'s cost linear time, unlike `<.*?>`.
const TAG = /<[^<>]*>/g;

/** Titles are plain text: markup (escaped or CDATA) removed, entities decoded, whitespace collapsed. */
export function plainText(raw: string): string {
  const once = raw.replace(TAG, '');
  return decodeHTML(once)
    .replace(TAG, '') // markup that was escaped twice
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE);
}

// Indonesian outlets write their zones by name; Date does not know them.
const ZONES: Record<string, string> = { WIB: '+0700', WITA: '+0800', WIT: '+0900' };

/** A date field as ISO 8601, or undefined when it does not parse (RFC 822, W3C-DTF/ISO 8601). */
export function parseDate(text: string): string | undefined {
  const cleaned = text.trim().replace(/\b(WIB|WITA|WIT)\b/, (z) => ZONES[z] ?? z);
  if (cleaned === '') return undefined;
  const ms = Date.parse(cleaned);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1970 && year <= 9999 ? new Date(ms).toISOString() : undefined;
}

/** Date fields in order of preference: when it was published, then when it changed. */
const DATE_FIELDS = ['pubDate', 'published', 'dc:date', 'dcterms:issued', 'issued', 'dcterms:created', 'created', 'dcterms:date', 'updated', 'dcterms:modified', 'modified'].map((f) =>
  f.startsWith('dcterms:') ? f : RAW_PREFIX + f,
) as (keyof RawItem['raw'])[];

function absoluteHttp(href: string, base: string | undefined): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? stripCredentials(url.href) : undefined;
  } catch {
    return undefined;
  }
}

/** A base URL joined with an element's xml:base. */
function withBase(base: string | undefined, attrs: Record<string, string> | undefined): string | undefined {
  const xmlBase = attrs?.['xml:base'];
  if (xmlBase === undefined) return base;
  try {
    return new URL(xmlBase.trim(), base).href;
  } catch {
    return base;
  }
}

const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml|html|xhtml)$/i;

interface LinkCandidate {
  href: string;
  rel: string;
  type?: string;
  base: string | undefined;
}

/**
 * The item's page: an alternate link (no rel means alternate) of an HTML type or none first,
 * then any other alternate, then a permalink guid or a URL-shaped Atom id, then rdf:about.
 * Enclosures, self, edit and related links are never the page.
 */
function pickLink(item: RawItem, base: string | undefined): { link?: string; rejected?: string } {
  const candidates: LinkCandidate[] = [];
  for (const node of [...(item.raw[`${RAW_PREFIX}link`] ?? []), ...(item.raw['atom:link'] ?? [])]) {
    const attrs = attrsOf(node);
    const href = attrs.href ?? (typeof node === 'string' ? node : textOf((node as { _?: unknown })?._));
    if (href.trim() === '') continue;
    candidates.push({ href, rel: (attrs.rel ?? 'alternate').toLowerCase(), ...(attrs.type === undefined ? {} : { type: attrs.type }), base: withBase(base, attrs) });
  }
  const alternates = candidates.filter((c) => c.rel === 'alternate');
  const ordered = [...alternates.filter((c) => c.type === undefined || HTML_TYPE.test(c.type)), ...alternates.filter((c) => c.type !== undefined && !HTML_TYPE.test(c.type))];
  const guidNode = item.raw[`${RAW_PREFIX}guid`]?.[0];
  const guid = guidNode === undefined ? undefined : textOf(guidNode).trim();
  const permalink = guidNode !== undefined && attrsOf(guidNode).isPermaLink?.toLowerCase() !== 'false' && guid !== undefined && /^https?:\/\//i.test(guid) ? guid : undefined;
  const id = textOf(item.raw[`${RAW_PREFIX}id`]?.[0]).trim();
  const fallbacks = [permalink, /^https?:\/\//i.test(id) ? id : undefined, item.attrs?.['rdf:about']].filter((x): x is string => x !== undefined);
  for (const c of ordered) {
    const link = absoluteHttp(c.href, c.base);
    if (link !== undefined) return { link };
  }
  for (const href of fallbacks) {
    const link = absoluteHttp(href, base);
    if (link !== undefined) return { link };
  }
  const first = ordered[0]?.href ?? candidates[0]?.href;
  return { rejected: first === undefined ? 'it has no link, permalink guid or URL id' : `its link ${JSON.stringify(first.slice(0, 200))} is not an http(s) URL` };
}

export interface ItemsResult {
  title?: string;
  items: ParsedItem[];
  problems: ItemProblem[];
  /** Items dropped, by reason. */
  dropped: Record<string, number>;
}

/** Builds the items of a parsed feed. `base` resolves relative links (Content-Location or the feed's URL). */
export function buildItems(feed: RawFeed, opts: { base: string; outlet?: string | undefined }): ItemsResult {
  const feedBase = withBase(opts.base, feed.attrs);
  const title = feed.title === undefined ? undefined : plainText(textOf(feed.title[0])) || undefined;
  const items: ParsedItem[] = [];
  const problems: ItemProblem[] = [];
  const dropped: Record<string, number> = {};
  const drop = (index: number, reason: string, why: string): void => {
    dropped[reason] = (dropped[reason] ?? 0) + 1;
    problems.push({ item: index + 1, what: 'item dropped', why });
  };
  feed.items.forEach((item, index) => {
    try {
      const base = withBase(feedBase, item.attrs);
      const { link, rejected } = pickLink(item, base);
      if (link === undefined) return drop(index, 'no http(s) link', rejected ?? 'no link');
      const guidNode = item.raw[`${RAW_PREFIX}guid`]?.[0] ?? item.raw[`${RAW_PREFIX}id`]?.[0];
      const guid = guidNode === undefined ? undefined : textOf(guidNode).trim().slice(0, 2000) || undefined;
      const titleNode = item.raw[`${RAW_PREFIX}title`]?.[0] ?? item.raw[`${RAW_PREFIX}dc:title`]?.[0];
      const itemTitle = titleNode === undefined ? undefined : plainText(textOf(titleNode)) || undefined;
      let pubDate: string | undefined;
      let unparsed: string | undefined;
      for (const field of DATE_FIELDS) {
        const text = textOf(item.raw[field]?.[0]).trim();
        if (text === '') continue;
        pubDate = parseDate(text);
        if (pubDate !== undefined) break;
        unparsed ??= `${field.replace(RAW_PREFIX, '')} ${JSON.stringify(text.slice(0, 80))}`;
      }
      if (pubDate === undefined && unparsed !== undefined) problems.push({ item: index + 1, what: 'date dropped', why: `${unparsed} is not a date` });
      const source = item.raw[`${RAW_PREFIX}source`]?.[0];
      const outlet = (source === undefined ? undefined : plainText(textOf(source)) || undefined) ?? opts.outlet ?? title;
      items.push({
        link,
        ...(guid === undefined ? {} : { guid: stripCredentials(guid) }),
        ...(itemTitle === undefined ? {} : { title: itemTitle }),
        ...(pubDate === undefined ? {} : { pubDate }),
        ...(outlet === undefined ? {} : { outlet }),
      });
    } catch (err) {
      // A shape we did not foresee: this item only.
      drop(index, 'unreadable item', `it could not be read: ${(err as Error).message}`);
    }
  });
  return { ...(title === undefined ? {} : { title }), items, problems, dropped };
}
