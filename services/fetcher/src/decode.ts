import { TextDecoder } from 'node:util';

const SNIFF_BYTES = 2048;

/** The charset named in a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** The charset declared in the first 2 KB of a document: <meta charset>, http-equiv Content-Type, or an XML declaration. */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one char, so ASCII markup reads correctly whatever the real charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1] !== undefined) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml\s[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label (a typo, "none") is not worth failing the page for; the next source decides.
    return undefined;
  }
}

// windows-1252 bytes 0x80-0x9F (curly quotes, dashes, euro, ellipsis...). Node 20's TextDecoder
// decodes the label as ISO-8859-1 and yields C1 control characters there, so we map them ourselves.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes a body the way browsers roughly do: a BOM wins, then the Content-Type charset, then a
 * declaration in the first 2 KB, then utf-8. Returns the text and the WHATWG name of the charset used.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): { text: string; charset: string } {
  const decoder =
    decoderFor(bomCharset(bytes)) ??
    decoderFor(charsetFromContentType(contentType)) ??
    decoderFor(sniffCharset(bytes)) ??
    new TextDecoder('utf-8');
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === 'windows-1252' ? fixCp1252(text) : text, charset: decoder.encoding };
}
