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
const LONG_THEN_SHORT = /((?:[\p{Lu}\d][\p{L}\d'’&.-]*(?:,? (?:dan |and |of |for |untuk |the |&|di |on |dalam |serta |se-)?)){1,14})\(([\p{L}\d][\p{L}\d&./ -]{0,24})\)/gu;
const SHORT_THEN_LONG = /(?<![\p{L}\d])([\p{Lu}][\p{L}\d&-]{1,15})\s+\(((?:[\p{Lu}][\p{L}\d'’&.-]*,? (?:dan |and |of |for |untuk |the |& |di |serta )?){1,13}[\p{Lu}][\p{L}\d'’&.-]*)\)/gu;
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
    if (i === s.length) return w >= words.length - 1 || words.slice(w + 1).every((x) => CONNECTOR.has(x));
    const key = `${i},${w},${c},${skipped}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let ok = false;
    const word = words[w];
    if (c >= 0 && word) {
      for (let k = word.indexOf(s[i]!, c); k >= 0 && !ok; k = word.indexOf(s[i]!, k + 1)) ok = go(i + 1, w, k + 1, skipped);
    }
    for (let nw = w + 1, sk = skipped; !ok && nw < words.length; nw++) {
      if (words[nw]![0] === s[i]) ok = go(i + 1, nw, 1, sk);
      if (!CONNECTOR.has(words[nw]!)) sk++;
      if (sk > 1) break;
    }
    memo.set(key, ok);
    return ok;
  };
  // Content words passed over before the current one count as skipped.
  return go(1, 0, 1, 0);
}

function trimLong(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  while (s < e && /\s/.test(text[s]!)) s++;
  return [s, e];
}

/** Every acronym definition in the text, in order of the long form. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(LONG_THEN_SHORT)) {
    const short = m[2]!.trim();
    if (!/^[\p{Lu}\d]/u.test(short) || /\s/.test(short.replace(/ dan /, '')) && short.split(' ').length > 3) continue;
    const [ls0, le] = trimLong(text, m.index, m.index + m[1]!.length);
    let ls = ls0;
    // Drop leading words until the long form fits the short one ("Gubernur Badan Pusat ..." -> "Badan Pusat ...").
    // The shortest suffix that fits: "Kepala Badan Pusat Statistik (BPS)" defines BPS, not the title.
    const starts: number[] = [ls];
    for (const w of text.slice(ls, le).matchAll(/\s+/g)) starts.push(ls + w.index + w[0].length);
    let found = -1;
    for (let k = starts.length - 1; k >= 0; k--) {
      const cand = text.slice(starts[k]!, le);
      if (/^[\p{Lu}\d]/u.test(cand) && acronymFits(short, cand)) {
        found = starts[k]!;
        break;
      }
    }
    if (found < 0) continue;
    ls = found;
    const long = text.slice(ls, le);
    const shortStart = m.index + m[0].lastIndexOf('(') + 1 + (m[2]!.length - m[2]!.trimStart().length);
    out.push({ long, longStart: ls, longEnd: le, short, shortStart, shortEnd: shortStart + short.length });
  }
  for (const m of text.matchAll(SHORT_THEN_LONG)) {
    const short = m[1]!;
    const open = m.index + m[0].indexOf('(') + 1;
    const [ls, le] = trimLong(text, open, open + m[2]!.length);
    const long = text.slice(ls, le);
    if (!acronymFits(short, long) || long.length <= short.length) continue;
    out.push({ long, longStart: ls, longEnd: le, short, shortStart: m.index, shortEnd: m.index + short.length });
  }
  return out.sort((a, b) => a.longStart - b.longStart);
}
