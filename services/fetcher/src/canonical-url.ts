import { getDomain } from 'tldts';
import { stripCredentials } from '@coopnews/net';

// A regex over <head> instead of cheerio: the fetcher needs two attributes, and a full HTML parser
// belongs to the extract package. Tags are matched one at a time and their attributes parsed in
// any order, which covers what outlets actually publish.

const TAG = /<(link|meta)\b([^>]*)>/gi;
const ATTR = /([^\s"'<>/=]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const HEAD_LIMIT = 256 * 1024;

function attributes(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name !== undefined && !attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The <head> (or the start of a document without one), where canonical hints live. */
function headOf(html: string): string {
  const end = html.search(/<\/head\s*>|<body[\s>]/i);
  return html.slice(0, end === -1 ? HEAD_LIMIT : Math.min(end, HEAD_LIMIT));
}

/** An absolute http(s) URL made from `href` relative to `base`, normalized; undefined if it is not one. */
function absoluteHttp(href: string | undefined, base: string): string | undefined {
  if (href === undefined || href.trim() === '') return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? normalizeUrl(url.href) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lowercase scheme and host (URL does that), no fragment, no utm_* tracking parameters; the rest
 * (path case, trailing slash, other parameters) is kept, because outlets treat them as distinct.
 */
export function normalizeUrl(href: string): string {
  const url = new URL(stripCredentials(href));
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter((key) => key.toLowerCase().startsWith('utm_'));
  // Deleting re-encodes the whole query, so a query without tracking stays as the outlet wrote it.
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
}

export interface CanonicalInput {
  html: string;
  /** The URL the page was fetched from after redirects; also the base for relative hints. */
  finalUrl: string;
  /** The feed item's guid, used when it is an absolute http(s) URL. */
  guid?: string;
  /**
   * Sites (registrable domains) whose URLs this feed's pages may claim besides their own
   * (FeedConfig.canonicalSites); '*' trusts every claim (a mirror you run, like the sample site).
   */
  trustedSites?: readonly string[];
}

export interface Canonical {
  /** The record key: an accepted canonical hint, else the fetched URL (normalized). */
  url: string;
  /** Hints naming another site, refused: "rel=canonical https://other.example/x is on other.example, not on the fetched page's site news.example". */
  refused: string[];
}

/** A host's site: its registrable domain by the Public Suffix List (news.detik.com -> detik.com); IPs and single labels stand for themselves. */
export function siteOf(host: string): string {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

/**
 * The page's identity. A hint (<link rel=canonical>, then og:url, then a URL-shaped guid) is taken
 * only when it is on the fetched page's own site or on a site the feed trusts; otherwise a page
 * could claim, and overwrite, another outlet's article. Refused hints are returned for the record.
 */
export function resolveCanonical({ html, finalUrl, guid, trustedSites = [] }: CanonicalInput): Canonical {
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  for (const m of headOf(html).matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    if (m[1]?.toLowerCase() === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (canonical === undefined && rel.includes('canonical')) canonical = absoluteHttp(attrs.get('href'), finalUrl);
    } else if (ogUrl === undefined && (attrs.get('property') ?? attrs.get('name'))?.toLowerCase() === 'og:url') {
      ogUrl = absoluteHttp(attrs.get('content'), finalUrl);
    }
  }
  const guidUrl = guid !== undefined && /^https?:\/\//i.test(guid.trim()) ? absoluteHttp(guid, finalUrl) : undefined;
  const ownSite = siteOf(new URL(finalUrl).hostname);
  const trusted = new Set(trustedSites.map((s) => (s === '*' ? s : siteOf(s))));
  const refused: string[] = [];
  for (const [source, hint] of [['rel=canonical', canonical], ['og:url', ogUrl], ['guid', guidUrl]] as const) {
    if (hint === undefined) continue;
    const site = siteOf(new URL(hint).hostname);
    if (site === ownSite || trusted.has('*') || trusted.has(site)) return { url: hint, refused };
    refused.push(`${source} ${hint} is on ${site}, not on the fetched page's site ${ownSite}`);
  }
  return { url: normalizeUrl(finalUrl), refused };
}

/** The page's canonical URL (see resolveCanonical), without the refused hints. */
export function canonicalUrl(input: CanonicalInput): string {
  return resolveCanonical(input).url;
}
