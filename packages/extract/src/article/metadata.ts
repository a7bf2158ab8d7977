import { type DomElement, rawText, walk } from './dom.ts';
import { normalizeSpace } from './text.ts';

/** What a page says about itself outside the story: meta tags, <title>, links, JSON-LD. */
export interface PageMeta {
  htmlLang?: string;
  /** Meta values by lower-cased property / name / itemprop, in document order. */
  meta: Map<string, string[]>;
  title?: string;
  canonical?: string;
  jsonLd: string[];
  /** <time datetime> elements in document order. */
  times: DomElement[];
  /** Publication stamps outside <meta>, in document order: microdata (itemprop="datePublished" on
   * any element, the value in content/datetime/title) and hAtom (<abbr class="published" title>). */
  stamps: string[];
  /** <h1> elements in document order. */
  h1s: DomElement[];
}

/** One walk over the document collects every piece of page metadata. */
export function readPageMeta(root: DomElement): PageMeta {
  const out: PageMeta = { meta: new Map(), jsonLd: [], times: [], stamps: [], h1s: [] };
  walk(root, (el) => {
    const stamp = publishedStamp(el);
    if (stamp) out.stamps.push(stamp);
    switch (el.name) {
      case 'html':
        if (out.htmlLang === undefined && el.attribs['lang']) out.htmlLang = el.attribs['lang'];
        return true;
      case 'meta': {
        const content = el.attribs['content'];
        const key = el.attribs['property'] ?? el.attribs['name'] ?? el.attribs['itemprop'] ?? el.attribs['http-equiv'];
        if (key && content !== undefined && content.trim()) {
          const k = key.trim().toLowerCase();
          const list = out.meta.get(k);
          if (list) list.push(content.trim());
          else out.meta.set(k, [content.trim()]);
        }
        return false;
      }
      case 'title':
        if (out.title === undefined && el.parent?.name !== 'svg') out.title = normalizeSpace(rawText(el));
        return false;
      case 'link': {
        const rel = (el.attribs['rel'] ?? '').toLowerCase().split(/\s+/);
        if (out.canonical === undefined && rel.includes('canonical') && el.attribs['href']) out.canonical = el.attribs['href'].trim();
        return false;
      }
      case 'script':
        if ((el.attribs['type'] ?? '').toLowerCase().includes('ld+json')) out.jsonLd.push(scriptText(el));
        return false;
      case 'style':
        return false;
      case 'time':
        if (el.attribs['datetime']) out.times.push(el);
        return true;
      case 'h1':
        out.h1s.push(el);
        return true;
      default:
        return true;
    }
  });
  return out;
}

const HATOM_PUBLISHED = /(?:^|\s)(?:published|dt-published)(?:\s|$)/;

function publishedStamp(el: DomElement): string | undefined {
  if (el.name === 'meta') return undefined;
  const a = el.attribs;
  const microdata = (a['itemprop'] ?? '').toLowerCase().split(/\s+/).includes('datepublished');
  if (!microdata && !HATOM_PUBLISHED.test(a['class'] ?? '')) return undefined;
  return (a['content'] ?? a['datetime'] ?? a['title'])?.trim() || undefined;
}

function scriptText(el: DomElement): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += c.data;
  return s;
}

/** First non-empty value among meta keys, in the order given. */
export function firstMeta(meta: PageMeta['meta'], keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return undefined;
}
