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

/** Decodes a page by its declared charset, falling back to UTF-8, then windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = decoderFor(sniffCharset(bytes));
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
