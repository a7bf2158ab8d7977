/** A sentence of article.text with its offsets: text.slice(start, end) === sentence.text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line) the sentence belongs to. */
  paragraph: number;
}

// Tokens that end in a period without ending the sentence: titles, degrees, "No.", "Rp.", "Jl.",
// month abbreviations. Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof', 'no', 'nomor', 'rp', 'jl', 'jln', 'st', 'kh', 'ust', 'sdr', 'bpk', 'mr', 'mrs', 'ms',
  'dll', 'dkk', 'dsb', 'tsb', 'yth', 'a.n', 'u.p', 'kab', 'kec', 'kel', 'prov', 'pt', 'cv', 'tbk', 'co', 'corp', 'inc', 'ltd', 'jr', 'sr',
  'vs', 'etc', 'e.g', 'i.e', 'no', 'hal', 'tel', 'telp', 'fax', 'ext', 'mt', 'gen', 'lt', 'col', 'capt', 'gov', 'sen', 'rep', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'des', 'dec', 'mei', 'u.s', 's.e',
  'm.si', 'm.m', 's.h', 's.pd', 'm.pd', 'ph.d', 'a.md', 'm.t', 's.t', 'm.sc', 'b.sc', 'm.a', 'b.a',
]);

// A candidate boundary: sentence-final punctuation, optionally closing quotes/brackets, then space.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+)/g;
const PARAGRAPH = /\n\s*\n|\n/g;

function isAbbreviation(text: string, dot: number): boolean {
  // The word before the period, e.g. "Dr" in "Dr. Ani" or "M" in "M. Amin".
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials: a single letter ("M. Amin", "Nora K. Terrado"), or dotted initials ("A.B.").
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

function nextStartsSentence(text: string, from: number): boolean {
  const m = /^\s+(\S)/.exec(text.slice(from, from + 8));
  if (!m) return true;
  const c = m[1] ?? '';
  // Lower-case continuation ("Rp. 5 juta", "dkk. dari") is not a new sentence.
  return /[\p{Lu}\d"“'‘([]/u.test(c);
}

/** Splits article text into sentences, never across paragraphs, keeping exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs: Array<[number, number]> = [];
  let last = 0;
  for (const m of text.matchAll(PARAGRAPH)) {
    paragraphs.push([last, m.index]);
    last = m.index + m[0].length;
  }
  paragraphs.push([last, text.length]);

  paragraphs.forEach(([pStart, pEnd], paragraph) => {
    const block = text.slice(pStart, pEnd);
    let start = 0;
    const push = (end: number): void => {
      const raw = block.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body.length > 0) {
        const s = pStart + start + lead;
        out.push({ index: out.length, start: s, end: s + body.length, text: body, paragraph });
      }
    };
    for (const m of block.matchAll(BOUNDARY)) {
      const end = m.index + m[0].length;
      const punct = m[0][0];
      if (punct === '.' && isAbbreviation(block, m.index)) continue;
      if (!nextStartsSentence(block, end)) continue;
      push(end);
      start = end;
    }
    push(block.length);
  });
  return out;
}
