import { deflateSync } from 'node:zlib';

/**
 * Hostile pages of issue 13, built in code (deterministic, no files): markup built to stall the
 * parser, binary files and noise served as text/html. Each carries a sentence that reads as a
 * signed agreement, so "no records" means the page was refused, not that it said nothing.
 */

/** A sentence the extractor reads as a signed MoU between two provinces. */
export const MOU =
  'Pemerintah Provinsi Jawa Barat dan Pemerintah Provinsi Gyeonggi, Korea Selatan, menandatangani nota kesepahaman (MoU) kerja sama pengembangan UMKM di Bandung, Rabu (11/1/2023).';

const STORY = [
  MOU,
  'Gubernur Jawa Barat mengatakan kerja sama ini membuka akses pasar ekspor bagi pelaku usaha mikro, kecil dan menengah di daerahnya, terutama produk makanan olahan dan kerajinan.',
  'Kedua pihak sepakat menggelar pelatihan pemasaran digital bagi seratus pelaku UMKM dan pameran dagang bersama di Suwon pada akhir tahun ini.',
];

/** A plain news page: the control that must still be extracted. */
export function articlePage(title = 'Jabar dan Gyeonggi Teken MoU Kerja Sama UMKM', body = ''): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1><p>Bandung, Rabu (11/1/2023)</p>${STORY.map((p) => `<p>${p}</p>`).join('\n')}${body}</article></body></html>`;
}

/** `depth` <div>s inside one another around the story: the parser's quadratic case. */
export function nestedDivs(depth: number): string {
  return `<!doctype html><html lang="id"><head><title>Berita</title></head><body>${'<div>'.repeat(depth)}${STORY.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth)}</body></html>`;
}

/** Deterministic pseudo-random bytes (mulberry32): noise that is the same on every run. */
export function noise(length: number, seed = 13): Buffer {
  const out = Buffer.alloc(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  // The CRC is not checked by anything here; zero keeps the builder short.
  return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** A PNG whose text chunk holds the story, and compressed pixels. */
export function png(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 64, 0, 0, 0, 64, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', Buffer.from(`Description\0${STORY.join(' ')}`, 'latin1')),
    pngChunk('IDAT', deflateSync(noise(12_288, 7))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PDF whose page shows the story in a plain text stream, with a compressed font stream. */
export function pdf(): Buffer {
  const text = `BT /F1 11 Tf 72 720 Td ${STORY.map((p) => `(${p}) Tj T*`).join(' ')} ET`;
  const font = deflateSync(noise(8_192, 11));
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n4 0 obj << /Length ${text.length} >>\nstream\n${text}\nendstream endobj\n5 0 obj << /Length ${font.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    font,
    Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

/** Random bytes with the story in the middle: no file signature, just noise. */
export function byteNoise(): Buffer {
  return Buffer.concat([noise(8_192, 3), Buffer.from(`<p>${MOU}</p>`), noise(8_192, 5)]);
}

/** An HTML page whose article is the MoU sentence and then `junk`. */
function junkPage(title: string, junk: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><p>${MOU}</p><p>${junk}</p></article></body></html>`;
}

/** Base64 in 76-character lines (a mail attachment pasted into a page). */
export const base64Page = (): string => junkPage('Lampiran', (noise(12_000, 17).toString('base64').match(/.{1,76}/g) ?? []).join('\n'));

/** A hex dump and symbols: mostly not letters. */
export const hexPage = (): string => junkPage('Data', `${(noise(6_000, 19).toString('hex').match(/.{2}/g) ?? []).join(' ')} ${'#$%&*+=|~^'.repeat(300)}`);

/** Random lower-case "words": letters and spaces, no language. */
export function gibberishPage(): string {
  let words = '';
  for (const b of noise(20_000, 23)) words += b % 7 === 0 ? ' ' : String.fromCharCode(97 + (b % 26));
  return junkPage('Teks', words);
}

/** windows-1252's characters for bytes 0x80-0x9F (Node 20's TextDecoder reads them as latin-1's C1 controls). */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Bytes as the fetcher may hand them on: UTF-8 (U+FFFD for bad bytes) or windows-1252. */
export const asUtf8 = (b: Buffer): string => new TextDecoder('utf-8').decode(b);
export const asWindows1252 = (b: Buffer): string => [...b].map((byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join('');

/** windows-1252 bytes of a string (its characters must exist in windows-1252). */
export function toWindows1252(s: string): Buffer {
  return Buffer.from([...s].map((ch) => (CP1252_HIGH.includes(ch) ? 0x80 + CP1252_HIGH.indexOf(ch) : ch.charCodeAt(0))));
}
