import { TextDecoder } from 'node:util';

/**
 * Bytes of a saved page -> the string the extraction library takes. Pages arrive in the charset
 * they declare (old CMSs still serve iso-8859-1 / windows-1252); reading them as UTF-8 would
 * turn "©" into "\ufffd". Order as browsers do: BOM, then <meta charset> / http-equiv in the
 * first 2 KB, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */

/** How far into the page a charset declaration is looked for (the HTML spec's prescan reads 1024). */
const SNIFF_BYTES = 2048;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/** The charset a page declares: BOM first, then the first <meta> naming one. */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // latin1 maps every byte to one char, so ASCII markup reads the same whatever the charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    // A page that says utf-16 in a meta tag is ASCII-compatible bytes by then; browsers read it as UTF-8.
    return new TextDecoder(/^utf-?16/.test(label) && !label.endsWith('le') && !label.endsWith('be') ? 'utf-8' : label);
  } catch {
    return undefined; // a label TextDecoder does not know
  }
}

/** Labels that mean windows-1252 on the web (the HTML spec maps latin1 and ASCII labels to it). */
const WINDOWS_1252 = /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/;

/** windows-1252 characters of bytes 0x80-0x9F, where latin1 has C1 controls. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node's TextDecoder reads these labels as strict latin1; the web reads them as windows-1252. */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decodes a page by its declared charset, falling back to UTF-8, then windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const label = sniffCharset(bytes);
  if (label && WINDOWS_1252.test(label)) return decodeWindows1252(bytes);
  const declared = decoderFor(label);
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
