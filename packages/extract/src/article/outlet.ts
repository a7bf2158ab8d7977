import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type PageMeta } from './metadata.ts';
import { normalizeSpace } from './text.ts';

/** Host labels that name no outlet. */
const HOST_NOISE = new Set(['www', 'm', 'amp', 'mobile', 'news', 'berita', 'web']);

/** "www.kabarnusantara.co.id" -> "kabarnusantara": the label that names the site. */
export function hostLabel(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.').filter((l) => l && !HOST_NOISE.has(l) && !/^\d+$/.test(l));
  return labels[0];
}

/** A site name that is a placeholder domain ("BANGSAKINI.example"); real ones ("KOMPAS.com") are brands. */
const looksLikeDomain = (s: string): boolean => !/\s/.test(s) && /\.(?:example|test|invalid|local|localhost)$/i.test(s);

/**
 * The outlet's name: og:site_name, JSON-LD publisher or WebSite name, application-name, else
 * the host's site label capitalised. A site name that is only a domain ("BANGSAKINI.example")
 * gives way to a real name when the page has one.
 */
export function pickOutlet(meta: PageMeta, ld: JsonLdArticle, url: string): string {
  const candidates = [
    firstMeta(meta.meta, ['og:site_name']),
    ld.publisher,
    ld.siteName,
    firstMeta(meta.meta, ['application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher']),
  ]
    .filter((s): s is string => typeof s === 'string')
    .map(normalizeSpace)
    .filter((s) => s.length > 0 && s.length <= 80);
  const named = candidates.find((s) => !looksLikeDomain(s));
  if (named) return named;
  const domainLike = candidates[0];
  const label = domainLike ? domainLike.split('.')[0] : hostLabel(url);
  if (!label) return url;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
