import { describe, expect, it } from 'vitest';
import { canonicalUrl, normalizeUrl, resolveCanonical, siteOf } from './canonical-url.ts';

const finalUrl = 'https://www.news.example/mirror/story';

describe('canonicalUrl', () => {
  it('prefers <link rel=canonical>, whatever the attribute order and quoting', () => {
    const html = `<html><head><meta property="og:url" content="https://news.example/og">
      <link href='https://News.Example/berita/1?utm_source=rss&id=7#top' data-x=1 rel="Canonical"></head><body></body></html>`;
    expect(canonicalUrl({ html, finalUrl, guid: 'https://news.example/guid/1' })).toBe('https://news.example/berita/1?id=7');
  });

  it('resolves a relative canonical against the fetched URL and decodes entities', () => {
    const html = '<head><link rel="canonical" href="/berita/2?a=1&amp;b=2"></head>';
    expect(canonicalUrl({ html, finalUrl })).toBe('https://www.news.example/berita/2?a=1&b=2');
  });

  it('falls back to og:url, then to a URL guid, then to the final URL', () => {
    expect(canonicalUrl({ html: '<head><meta content="https://m.news.example/a" property="og:url"></head>', finalUrl })).toBe('https://m.news.example/a');
    expect(canonicalUrl({ html: '<head></head>', finalUrl, guid: 'https://News.example/b#c' })).toBe('https://news.example/b');
    expect(canonicalUrl({ html: '<head></head>', finalUrl, guid: 'tag:outlet,2022:123' })).toBe(finalUrl);
    expect(canonicalUrl({ html: '<head></head>', finalUrl: 'http://127.0.0.1:8080/x?utm_medium=feed#frag' })).toBe('http://127.0.0.1:8080/x');
  });

  it('ignores hints in the body and non-http canonicals', () => {
    const html = '<head><link rel="canonical" href="javascript:alert(1)"></head><body><link rel="canonical" href="https://news.example/body"></body>';
    expect(canonicalUrl({ html, finalUrl })).toBe(finalUrl);
  });

  it('drops credentials from every URL it returns', () => {
    expect(canonicalUrl({ html: '<head><link rel="canonical" href="https://user:pw@news.example/a"></head>', finalUrl })).toBe('https://news.example/a');
    expect(canonicalUrl({ html: '', finalUrl: 'https://user:pw@news.example/b' })).toBe('https://news.example/b');
  });
});

describe('resolveCanonical: no page may claim another site\'s article', () => {
  const hijack = '<head><link rel="canonical" href="https://victim.example/berita/mou-42"><meta property="og:url" content="https://victim.example/og"></head>';

  it('refuses canonical, og:url and guid on another registrable domain and keeps the fetched URL, saying why', () => {
    const got = resolveCanonical({ html: hijack, finalUrl: 'https://attacker.example/p', guid: 'https://victim.example/guid' });
    expect(got.url).toBe('https://attacker.example/p');
    expect(got.refused).toEqual([
      "rel=canonical https://victim.example/berita/mou-42 is on victim.example, not on the fetched page's site attacker.example",
      "og:url https://victim.example/og is on victim.example, not on the fetched page's site attacker.example",
      "guid https://victim.example/guid is on victim.example, not on the fetched page's site attacker.example",
    ]);
  });

  it('judges sites by the Public Suffix List, not by the last two labels', () => {
    expect(siteOf('berita.jatengprov.go.id')).toBe('jatengprov.go.id');
    expect(siteOf('a.blogspot.com')).toBe('a.blogspot.com');
    expect(resolveCanonical({ html: '<head><link rel="canonical" href="https://dinkes.jatengprov.go.id/x"></head>', finalUrl: 'https://www.jatengprov.go.id/y' }).url).toBe('https://dinkes.jatengprov.go.id/x');
    expect(resolveCanonical({ html: '<head><link rel="canonical" href="https://other.go.id/x"></head>', finalUrl: 'https://www.jatengprov.go.id/y' }).url).toBe('https://www.jatengprov.go.id/y');
    expect(resolveCanonical({ html: '<head><link rel="canonical" href="https://b.blogspot.com/x"></head>', finalUrl: 'https://a.blogspot.com/y' }).url).toBe('https://a.blogspot.com/y');
  });

  it('takes a claim on a site the feed trusts (canonicalSites), or any claim with "*"', () => {
    expect(resolveCanonical({ html: hijack, finalUrl: 'https://attacker.example/p', trustedSites: ['www.victim.example'] }).url).toBe('https://victim.example/berita/mou-42');
    expect(resolveCanonical({ html: hijack, finalUrl: 'http://127.0.0.1:8080/mirror', trustedSites: ['*'] })).toEqual({ url: 'https://victim.example/berita/mou-42', refused: [] });
  });
});

describe('normalizeUrl', () => {
  it('drops utm_* parameters and the fragment but keeps other parameters as written', () => {
    expect(normalizeUrl('HTTPS://Example.COM:443/Path/?b=2&UTM_Campaign=x&a=%7E#frag')).toBe('https://example.com/Path/?b=2&a=%7E');
    expect(normalizeUrl('https://example.com/p?q=a%20b')).toBe('https://example.com/p?q=a%20b');
  });
});
