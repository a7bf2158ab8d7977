import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody, sniffCharset } from './decode.ts';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('decodeBody', () => {
  it('reads the charset from Content-Type, quoted or not', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1252"')).toBe('windows-1252');
    expect(charsetFromContentType('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });

  it('sniffs <meta charset>, http-equiv and an XML declaration in the first 2 KB only', () => {
    expect(sniffCharset(bytes("<meta charset='ISO-8859-1'>"))).toBe('iso-8859-1');
    expect(sniffCharset(bytes('<meta http-equiv="content-type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(sniffCharset(bytes('<?xml version="1.0" encoding="windows-1252"?><rss/>'))).toBe('windows-1252');
    expect(sniffCharset(bytes(`${' '.repeat(2100)}<meta charset="windows-1252">`))).toBeUndefined();
  });

  it('maps the windows-1252 range 0x80-0x9F to the characters it names', () => {
    const { text, charset } = decodeBody(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0xe9]), 'text/html; charset=windows-1252');
    expect(text).toBe('€…‘’–—™é');
    expect(charset).toBe('windows-1252');
  });

  it('lets a BOM win, and falls back past an unknown label to utf-8', () => {
    expect(decodeBody(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9]), 'text/html; charset=windows-1252').text).toBe('é');
    expect(decodeBody(Buffer.from('é'), 'text/html; charset=nonsense')).toEqual({ text: 'é', charset: 'utf-8' });
  });
});
