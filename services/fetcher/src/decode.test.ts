import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeed, decodePage } from './decode.ts';

const cp1252 = (s: string): Buffer => iconv.encode(s, 'win1252');

describe('charsetFromContentType', () => {
  it('reads the charset, quoted with " or \' or not', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1252"')).toBe('windows-1252');
    expect(charsetFromContentType("application/xml; charset='gb2312'")).toBe('gb2312');
    expect(charsetFromContentType('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });
});

describe('decodePage (WHATWG order: BOM, HTTP header, <meta> prescan; then UTF-8 check, windows-1252)', () => {
  it('maps the windows-1252 range 0x80-0x9F to the characters it names', () => {
    const { text, charset } = decodePage(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0xe9]), 'text/html; charset=windows-1252');
    expect(text).toBe('€…‘’–—™é');
    expect(charset).toBe('windows-1252');
  });

  it('lets a BOM win over the header, and the header over <meta>', () => {
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9]), 'text/html; charset=windows-1252')).toMatchObject({ text: 'é', source: 'bom' });
    expect(decodePage(cp1252('<meta charset="utf-8"><p>é</p>'), 'text/html; charset=iso-8859-1')).toMatchObject({ text: '<meta charset="utf-8"><p>é</p>', source: 'http-header' });
  });

  it('finds <meta charset> and http-equiv in the first 1024 bytes, not in comments', () => {
    expect(decodePage(cp1252('<meta charset="ISO-8859-1"><p>Café</p>'), undefined)).toMatchObject({ text: '<meta charset="ISO-8859-1"><p>Café</p>', charset: 'windows-1252', source: 'meta' });
    expect(decodePage(cp1252('<meta http-equiv="content-type" content="text/html; charset=windows-1252">€'), undefined).text).toContain('€');
    expect(decodePage(Buffer.from('<!-- <meta charset="windows-1252"> --><p>é</p>'), undefined)).toMatchObject({ text: '<!-- <meta charset="windows-1252"> --><p>é</p>', source: 'utf-8-check' });
  });

  it('reads undeclared windows-1252 pages as windows-1252 (quotes, dashes, é and € intact)', () => {
    const page = '<html><body><p>“Kerja sama” – café 5 €</p></body></html>';
    expect(decodePage(cp1252(page), 'text/html')).toEqual({ text: page, charset: 'windows-1252', source: 'windows-1252-fallback' });
    expect(decodePage(Buffer.from(page), 'text/html')).toEqual({ text: page, charset: 'utf-8', source: 'utf-8-check' });
  });

  it('trusts the bytes over a UTF-8 or Latin-1 label they contradict', () => {
    expect(decodePage(cp1252('<p>“café”</p>'), 'text/html; charset=utf-8')).toMatchObject({ text: '<p>“café”</p>', charset: 'windows-1252', repaired: expect.stringMatching(/not UTF-8/) });
    expect(decodePage(Buffer.from('<p>Société – 5 €</p>'), 'text/html; charset=iso-8859-1')).toMatchObject({ text: '<p>Société – 5 €</p>', charset: 'utf-8' });
  });

  it('falls back past an unknown label', () => {
    expect(decodePage(Buffer.from('é'), 'text/html; charset=nonsense')).toMatchObject({ text: 'é', charset: 'utf-8' });
  });
});

describe('decodeFeed (XML spec: BOM, byte pattern, XML declaration; then HTTP header, UTF-8 check, windows-1252)', () => {
  const xml = (decl: string, title: string) => `${decl}<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

  it('reads UTF-16 and UTF-32 with and without a byte-order mark', () => {
    const doc = xml('<?xml version="1.0" encoding="utf-16"?>', 'Ekspor €');
    for (const [enc, bom] of [['utf16le', true], ['utf16le', false], ['utf16be', false], ['utf32le', true], ['utf32le', false], ['utf32be', true], ['utf32be', false]] as const) {
      const body = iconv.encode(doc, enc, { addBOM: bom });
      expect(decodeFeed(body, 'application/xml; charset=utf-8').text, `${enc} bom=${bom}`).toBe(doc);
    }
  });

  it('lets the XML declaration beat the HTTP header and a <meta> in the content', () => {
    const doc = xml('<?xml version="1.0" encoding="iso-8859-1"?>', '<![CDATA[<meta charset="windows-1251">]]> Zürich – 1');
    expect(decodeFeed(cp1252(doc), 'text/xml; charset=utf-8')).toMatchObject({ text: doc, source: 'xml-declaration' });
  });

  it('uses the HTTP charset when the declaration names none (quoted gb2312 included)', () => {
    const doc = xml('<?xml version="1.0"?>', '中国合作');
    expect(decodeFeed(iconv.encode(doc, 'gbk'), "application/xml; charset='gb2312'")).toMatchObject({ text: doc, charset: 'GBK', source: 'http-header' });
  });

  it('repairs windows-1252 declared or served as UTF-8, and UTF-8 served as ISO-8859-1', () => {
    const doc = xml('<?xml version="1.0" encoding="utf-8"?>', '“Café” – 5 €');
    expect(decodeFeed(cp1252(doc), undefined)).toMatchObject({ text: doc, charset: 'windows-1252' });
    expect(decodeFeed(cp1252(xml('', 'Kopi – “Gayo”')), 'application/rss+xml; charset=utf-8').text).toContain('Kopi – “Gayo”');
    expect(decodeFeed(Buffer.from(xml('', 'Société Générale')), 'text/xml; charset=ISO-8859-1').text).toContain('Société Générale');
    expect(decodeFeed(cp1252(xml('', 'Crème')), undefined)).toMatchObject({ charset: 'windows-1252', source: 'windows-1252-fallback' });
  });
});
