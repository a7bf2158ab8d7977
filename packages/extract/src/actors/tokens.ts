/** Word tokens and sentences of an article text, with exact offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or a digit. */
  cap: boolean;
  /** Two or more letters, all upper-case (an acronym such as KBRI or LPDB). */
  upper: boolean;
  /** Lower-cased text, for lookups. */
  lower: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
}

// Letters and digits, joined by apostrophes or inner dots of initialisms (U.S.); hyphens split
// tokens so that "Jateng-Korsel" yields two places, but the gap keeps the hyphen for lookups.
const WORD = /[\p{L}\p{N}]+(?:['’](?![sS]\b)[\p{L}]+)*/gu;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
const ALL_UPPER = /^[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*$/u;

// A sentence ends at . ! ? (optionally followed by a closing quote) before white space and an
// upper-case letter, a digit or an opening quote, or at a paragraph break. Abbreviations that
// keep a sentence going are checked by hand below.
const SENTENCE_END = /([.!?]["”’)]?)(\s+)(?=["“‘(]?[\p{Lu}\p{N}])|\n+/gu;
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:Dr|dr|Ir|H|Hj|Prof|Drs|Dra|St|Sdr|Mr|Mrs|Ms|No|Jl|Tbk|Co|Bpk|Kab|Kec|Kel|Rp|[A-Z])\.$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const cut = m.index + (m[1]?.length ?? 0);
    if (m[1] && NO_BREAK_BEFORE.test(text.slice(Math.max(0, cut - 6), cut))) continue;
    if (cut > start) out.push({ start, end: cut });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    const t = m[0];
    tokens.push({ text: t, start, end: start + t.length, cap: UPPER_START.test(t), upper: ALL_UPPER.test(t), lower: t.toLowerCase(), sentence: s });
  }
  return tokens;
}

/** The characters between two tokens. */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Tokens that begin a sentence are capitalized by grammar, not because they are names. */
export function isSentenceStart(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
}
