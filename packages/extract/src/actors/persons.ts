/**
 * People named with a title: "Gubernur Jawa Tengah Ganjar Pranowo", "Duta Besar RI untuk
 * Vietnam Denny Abdi", apposition ("Trio Wahyu Bowo, Kepala Bidang ..."; "Kepala ... di
 * Jakarta, Hans de Brabander"), and speakers of quotes ("kata Ganjar", "Teten said").
 */
import { addCandidate, isCommonWord, isNameWord, tokenGap, type ScanContext } from './context.ts';
import { CREDITS, HONORIFIC_SET, NAME_CONNECTORS, ORG_HEAD_SET, PARTICLES, SPEECH_AFTER, SPEECH_BEFORE, TITLE_HEADS, isRoleWord } from './lexicon.ts';
import { lookupAny } from './gazetteer.ts';

const MAX_NAME = 5;

/** Tokens written after a word that marks a place ("Kabupaten Kudus", "di Pekalongan"). */
export function collectPlaceWords(ctx: ScanContext): Set<string> {
  const out = new Set<string>();
  const { tokens } = ctx;
  const markers = new Set(['kabupaten', 'kota', 'pemkab', 'pemkot', 'provinsi', 'di', 'ke', 'dari', 'kab', 'kecamatan', 'desa', 'prefektur', 'in', 'to', 'from']);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (markers.has(tokens[i]!.lower) && tokens[i + 1]!.cap && /^\.? $/.test(tokenGap(ctx, i))) out.add(tokens[i + 1]!.lower);
  }
  for (const c of ctx.candidates) {
    if (c.kind !== 'place') continue;
    for (const t of tokens) if (t.start >= c.start && t.end <= c.end) out.add(t.lower);
  }
  return out;
}

/** Skips honorifics and academic titles before a name; returns the first name token. */
function skipHonorifics(ctx: ScanContext, k: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const h = HONORIFIC_SET.match(ctx.tokens, k, ctx.text);
    if (!h || !ctx.tokens[h.last + 1] || !/^\.? $/.test(tokenGap(ctx, h.last))) return k;
    k = h.last + 1;
  }
  return k;
}

/** Name tokens from k: name words, initials ("Leonard S Ampung"), particles ("Hans de Brabander"). */
export function readName(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  let j = k - 1;
  while (j + 1 < tokens.length && j + 1 - k < MAX_NAME) {
    const n = j + 1;
    const t = tokens[n]!;
    if (n > k && !/^\.? $|^-$/.test(tokenGap(ctx, j))) break;
    if (n > k && tokenGap(ctx, j).startsWith('.') && tokens[j]!.text.length > 1) break;
    if (t.sentence !== tokens[k]!.sentence && n > k) break;
    const initial = /^\p{Lu}$/u.test(t.text) && n > k;
    const particle = n > k && PARTICLES.has(t.text) && isNameWord(ctx, n + 1);
    if (!(isNameWord(ctx, n) || initial || particle)) break;
    if (ctx.owner[n] !== -1) break;
    j = n;
  }
  return j;
}

/** Reads a title from its head: returns the last token of the title. */
export function readTitle(ctx: ScanContext, headLast: number, placeWords: Set<string>): number {
  const { tokens, text } = ctx;
  let j = headLast;
  for (;;) {
    const n = j + 1;
    const t = tokens[n];
    if (!t || t.sentence !== tokens[j]!.sentence) break;
    const g = tokenGap(ctx, j);
    if (g === ' ' || g === '-' || g === '/' || g === ' & ') {
      const o = ctx.owner[n]!;
      if (o !== -1 && ctx.candidates[o]!.kind !== 'person') {
        const c = ctx.candidates[o]!;
        let k = n;
        while (k + 1 < tokens.length && tokens[k + 1]!.end <= c.end) k++;
        j = k;
        continue;
      }
      if (o !== -1) break;
      if (t.cap && (isCommonWord(ctx, n) || t.upper || placeWords.has(t.lower) || TITLE_HEADS.match(tokens, n, text) || ORG_HEAD_SET.match(tokens, n, text))) {
        j = n;
        continue;
      }
      if (NAME_CONNECTORS.has(t.lower) && tokens[n + 1]?.cap && tokenGap(ctx, n) === ' ') {
        const after = n + 1;
        const roleLike = isCommonWord(ctx, after) || tokens[after]!.upper || placeWords.has(tokens[after]!.lower) || ctx.owner[after] !== -1 || !!lookupAny(tokens[after]!.text);
        if (roleLike && !(t.lower === 'dan' && TITLE_HEADS.match(tokens, after, text) && !isRoleWord(tokens[after]!.lower))) {
          j = n;
          continue;
        }
      }
      break;
    }
    // "(Plt)", "(BUMN)", "(KPAII)" inside a title.
    if (/^ ?\($/.test(g)) {
      let k = n;
      while (k < n + 6 && k + 1 < tokens.length && !/^\)/.test(tokenGap(ctx, k))) k++;
      if (/^\) $/.test(tokenGap(ctx, k)) && tokens[k + 1]?.cap) {
        j = k;
        // The closing parenthesis belongs to the title; the next word is read on the next turn.
        const nn = k + 1;
        if (isNameWord(ctx, nn) && !placeWords.has(tokens[nn]!.lower)) break;
        continue;
      }
      break;
    }
    // "Biro Pemerintahan, Otonomi Daerah dan Kerja Sama": a comma between institutional words.
    if (g === ', ' && t.cap && isCommonWord(ctx, n) && !TITLE_HEADS.match(tokens, n, text)) {
      j = n;
      continue;
    }
    break;
  }
  // A title does not end on a connector.
  while (j > headLast && NAME_CONNECTORS.has(tokens[j]!.lower)) j--;
  return j;
}

function inCredit(ctx: ScanContext, i: number): boolean {
  const s = ctx.sentences[ctx.tokens[i]!.sentence]!;
  const first = ctx.tokens.findIndex((t) => t.start >= s.start);
  return first >= 0 && !!CREDITS.match(ctx.tokens, first, ctx.text);
}

function addPerson(ctx: ScanContext, first: number, last: number, role: [number, number] | undefined, strength: number, source: string): void {
  const { tokens, text } = ctx;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const name = text.slice(start, end);
  addCandidate(ctx, { kind: 'person', start, end, key: `person:${name.toLowerCase()}`, role: role ? { start: tokens[role[0]]!.start, end: role[1] } : undefined, strength, source }, first, last);
}

export function findTitledPersons(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap || ctx.owner[i] !== -1) continue;
    const h = TITLE_HEADS.match(tokens, i, text);
    if (!h || inCredit(ctx, i)) continue;
    const roleLast = readTitle(ctx, h.last, placeWords);
    let roleEnd = tokens[roleLast]!.end;
    if (text[roleEnd] === ')') roleEnd++;
    const g = tokenGap(ctx, roleLast);
    let k = roleLast + 1;
    if (/^\)? $/.test(g)) {
      k = skipHonorifics(ctx, k);
      const last = readName(ctx, k);
      if (last >= k) {
        addPerson(ctx, k, last, [i, roleEnd], 0.9, 'title');
        i = last;
        continue;
      }
    }
    // "..., Hans de Brabander." after the title.
    if (/^\)?, $/.test(g)) {
      k = skipHonorifics(ctx, roleLast + 1);
      const last = readName(ctx, k);
      const after = tokenGap(ctx, last);
      if (last >= k + 1 && /^[.,;]|^ (?:[a-z]|$)/.test(after)) {
        addPerson(ctx, k, last, [i, roleEnd], 0.85, 'title-apposition');
        i = last;
        continue;
      }
    }
    // "Trio Wahyu Bowo, Kepala Bidang ...": the name before the comma.
    if (i >= 2 && tokenGap(ctx, i - 1) === ', ') {
      let s = i - 1;
      while (s - 1 >= 0 && i - s < MAX_NAME && (isNameWord(ctx, s - 1) || PARTICLES.has(tokens[s - 1]!.text)) && /^ $/.test(tokenGap(ctx, s - 1))) s--;
      if (isNameWord(ctx, s) && isNameWord(ctx, i - 1) && ctx.owner[i - 1] === -1 && (i - 1 > s || !lookupAny(tokens[s]!.text))) {
        addPerson(ctx, s, i - 1, [i, roleEnd], 0.8, 'apposition');
      }
    }
    i = roleLast;
  }
}

/** "kata Ganjar", "ujar Gubernur Khofifah", "Teten mengatakan", "said Teten". */
export function findSpeakers(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const v = SPEECH_BEFORE.match(tokens, i, text);
    if (v && /^ $/.test(tokenGap(ctx, v.last))) {
      const k = skipHonorifics(ctx, v.last + 1);
      const last = readName(ctx, k);
      if (last >= k && ctx.owner[k] === -1 && !inCredit(ctx, k)) addPerson(ctx, k, last, undefined, 0.7, 'speech');
      continue;
    }
    if (SPEECH_AFTER.has(tokens[i]!.lower) && i > 0 && tokenGap(ctx, i - 1) === ' ') {
      let s = i - 1;
      while (s - 1 >= 0 && i - s < MAX_NAME && isNameWord(ctx, s - 1) && tokenGap(ctx, s - 1) === ' ') s--;
      if (i - s >= 2 && isNameWord(ctx, s) && ctx.owner[i - 1] === -1 && ctx.owner[s] === -1 && !inCredit(ctx, s)) addPerson(ctx, s, i - 1, undefined, 0.65, 'speech-after');
    }
  }
}
