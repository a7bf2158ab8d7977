import type { Article, ExtractOptions } from '../types.ts';
import { ExtractionError } from '../errors.ts';
import { readBlocks } from './blocks.ts';
import { isBoilerplateLine, selectContent } from './content.ts';
import { type DomElement, parseHtml, rawText } from './dom.ts';
import { readJsonLd } from './json-ld.ts';
import { detectLanguage } from './language.ts';
import { firstMeta, readPageMeta } from './metadata.ts';
import { hostLabel, pickOutlet } from './outlet.ts';
import { pickPublishedAt } from './published-at.ts';
import { normalizeSpace } from './text.ts';
import { isOutletSegment, pickTitle, type TitleContext } from './title.ts';

/** Below this many characters a page holds no article (a stub, an index, an error page). */
const MIN_TEXT_LENGTH = 40;

/**
 * HTML page -> article text and metadata. Pure and deterministic: the same page always gives
 * the same text, so evidence offsets stay valid.
 */
export function extractArticle(html: string, opts: ExtractOptions): { article: Article; warnings: string[] } {
  const warnings: string[] = [];
  const root = parseHtml(html);
  const meta = readPageMeta(root);
  const ld = readJsonLd(meta.jsonLd);
  const canonicalUrl = absoluteUrl(meta.canonical ?? firstMeta(meta.meta, ['og:url']) ?? ld.url, opts.url);
  // The page names its own site better than the URL it was fetched from (a mirror, a test server).
  const siteUrl = canonicalUrl ?? opts.url;
  const outlet = opts.feedItem?.outlet && !firstMeta(meta.meta, ['og:site_name']) && !ld.publisher ? opts.feedItem.outlet : pickOutlet(meta, ld, siteUrl);

  const titleCtx = { outlet, hostLabel: hostLabel(siteUrl) };
  const h1 = firstHeading(meta.h1s, meta.title, titleCtx);
  const title = pickTitle(
    [firstMeta(meta.meta, ['og:title']), ld.headline, firstMeta(meta.meta, ['twitter:title']), h1, firstMeta(meta.meta, ['title']), meta.title, opts.feedItem?.title],
    titleCtx,
    h1,
  );
  if (!title) warnings.push('no title found');

  const blocks = readBlocks(root);
  let paragraphs = selectContent(blocks, { title });
  const body = ld.articleBody ? articleBodyParagraphs(ld.articleBody) : [];
  // JSON-LD articleBody is the CMS's own copy of the story: used when it is complete and the
  // page's blocks gave clearly less (a script-rendered body, an unusual layout).
  const domLength = paragraphs.reduce((n, p) => n + p.length, 0);
  const bodyLength = body.reduce((n, p) => n + p.length, 0);
  if (bodyLength >= 200 && bodyLength > 1.3 * domLength) {
    paragraphs = body;
    warnings.push('text taken from JSON-LD articleBody');
  } else if (bodyLength >= 200) {
    paragraphs = confirmedByArticleBody(paragraphs, body);
  }
  // Both sources give whitespace-normalized paragraphs.
  const text = paragraphs.filter((p) => p.length > 0).join('\n\n');
  if (text.length < MIN_TEXT_LENGTH) throw new ExtractionError('ERR_EXTRACT_EMPTY', opts.url, 'no article text found in the page');

  const language = detectLanguage(text, [meta.htmlLang, firstMeta(meta.meta, ['og:locale', 'content-language', 'language']), ld.inLanguage]);
  const publishedAt = pickPublishedAt({ meta, ld, blocks, title, language, url: opts.url, canonicalUrl, feedPubDate: opts.feedItem?.pubDate });
  if (!publishedAt) warnings.push('no publication date found');
  const author = pickAuthor(ld.authors, meta.meta, titleCtx);

  return {
    article: {
      url: opts.url,
      ...(canonicalUrl ? { canonicalUrl } : {}),
      title,
      ...(publishedAt ? { publishedAt } : {}),
      language,
      outlet,
      ...(author ? { author } : {}),
      text,
    },
    warnings,
  };
}

/**
 * The page's headline among its <h1>s (logos are h1s too): not the outlet's name, preferably the
 * longest one <title> repeats, else the first of headline length.
 */
function firstHeading(h1s: readonly DomElement[], pageTitle: string | undefined, ctx: TitleContext): string | undefined {
  const texts = h1s.map((h) => normalizeSpace(rawText(h))).filter((t) => t.length >= 10 && !isOutletSegment(t, ctx));
  const title = pageTitle ? comparable(pageTitle) : '';
  const inTitle = texts.filter((t) => title.includes(comparable(t))).sort((a, b) => b.length - a.length)[0];
  return inTitle ?? texts[0];
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const loose = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’`']/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');

/**
 * When the CMS's articleBody holds (nearly) all the page's paragraphs, a paragraph it lacks is
 * page furniture that slipped through (a caption, a promo line) and goes. Mismatched copies
 * (a teaser, another encoding) confirm too little and change nothing.
 */
function confirmedByArticleBody(paragraphs: readonly string[], body: readonly string[]): string[] {
  const whole = loose(body.join(' '));
  // The page template may add what the CMS body lacks at a paragraph's head (a dateline such as
  // "JAKARTA, KOMPAS.com -"), so a paragraph's tail is enough.
  const confirmed = paragraphs.map((p) => {
    const l = loose(p);
    return whole.includes(l) || (l.length >= 80 && whole.includes(l.slice(Math.min(60, Math.floor(l.length / 2)))));
  });
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const covered = paragraphs.reduce((n, p, i) => n + (confirmed[i] ? p.length : 0), 0);
  return total > 0 && covered >= 0.8 * total ? paragraphs.filter((_, i) => confirmed[i]) : [...paragraphs];
}

/** articleBody keeps its own line breaks; lines that are boilerplate ("Baca juga: ...") go. */
function articleBodyParagraphs(body: string): string[] {
  return body
    .replace(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|table|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, decodeEntity)
    .split(/\n+/)
    .map(normalizeSpace)
    .filter((p) => p.length > 0 && !isBoilerplateLine(p));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  apos: "'",
  nbsp: ' ',
  lt: '<',
  gt: '>',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
};

/** articleBody strings sometimes keep HTML entities; the page text never does. */
function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : undefined;
  if (code === undefined) return NAMED_ENTITIES[name] ?? entity;
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

function absoluteUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    // The key URL may be no URL at all (a test's "u1"); an absolute href still stands alone.
    try {
      u = new URL(href.trim());
    } catch {
      return undefined;
    }
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
}

const AUTHOR_META_KEYS = ['author', 'article:author', 'content_author', 'dtk:author', 'parsely-author', 'sailthru.author', 'dc.creator'];

/** Bylines from JSON-LD, else meta; the outlet credited as its own author is no byline. */
function pickAuthor(ldAuthors: readonly string[], meta: Map<string, string[]>, ctx: TitleContext): string | undefined {
  const names = ldAuthors.length > 0 ? [...new Set(ldAuthors)] : [firstMeta(meta, AUTHOR_META_KEYS)].filter((s): s is string => !!s);
  const clean = names
    .map(normalizeSpace)
    .filter((n) => n.length > 0 && n.length <= 120 && !/^https?:\/\//i.test(n) && !isOutletSegment(n, ctx));
  return clean.length > 0 ? clean.join(', ') : undefined;
}
