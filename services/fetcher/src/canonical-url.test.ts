import { describe, expect, it } from 'vitest';
import { canonicalUrl, normalizeUrl } from './canonical-url.ts';

const finalUrl = 'http://127.0.0.1:8080/mirror/story';

describe('canonicalUrl', () => {
  it('prefers <link rel=canonical>, whatever the attribute order and quoting', () => {
    const html = `<html><head><meta property="og:url" content="https://og.example/a">
      <link href='https://News.Example/berita/1?utm_source=rss&id=7#top' data-x=1 rel="Canonical"></head><body></body></html>`;
    expect(canonicalUrl({ html, finalUrl, guid: 'https://guid.example/1' })).toBe('https://news.example/berita/1?id=7');
  });

  it('resolves a relative canonical against the fetched URL and decodes entities', () => {
    const html = '<head><link rel="canonical" href="/berita/2?a=1&amp;b=2"></head>';
    expect(canonicalUrl({ html, finalUrl })).toBe('http://127.0.0.1:8080/berita/2?a=1&b=2');
  });

  it('falls back to og:url, then to a URL guid, then to the final URL', () => {
    expect(canonicalUrl({ html: '<head><meta content="https://og.example/a" property="og:url"></head>', finalUrl })).toBe('https://og.example/a');
    expect(canonicalUrl({ html: '<head></head>', finalUrl, guid: 'https://Guid.example/b#c' })).toBe('https://guid.example/b');
    expect(canonicalUrl({ html: '<head></head>', finalUrl, guid: 'tag:outlet,2022:123' })).toBe(finalUrl);
    expect(canonicalUrl({ html: '<head></head>', finalUrl: 'http://127.0.0.1:8080/x?utm_medium=feed#frag' })).toBe('http://127.0.0.1:8080/x');
  });

  it('ignores hints in the body and non-http canonicals', () => {
    const html = '<head><link rel="canonical" href="javascript:alert(1)"></head><body><link rel="canonical" href="https://body.example/"></body>';
    expect(canonicalUrl({ html, finalUrl })).toBe(finalUrl);
  });
});

describe('normalizeUrl', () => {
  it('drops utm_* parameters and the fragment but keeps other parameters as written', () => {
    expect(normalizeUrl('HTTPS://Example.COM:443/Path/?b=2&UTM_Campaign=x&a=%7E#frag')).toBe('https://example.com/Path/?b=2&a=%7E');
    expect(normalizeUrl('https://example.com/p?q=a%20b')).toBe('https://example.com/p?q=a%20b');
  });
});
