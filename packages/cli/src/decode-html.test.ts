import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('decodes by <meta http-equiv> charset', () => {
    const page = latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" /></head><body>Copyright \u00a9 2011 Warta</body></html>');
    expect(decodeHtml(page)).toContain('Copyright © 2011 Warta');
  });

  it('reads iso-8859-1 as the web does, as windows-1252 (smart quotes, dashes)', () => {
    expect(decodeHtml(latin1('<meta charset="iso-8859-1"><p>\u0093kerja sama\u0094 \u0096 2011</p>'))).toContain('“kerja sama” – 2011');
  });

  it('decodes by <meta charset>', () => {
    const page = utf8('<!doctype html><meta charset="UTF-8"><p>Jum’at, 5 Mei — “kerja sama”</p>');
    expect(decodeHtml(page)).toContain('Jum’at, 5 Mei — “kerja sama”');
  });

  it('honours a BOM over the meta tag', () => {
    const page = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="iso-8859-1"><p>café</p>')]);
    expect(decodeHtml(page)).toContain('café');
  });

  it('falls back to UTF-8, then windows-1252, when nothing is declared', () => {
    expect(decodeHtml(utf8('<p>Rp1.211 triliun – naik</p>'))).toContain('– naik');
    expect(decodeHtml(latin1('<p>\u00a9 2020 \u0093Kutipan\u0094</p>'))).toContain('© 2020 “Kutipan”');
  });

  it('ignores labels it does not know', () => {
    expect(decodeHtml(utf8('<meta charset="x-unknown-9"><p>teks</p>'))).toContain('teks');
  });
});
