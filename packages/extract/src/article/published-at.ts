import type { Block } from './blocks.ts';
import { DEFAULT_INDONESIAN_OFFSET } from './date-words.ts';
import { type DateParts, findDates, formatIso, matchToParts, normalizeOffset, parseTimestamp, shiftToOffset, zoneOffset } from './dates.ts';
import { isDateLine } from './content.ts';
import { type DomElement, hintString } from './dom.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type PageMeta } from './metadata.ts';

/** Meta keys that carry the publication time, most trusted first (lower case). */
const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'dtk:publishdate',
  'content_publisheddate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
];

/** Meta keys naming the outlet's time zone. */
const ZONE_META_KEYS: readonly string[] = ['tgtimezone', 'timezone', 'time-zone', 'article:timezone'];

/** Containers whose <time> elements date other stories. */
const FOREIGN_LIST = /related|terkait|populer|popular|sidebar|widget|footer|comment|komentar|latest|terkini|terbaru|most|rekomendasi|list/;

export interface PublishedAtInput {
  meta: PageMeta;
  ld: JsonLdArticle;
  blocks: readonly Block[];
  title: string;
  language: string;
  url: string;
  /** The page's canonical URL: many outlets put the day in the path (/2022/10/23/). */
  canonicalUrl?: string;
  /** The feed item's pubDate, the last resort. */
  feedPubDate?: string;
}

/**
 * Publication time as the outlet printed it: ISO 8601 with the outlet's offset, never moved to
 * UTC. Structured sources win (JSON-LD, meta, <time datetime>); a UTC or zone-less structured
 * time is put in the outlet's zone (what the page prints, else WIB for Indonesian outlets), and
 * gives way to the printed date line when the two disagree on the day.
 */
export function pickPublishedAt(input: PublishedAtInput): string | undefined {
  const structured = structuredDate(input);
  const explicit = structured?.offset !== undefined && structured.offset !== '+00:00';
  const fromUrl = urlDate(input.canonicalUrl) ?? urlDate(input.url);
  // A structured time with its own offset is final, unless the URL's day disputes it; only
  // otherwise is the page read for a date line.
  const disputed = structured !== undefined && explicit && fromUrl !== undefined && !sameDay(structured, fromUrl);
  const visible = structured && explicit && !disputed ? undefined : visibleDate(input.blocks, input.title);
  if (disputed && visible && fromUrl && sameDay(visible, fromUrl)) return formatIso(visible, visible.offset ?? structured.offset);
  const local = localOffset(input, structured, visible);

  if (structured) {
    let parts: DateParts = structured;
    if (!explicit) {
      if (structured.offset === '+00:00' && local) parts = shiftToOffset(structured, local);
      else if (structured.offset === undefined && local && structured.hour !== undefined) parts = { ...structured, offset: local };
      if (visible && !sameDay(parts, visible)) return formatIso(visible, local);
    }
    return formatIso(parts, local);
  }
  if (visible) return formatIso(visible, local);
  if (fromUrl) return formatIso(fromUrl);
  if (input.feedPubDate) {
    const feed = parseTimestamp(input.feedPubDate);
    if (feed) return formatIso(feed.offset === '+00:00' && local ? shiftToOffset(feed, local) : feed, local);
  }
  return undefined;
}

function structuredDate(input: PublishedAtInput): DateParts | undefined {
  const sources = [input.ld.datePublished, ...PUBLISHED_META_KEYS.map((k) => firstMeta(input.meta.meta, [k])), ...input.meta.stamps];
  for (const s of sources) {
    const parts = s ? parseTimestamp(s) : undefined;
    if (parts) return parts;
  }
  for (const el of input.meta.times) {
    if (insideForeignList(el) || insideSiteTop(el)) continue;
    const parts = parseTimestamp(el.attribs['datetime'] ?? '');
    if (parts) return parts;
  }
  return undefined;
}

/** The day in a URL path: /2022/10/23/, /2022-10-23-, /read/20160516/ (the outlet's own calendar). */
function urlDate(url: string | undefined): DateParts | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\d{0,8}(?:[/_.-]|$))/.exec(path);
  return m ? parseTimestamp(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** Site chrome above the story (a masthead clock), as opposed to the story's own header. */
const SITE_TOP = /(?:^|[^a-z])(?:top-?bar|topstrip|masthead|navbar|ticker|site-header)(?:$|[^a-z])/;

function insideSiteTop(el: DomElement): boolean {
  let header = false;
  for (let p: DomElement | null = el.parent; p; p = p.parent) {
    if (p.name === 'article' || p.name === 'main') return false; // the story's own header
    if (p.name === 'header') header = true;
    const hint = hintString(p);
    if (hint && SITE_TOP.test(hint)) return true;
  }
  return header;
}

function insideForeignList(el: DomElement): boolean {
  for (let p: DomElement | null = el.parent; p; p = p.parent) {
    if (p.name === 'aside' || p.name === 'footer' || p.name === 'nav') return true;
    const hint = hintString(p);
    if (hint && FOREIGN_LIST.test(hint)) return true;
  }
  return false;
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Elements whose class/id says they print a date. */
const DATE_HINT = /date|tanggal|tgl|time|waktu|publish|posted|terbit/;
/** A label saying the date after it is an update, not the publication. */
const UPDATED_LABEL = /(?:diperbarui|diupdate|update[sd]?|pembaruan|terakhir\s+diubah|modified|edited)\s*:?\s*(?:pada\s+|on\s+)?$/i;

/**
 * The date line printed with the story: the first full date within a few blocks after the
 * headline (dates above it are the masthead's "today"), else the first dated line whose
 * class says it holds a date and that is not in a list of other stories.
 */
function visibleDate(blocks: readonly Block[], title: string): DateParts | undefined {
  const t = comparable(title);
  let at = t ? blocks.findIndex((b) => b.text.length < 400 && comparable(b.text) === t) : -1;
  if (at < 0) at = blocks.findIndex((b) => b.heading && b.el.name === 'h1' && b.text.length >= 10 && b.linkChars < b.text.length / 2);
  if (at >= 0) {
    const window = blocks.slice(at + 1, at + 25).filter((b) => b.text.length <= 160);
    // A date line or a date-classed element first; a caption's "Kamis (25/8/2022)" only if nothing else.
    // Links are fine here: WordPress prints the date as a link to the post itself.
    const lines = window.filter((b) => isDateLine(b.text) || DATE_HINT.test(`${hintString(b.el)} ${b.inlineHints}`));
    for (const b of [...lines, ...window]) {
      const parts = publishedIn(b.text);
      if (parts) return parts;
    }
  }
  for (const b of blocks) {
    if (b.text.length > 160 || b.linkChars > b.text.length / 2) continue;
    if (!DATE_HINT.test(`${hintString(b.el)} ${b.inlineHints}`) || insideForeignList(b.el)) continue;
    const parts = publishedIn(b.text);
    if (parts) return parts;
  }
  return undefined;
}

/** The first full date of a line that is not labelled as an update. */
function publishedIn(text: string): DateParts | undefined {
  for (const m of findDates(text)) {
    if (UPDATED_LABEL.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const parts = matchToParts(m);
    if (parts) return parts;
  }
  return undefined;
}

function localOffset(input: PublishedAtInput, structured: DateParts | undefined, visible: DateParts | undefined): string | undefined {
  if (visible?.offset) return visible.offset;
  if (structured?.offset && structured.offset !== '+00:00') return structured.offset;
  const printed = structured && visible ? offsetBetween(structured, visible) : undefined;
  if (printed) return printed;
  const zone = firstMeta(input.meta.meta, ZONE_META_KEYS);
  const fromMeta = zone ? (zoneOffset(zone) ?? normalizeOffset(zone)) : undefined;
  if (fromMeta) return fromMeta;
  if (input.language === 'id' || /\.id(?:[:/]|$)/.test(hostOf(input.url))) return DEFAULT_INDONESIAN_OFFSET;
  return undefined;
}

/**
 * The outlet's offset read off its own page: a UTC instant in the meta tags and the wall time it
 * prints for the same moment ("07:48 pm" for 12:48Z is +07:00). Only whole quarter hours
 * within a day's reach count.
 */
function offsetBetween(utc: DateParts, printed: DateParts): string | undefined {
  if (utc.offset !== '+00:00' || utc.hour === undefined || printed.hour === undefined) return undefined;
  const a = Date.UTC(utc.year, utc.month - 1, utc.day, utc.hour, utc.minute ?? 0);
  const b = Date.UTC(printed.year, printed.month - 1, printed.day, printed.hour, printed.minute ?? 0);
  const minutes = Math.round((b - a) / 60_000);
  if (minutes === 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 !== 0) return undefined;
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const sameDay = (a: DateParts, b: DateParts): boolean => a.year === b.year && a.month === b.month && a.day === b.day;
