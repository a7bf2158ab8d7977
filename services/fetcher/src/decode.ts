// Bytes -> text, for feeds by the XML rules and for pages by the WHATWG rules, with one repair
// both need on the real web: a body whose bytes contradict a UTF-8 / Latin-1 label is read as
// what the bytes are. iconv-lite decodes (it knows UTF-32, GBK, windows-1252 as the web means
// it...), @exodus/bytes maps labels to WHATWG names and html-encoding-sniffer does the <meta>
// prescan, so no charset table is kept here.
import { getBOMEncoding, labelToName } from '@exodus/bytes/encoding-lite.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import iconv from 'iconv-lite';

/** How the charset was chosen, for logs and `coopnews feeds check`. */
export type CharsetSource = 'bom' | 'byte-pattern' | 'xml-declaration' | 'http-header' | 'meta' | 'utf-8-check' | 'windows-1252-fallback';

export interface Decoded {
  text: string;
  /** The charset the text was decoded with (WHATWG name where there is one). */
  charset: string;
  source: CharsetSource;
  /** Set when the bytes overruled the declared charset, e.g. "declared UTF-8, bytes are not UTF-8: read as windows-1252". */
  repaired?: string;
}

/** The charset parameter of a Content-Type value, quotes (" or ') removed. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType ?? '');
  const label = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim().toLowerCase();
  return label === '' ? undefined : label;
}

/** A label as a name iconv-lite decodes: the WHATWG name when the web defines the label (latin1 -> windows-1252, gb2312 -> GBK), else the label itself (utf-32). */
function decoderName(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = labelToName(label) ?? label.trim().toLowerCase();
  return iconv.encodingExists(name) ? name : undefined;
}

const isUtf8 = (name: string): boolean => /^utf-?8$/i.test(name);
const isWindows1252 = (name: string): boolean => name.toLowerCase() === 'windows-1252';

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence (Latin-1 text almost never does). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/.test(latin1);
}

const decodeWith = (bytes: Uint8Array, name: string): string => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, { stripBOM: true });

/**
 * Decodes with a declared charset, unless the bytes say otherwise: "UTF-8" over bytes with no
 * UTF-8 sequence at all is windows-1252; "ISO-8859-1"/"windows-1252" over valid UTF-8 with
 * multi-byte sequences is UTF-8 (the mojibake case). Nothing declared: UTF-8 if valid, else windows-1252.
 */
function decodeDeclared(bytes: Uint8Array, name: string | undefined, source: CharsetSource): Decoded {
  if (name === undefined) {
    return validUtf8(bytes)
      ? { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'utf-8-check' }
      : { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', source: 'windows-1252-fallback' };
  }
  if (isUtf8(name) && !validUtf8(bytes) && !hasUtf8Sequence(bytes)) {
    return { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', source, repaired: `declared ${name}, but the bytes are not UTF-8: read as windows-1252` };
  }
  if (isWindows1252(name) && hasUtf8Sequence(bytes) && validUtf8(bytes)) {
    return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source, repaired: `declared ${name}, but the bytes are valid UTF-8: read as UTF-8` };
  }
  return { text: decodeWith(bytes, name), charset: isUtf8(name) ? 'utf-8' : name, source };
}

/** UTF-32 and UTF-16 byte-order marks (UTF-32LE first: it starts like UTF-16LE's). */
function xmlBom(b: Uint8Array): { name: string } | undefined {
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { name: 'utf-32be' };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return { name: 'utf-32le' };
  const web = getBOMEncoding(b);
  return web === null ? undefined : { name: web.toLowerCase() };
}

/**
 * Without a BOM, the XML spec (appendix F) tells UTF-16/32 from the pattern of zero bytes around
 * the first '<'; we look at the first code units, so leading whitespace does not hide it.
 */
function xmlBytePattern(b: Uint8Array): string | undefined {
  const n = Math.min(b.byteLength - (b.byteLength % 4), 64);
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i % 4] = (zeros[i % 4] ?? 0) + 1;
  const units = n / 4;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  if (z0 === units && z1 === units && z2 === units && z3 === 0) return 'utf-32be';
  if (z0 === 0 && z1 === units && z2 === units && z3 === units) return 'utf-32le';
  if (z0 === units && z2 === units && z1 === 0 && z3 === 0) return 'utf-16be';
  if (z1 === units && z3 === units && z0 === 0 && z2 === 0) return 'utf-16le';
  return undefined;
}

/** The encoding named in an XML declaration at the very start (after whitespace). */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(head)?.slice(1).find((x) => x !== undefined)?.trim().toLowerCase();
}

/**
 * A feed's text, by the XML spec: a byte-order mark (UTF-8/16/32), else the zero-byte pattern of
 * UTF-16/32, else the XML declaration's encoding, else the HTTP charset, else UTF-8 if the bytes
 * are valid UTF-8, else windows-1252. A <meta> inside the feed's content is never consulted.
 */
export function decodeFeed(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const bom = xmlBom(bytes);
  if (bom !== undefined) return { text: decodeWith(bytes, bom.name), charset: bom.name, source: 'bom' };
  const pattern = xmlBytePattern(bytes);
  if (pattern !== undefined) return { text: decodeWith(bytes, pattern), charset: pattern, source: 'byte-pattern' };
  // Bytes readable as ASCII by now; a declared UTF-16/32 would contradict them, so it is ignored.
  const declared = decoderName(xmlDeclaredEncoding(bytes));
  if (declared !== undefined && !/^utf-?(16|32)/i.test(declared)) return decodeDeclared(bytes, declared, 'xml-declaration');
  const header = decoderName(charsetFromContentType(contentType));
  if (header !== undefined && !/^utf-?(16|32)/i.test(header)) return decodeDeclared(bytes, header, 'http-header');
  return decodeDeclared(bytes, undefined, 'utf-8-check');
}

/**
 * A page's text, by the WHATWG order: byte-order mark, then the HTTP charset, then the <meta>
 * prescan of the first 1024 bytes; with none of them, UTF-8 if the bytes are valid UTF-8, else
 * windows-1252 (old CMSs that declare nothing).
 */
export function decodePage(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const bom = getBOMEncoding(bytes);
  if (bom !== null) return { text: decodeWith(bytes, bom), charset: bom.toLowerCase(), source: 'bom' };
  const header = decoderName(charsetFromContentType(contentType));
  if (header !== undefined) return decodeDeclared(bytes, /^utf-?16/i.test(header) ? 'utf-8' : header, 'http-header');
  // The sniffer returns our empty default when the prescan finds nothing.
  const meta = sniffHtmlEncoding(bytes, { defaultEncoding: '' });
  return decodeDeclared(bytes, meta === '' ? undefined : decoderName(meta), 'meta');
}

/** Feeds (XML media types) by the XML rules, everything else by the page rules. */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined, as: 'feed' | 'page' = 'page'): Decoded {
  return as === 'feed' ? decodeFeed(bytes, contentType) : decodePage(bytes, contentType);
}
