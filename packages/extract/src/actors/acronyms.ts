/**
 * Acronym definitions in both directions: "Kementerian Perindustrian (Kemenperin)",
 * "Kemenperin (Kementerian Perindustrian)", "Training of Trainers (TOT)". Shared with the
 * programs stage, which reuses it for program acronyms.
 */

export interface AcronymDefinition {
  /** The long form as written. */
  long: string;
  longStart: number;
  longEnd: number;
  /** The short form as written. */
  short: string;
  shortStart: number;
  shortEnd: number;
}

// Long form: capitalized words joined by connectors, then "(SHORT)"; or SHORT then "(Long)".
const CONNECTOR = new Set(['dan', 'and', 'of', 'for', 'untuk', 'the', '&', 'di', 'on', 'dalam', 'serta', 'se']);

/**
 * Whether the short form can be spelled from the long form: each letter is taken in order,
 * either at the start of a word or right after the previous letter's place inside the same
 * word (Kemenperin = KEMENterian PERINdustrian, TOT = Training Of Trainers). At most one content
 * word may be skipped; connectors may always be skipped.
 */
export function acronymFits(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const words = long.toLowerCase().split(/[\s,/-]+/).filter(Boolean);
  if (s.length < 2 || words.length === 0 || s[0] !== words[0]![0]) return false;
  const memo = new Map<string, boolean>();
  // i: next short letter; w: current word; c: next char in the current word (-1 = must start a new word).
  const go = (i: number, w: number, c: number, skipped: number): boolean => {
    // "Norad" = NORwegian Agency for Development [Cooperation]: an unused skip may go to the last word.
    if (i === s.length) return w >= words.length - 1 || words.slice(w + 1).every((x) => CONNECTOR.has(x)) || (skipped === 0 && w === words.length - 2 && c === 1 && s.length >= 4);
    const key = `${i},${w},${c},${skipped}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let ok = false;
    const word = words[w];
    if (c >= 0 && word) {
      for (let k = word.indexOf(s[i]!, c); k >= 0 && !ok; k = word.indexOf(s[i]!, k + 1)) ok = go(i + 1, w, k + 1, skipped);
    }
    for (let nw = w + 1, sk = skipped; !ok && nw < words.length; nw++) {
      // Syllable acronyms may take a word's first syllable or one a little inside it
      // (Disperindag = DInaS PERINdustrian perDAGangan); the first letter counts most.
      const wd = words[nw]!;
      for (let at = 0; at <= Math.min(3, wd.length - 1) && !ok; at++) if (wd[at] === s[i] && (at === 0 || i > 1)) ok = go(i + 1, nw, at + 1, sk);
      if (!CONNECTOR.has(words[nw]!)) sk++;
      if (sk > 1) break;
    }
    memo.set(key, ok);
    return ok;
  };
  // Content words passed over before the current one count as skipped.
  return go(1, 0, 1, 0);
}

const WORD_RE = /^[\p{Lu}\d][\p{L}\d'’&.-]*,?$/u;
const SHORT_RE = /^[\p{L}\d][\p{L}\d&./ -]{0,24}$/u;
const SHORT_WORD_RE = /^[\p{Lu}][\p{L}\d&-]{1,15}$/u;
const MAX_WORDS = 14;

/** Start offsets of the capitalized words (and inner connectors) that end right before `end`. */
function wordStartsBefore(text: string, end: number): number[] {
  const starts: number[] = [];
  let pos = end;
  let words = 0;
  while (words < MAX_WORDS + 4) {
    let e = pos;
    while (e > 0 && text[e - 1] === ' ') e--;
    if (e === pos && pos !== end) break;
    let b = e;
    while (b > 0 && !/[\s()"“”;:]/.test(text[b - 1]!)) b--;
    if (b === e) break;
    const w = text.slice(b, e);
    if (WORD_RE.test(w)) starts.push(b);
    else if (!CONNECTOR.has(w.toLowerCase().replace(/,$/, '')) || starts.length === 0) break;
    words++;
    pos = b;
  }
  return starts;
}

/** Every acronym definition in the text, in order of the long form. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    if (inner.length === 0 || inner.length > 150 || inner.includes('(') || inner.includes('\n')) continue;
    const short = inner.trim();
    // "Kementerian Perindustrian (Kemenperin)": the shortest run of words before it that fits.
    if (SHORT_RE.test(short) && /^[\p{Lu}\d]/u.test(short) && short.split(' ').length <= 3 && text[open - 1] === ' ') {
      const le = open - 1;
      let done = false;
      for (const st of wordStartsBefore(text, le)) {
        let e = le;
        while (e > st && /[\s,]/.test(text[e - 1]!)) e--;
        const long = text.slice(st, e);
        if (long.length > short.length && acronymFits(short, long)) {
          const shortStart = open + 1 + (inner.length - inner.trimStart().length);
          out.push({ long, longStart: st, longEnd: e, short, shortStart, shortEnd: shortStart + short.length });
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    // "Kemenperin (Kementerian Perindustrian)": a short word, then its long form in parentheses.
    let b = open - 1;
    while (b > 0 && text[b - 1] === ' ') b--;
    let sb = b;
    while (sb > 0 && /[\p{L}\d&-]/u.test(text[sb - 1]!)) sb--;
    const shortWord = text.slice(sb, b);
    const longWords = short.split(/\s+/);
    if (SHORT_WORD_RE.test(shortWord) && longWords.length >= 2 && longWords.length <= MAX_WORDS && longWords.every((w) => WORD_RE.test(w) || CONNECTOR.has(w.toLowerCase())) && long2ok(shortWord, short)) {
      const ls = open + 1 + (inner.length - inner.trimStart().length);
      out.push({ long: short, longStart: ls, longEnd: ls + short.length, short: shortWord, shortStart: sb, shortEnd: b });
    }
  }
  return out.sort((a, b) => a.longStart - b.longStart);
}

function long2ok(short: string, long: string): boolean {
  return long.length > short.length && acronymFits(short, long);
}
