import { ExtractionError } from './errors.ts';

/**
 * Content sniffing: is this page text a person wrote? Servers label anything text/html, and the
 * extractor reads cues in whatever text it is given, so a PNG or a PDF served as HTML once came
 * out as a "signed MoU" quoting binary noise. Two checks: the raw page (before parsing) for
 * binary formats and undecodable bytes; the article text (after the article stage) for text
 * that is not language: base64, byte noise, symbol soup.
 */

/** File signatures at the start of a page; a high byte decodes as U+FFFD, a latin-1 or a cp1252 letter. */
const HIGH = '[^\\x00-\\x7F]';
/* eslint-disable no-control-regex -- file signatures and binary bytes are control characters */
const SIGNATURES: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`^${HIGH}PNG\\r\\n\\x1A\\n`), 'a PNG image'],
  [/^GIF8[79]a/, 'a GIF image'],
  [new RegExp(`^(?:\\uFFFD{3}|\\u00FF\\u00D8\\u00FF)`), 'a JPEG image'],
  [/^RIFF[\s\S]{4}WEBP/, 'a WebP image'],
  [/^(?:II\*\0|MM\0\*)/, 'a TIFF image'],
  [/^[\s\S]{4}ftyp/, 'an MP4/QuickTime video'],
  [/^RIFF[\s\S]{4}(?:WAVE|AVI )/, 'a RIFF audio/video file'],
  [/^(?:OggS|ID3|fLaC)/, 'an audio file'],
  [/^%PDF-/, 'a PDF document'],
  [/^%!PS/, 'a PostScript document'],
  [/^\{\\rtf/, 'an RTF document'],
  [/^PK\x03\x04/, 'a ZIP archive (or an Office document)'],
  [new RegExp(`^\\x1F${HIGH}`), 'a gzip archive'],
  [/^Rar!\x1A\x07/, 'a RAR archive'],
  [new RegExp(`^7z${HIGH}{2}\\x27\\x1C`), 'a 7-Zip archive'],
  [/^\x7FELF/, 'an executable'],
  [/^\0asm/, 'a WebAssembly module'],
  [/^wOF[F2]/, 'a web font'],
];

/** Control characters no text holds (tab, line feeds and form feed are text), C1 controls, U+FFFD. */
const NOT_TEXT_CHAR = /[\x00-\x08\x0B\x0E-\x1F\x7F-\x9F\uFFFD]/g;
/* eslint-enable no-control-regex */

/** Beyond this many characters the verdict does not change; the scan stays cheap on big pages. */
const SNIFF_CHARS = 1024 * 1024;

/** What the raw page is when it is not text (a file format, or binary bytes), else undefined. */
export function sniffBinary(html: string): string | undefined {
  const page = html.startsWith('\uFEFF') ? html.slice(1) : html;
  for (const [signature, what] of SIGNATURES) if (signature.test(page)) return `the page is ${what}, not text`;
  const sample = page.slice(0, SNIFF_CHARS);
  const bad = sample.match(NOT_TEXT_CHAR)?.length ?? 0;
  // A page with a stray NUL or a few mis-decoded letters is still text; binary runs at >10%.
  if (bad >= 8 && bad > sample.length * 0.02) {
    return `the page is binary data: ${pct(bad, sample.length)} of its characters are control bytes or undecodable`;
  }
  return undefined;
}

/** The figures language is judged by; exported for tests and for tuning on a corpus. */
export interface TextStats {
  /** Characters other than white space. */
  visible: number;
  /** Letters (and combining marks) among them. */
  letters: number;
  /** Visible characters in tokens (between white space) longer than LONG_TOKEN. */
  inLongTokens: number;
  /** Latin letters, their vowels, and lower-to-upper case switches inside words ("aGVsbG8"). */
  latin: number;
  vowels: number;
  caseSwitches: number;
}

const LONG_TOKEN = 40;

const VOWEL = new Set('aeiouAEIOU');

/** One pass over the text; ASCII by char code, other characters by Unicode class (rare in this news). */
export function textStats(text: string): TextStats {
  const s: TextStats = { visible: 0, letters: 0, inLongTokens: 0, latin: 0, vowels: 0, caseSwitches: 0 };
  let token = 0;
  let prevLower = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text[i]!));
    if (space) {
      if (token > LONG_TOKEN) s.inLongTokens += token;
      token = 0;
      prevLower = false;
      continue;
    }
    s.visible++;
    token++;
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    if (lower || upper) {
      s.letters++;
      s.latin++;
      if (VOWEL.has(text[i]!)) s.vowels++;
      if (upper && prevLower) s.caseSwitches++;
    } else if (c >= 128 && /[\p{L}\p{M}]/u.test(text[i]!)) s.letters++;
    prevLower = lower;
  }
  return s;
}

/** Too little text to judge; the article stage refuses pages this short anyway. */
const MIN_VISIBLE = 100;

/**
 * Why an article text is not language, else undefined. Thresholds sit far from the dev
 * corpus's worst article (letters >= 91%, long tokens <= 1.3%, vowels >= 37%, case switches
 * <= 0.4%): base64 has 19% vowels and 16% case switches, hex and byte noise few letters.
 */
export function sniffLanguage(text: string): string | undefined {
  const s = textStats(text);
  if (s.visible < MIN_VISIBLE) return undefined;
  if (s.letters < s.visible * 0.5) return `the text is mostly not letters (${pct(s.letters, s.visible)} letters)`;
  if (s.inLongTokens > s.visible * 0.5) {
    return `the text has no words: ${pct(s.inLongTokens, s.visible)} of it is in runs of over ${LONG_TOKEN} characters without a space (encoded data?)`;
  }
  if (s.latin >= s.letters * 0.5) {
    if (s.caseSwitches > s.latin * 0.05) return `the text is not language: case changes inside words at ${pct(s.caseSwitches, s.latin)} of its letters (encoded data?)`;
    if (s.vowels < s.latin * 0.22) return `the text is not language: only ${pct(s.vowels, s.latin)} of its letters are vowels`;
  }
  return undefined;
}

/** Refuses a raw page that is a binary file or byte noise (ERR_EXTRACT_NOT_TEXT). */
export function assertText(html: string, url: string): void {
  const why = sniffBinary(html);
  if (why) throw new ExtractionError('ERR_EXTRACT_NOT_TEXT', url, `${why}: refused before extraction`);
}

/** Refuses an article whose text is not language (ERR_EXTRACT_NOT_TEXT). */
export function assertLanguage(text: string, url: string): void {
  const why = sniffLanguage(text);
  if (why) throw new ExtractionError('ERR_EXTRACT_NOT_TEXT', url, `${why}: refused before finding records`);
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}
