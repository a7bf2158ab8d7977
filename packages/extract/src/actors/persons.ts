/**
 * People named with a title: "Gubernur Jawa Tengah Ganjar Pranowo", "Duta Besar RI untuk
 * Vietnam Denny Abdi", apposition ("Trio Wahyu Bowo, Kepala Bidang ..."; "Kepala ... di
 * Jakarta, Hans de Brabander"),. Speakers of quotes are in speakers.ts.
 */
import { addCandidate, balineseNameAt, hyphenLink, isCommonWord, isNameWord, tokenGap, tokenIndexAt, type ScanContext } from './context.ts';
import { CREDITS, DEGREE_SET, ENGLISH_TITLES, HONORIFIC_SET, NAME_CONNECTORS, ORG_HEAD_SET, PARTICLES, TITLE_HEADS, isNotName, isRoleWord } from './lexicon.ts';
import { lookupAny, lookupCity, lookupCountry } from './gazetteer.ts';

const MAX_NAME = 5;
const REGIONAL_HEADS = /^(?:Wakil )?(?:Bupati|Wali ?[Kk]ota|Camat|Lurah|Kepala Desa|Regent|Mayor|Vice Mayor|Wabup|Wawali)$/;
// Buildings and places named after an office or a person ("Stadion Kapten I Wayan Dipta", "Jalan Gubernur Suryo").
const BUILDING_WORDS = new Set(['kantor', 'rumah', 'dinas', 'ruang', 'gedung', 'pendopo', 'istana', 'kediaman', 'rujab', 'office', 'residence', 'stadion', 'stadium', 'jalan', 'jl', 'bandara', 'lapangan', 'airport', 'street']);

/** Tokens written after a word that marks a place ("Kabupaten Kudus", "di Pekalongan"). */
export function collectPlaceWords(ctx: ScanContext): Set<string> {
  const out = new Set<string>();
  const { tokens } = ctx;
  const markers = new Set(['kabupaten', 'kota', 'pemkab', 'pemkot', 'provinsi', 'di', 'ke', 'dari', 'kab', 'kecamatan', 'desa', 'prefektur', 'in', 'to', 'from']);
  for (const t of tokens) if (t.cap && lookupCity(t.text)) out.add(t.lower);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (markers.has(tokens[i]!.lower) && tokens[i + 1]!.cap && /^\.? $/.test(tokenGap(ctx, i))) out.add(tokens[i + 1]!.lower);
  }
  for (let i = 0; i < tokens.length; i++) {
    const o = ctx.owner[i]!;
    if (o !== -1 && ctx.candidates[o]!.kind === 'place') out.add(tokens[i]!.lower);
  }
  return out;
}

/** Skips honorifics and academic titles before a name; returns the first name token. */
export function skipHonorifics(ctx: ScanContext, k: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const h = HONORIFIC_SET.match(ctx.tokens, k, ctx.text);
    if (!h || !ctx.tokens[h.last + 1] || !/^\.? $/.test(tokenGap(ctx, h.last))) return k;
    // "Kang Min-seo": before a hyphenated given name alone, a short address word is a Korean family name.
    if (h.last === k && ctx.tokens[k]!.text.length <= 4 && tokenGap(ctx, k + 1) === '-' && !ctx.tokens[k + 2]?.cap) return k;
    k = h.last + 1;
  }
  return k;
}

/** A degree written after a name: "ST", "M.Si", "S.E.", "Ph.D". */
export function isDegree(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.cap) return false;
  let word = t.text;
  // "M.Si", "S.Kom": tokens split at the inner dot.
  for (let k = i; k + 1 < ctx.tokens.length && tokenGap(ctx, k) === '.' && word.length < 5; k++) word += ctx.tokens[k + 1]!.text;
  return DEGREE_SET.has(word.toLowerCase()) && (t.upper || word !== t.text || /^(?:MSi|SPd|MPd|SKom|MKom|SSos|MSc|BSc|PhD|SAg|MAg|MKes|MEng|MEc|MHum)$/.test(word));
}

/** Words that open a Balinese name: "I Made ...", "Ni Luh ...", "Ida Bagus ...", "Anak Agung ...". */
const BALINESE_START = new Set(['I', 'Ni', 'Ida', 'Anak', 'Cokorda', 'Tjokorda', 'Gusti']);
/** The second word of a Balinese caste title: "Anak Agung", "Ida Bagus", "Ida Ayu", "Cokorda Gde", "Gusti Ngurah". */
const BALINESE_SECOND = /^(?:Agung|Bagus|Ayu|Gde|Gede|Istri|Ngurah|Putu|Made|Ketut|Nyoman|Oka|Rai)$/;

/** Name tokens from k: name words, initials ("Leonard S Ampung"), particles ("Hans de Brabander"). */
export function readName(ctx: ScanContext, k: number): number {
  const { tokens } = ctx;
  let j = k - 1;
  // "Muhammad Naqzrul Azraf bin Mohd Nazarludin": a patronymic adds the father's names.
  let limit = MAX_NAME;
  while (j + 1 < tokens.length && j + 1 - k < limit) {
    const n = j + 1;
    const t = tokens[n]!;
    // Joko “Jokowi” Widodo: a nickname in quotes inside the name.
    if (n > k && /^ ["“]$/.test(tokenGap(ctx, j)) && /^["”] $/.test(tokenGap(ctx, n)) && isNameWord(ctx, n + 1)) {
      j = n + 1;
      continue;
    }
    if (n > k && !/^\.? $|^-$/.test(tokenGap(ctx, j))) break;
    // "Kim Eui-seung", "Yoon Sung-ho", "Ki-Hwa Hong": a hyphenated given name.
    if (n > k && tokenGap(ctx, j) === '-' && /^\p{L}\p{Ll}*$/u.test(t.text) && t.text.length <= 5 && tokens[j]!.text.length <= 5) {
      j = n;
      continue;
    }
    // "Firdaus ST MT", "Sarono M.Si": degrees close the name.
    if (n > k && isDegree(ctx, n)) break;
    // "Ki-Hwa Hong": a short family name after a hyphenated given name.
    if (n > k + 1 && tokenGap(ctx, j - 1) === '-' && tokenGap(ctx, j) === ' ' && t.cap && !t.upper && t.text.length <= 5 && !isRoleWord(t.lower) && !ctx.lowerWords.has(t.lower) && ctx.owner[n] === -1) {
      j = n;
      break;
    }
    if (n > k && tokenGap(ctx, j).startsWith('.') && tokens[j]!.text.length > 1) break;
    if (t.sentence !== tokens[k]!.sentence && n > k) break;
    // Initials ("Leonard S Ampung"); Balinese names open with "I" or "Ni" ("I Gusti Putu Agus Dharma").
    const initial =
      (/^\p{Lu}$/u.test(t.text) && n > k) ||
      (n === k && BALINESE_START.has(t.text) && BALINESE_SECOND.test(tokens[n + 1]?.text ?? '') && tokenGap(ctx, n) === ' ' && !!tokens[n + 2]?.cap) ||
      (n === k && (/^(I|Ni)$/.test(t.text) || (/^\p{Lu}{2}$/u.test(t.text) && !lookupAny(t.text) && !ctx.lowerWords.has(t.lower))) && isNameWord(ctx, n + 1) && tokenGap(ctx, n) === ' ');
    const particle = n > k && PARTICLES.has(t.text) && isNameWord(ctx, n + 1);
    if (particle && /^bint?i?$/.test(t.text)) limit = MAX_NAME + 2;
    // Balinese names are made of words that also mean things ("I Gusti Ngurah Jaya Negara").
    const balinese = n > k && BALINESE_START.has(tokens[k]!.text) && t.cap && !t.upper && n - k < 6 && !TITLE_HEADS.match(tokens, n, ctx.text) && !ORG_HEAD_SET.match(tokens, n, ctx.text) && !lookupAny(t.text) && !lookupCity(t.text);
    // "Sagung Antari Jaya Negara bertukar ...": a word that also names things closes a name of
    // three or more words when a lower-case word or punctuation follows.
    // "Liu Yang,": a capitalized short word that is also a common word closes a name mid-sentence.
    const shortClosing = n - k === 1 && t.cap && !t.upper && t.text.length <= 4 && !isRoleWord(t.lower) && !isNotName(t.lower) && isNameWord(ctx, n - 1) && tokens[n - 1]!.text.length <= 5 && tokenGap(ctx, n - 1) === ' ' && (/^[.,;]/.test(tokenGap(ctx, n)) || (tokenGap(ctx, n) === ' ' && !tokens[n + 1]?.cap));
    const closing = n - k >= 2 && t.cap && !t.upper && t.text.length > 2 && (isRoleWord(t.lower) || !isNotName(t.lower)) && !TITLE_HEADS.match(tokens, n, ctx.text) && !ORG_HEAD_SET.match(tokens, n, ctx.text) && !lookupAny(t.text) && !lookupCity(t.text) && isNameWord(ctx, n - 1) && isNameWord(ctx, n - 2) && (!tokens[n + 1] || /^[.,;]/.test(tokenGap(ctx, n)) || (tokenGap(ctx, n) === ' ' && !tokens[n + 1]!.cap));
    if (!(isNameWord(ctx, n) || initial || particle || balinese || closing || shortClosing)) break;
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
    if (hyphenLink(ctx, j) && ctx.owner[n + 1] === -1) {
      j = n + 1;
      continue;
    }
    // "the Prime Minister's Office": a possessive inside an English title.
    if (/^['’]$/.test(g) && t.text === 's' && tokenGap(ctx, n) === ' ' && tokens[n + 1]?.cap) {
      j = n;
      continue;
    }
    if (g === ' ' || g === '-' || g === '/' || g === ' & ' || g === ') ') {
      const o = ctx.owner[n]!;
      if (o !== -1 && ctx.candidates[o]!.kind !== 'person') {
        const c = ctx.candidates[o]!;
        let k = n;
        while (k + 1 < tokens.length && tokens[k + 1]!.end <= c.end) k++;
        j = k;
        continue;
      }
      if (o !== -1) break;
      // "CEO PT Maju Jaya Abadi, Budi Hartono": a company named in a title runs to the comma.
      const company = ORG_HEAD_SET.match(tokens, n, text);
      if (company?.value === 'company' && /^(PT|CV)$/.test(t.text)) {
        let k = company.last;
        while (k + 1 < tokens.length && tokenGap(ctx, k) === ' ' && tokens[k + 1]!.cap && k - n < 6) k++;
        if (tokenGap(ctx, k) === ', ' && isNameWord(ctx, k + 1)) {
          j = k;
          break;
        }
      }
      if (balineseNameAt(ctx, n)) break;
      // "MY Bramuda": two capitals before a name are initials, unless a known short form.
      const initials = t.upper && t.text.length <= 2 && isNameWord(ctx, n + 1) && tokenGap(ctx, n) === ' ' && !lookupAny(t.text) && !ctx.lowerWords.has(t.lower) && ctx.owner[n] === -1;
      if (!initials && t.cap && (isCommonWord(ctx, n) || t.upper || placeWords.has(t.lower) || TITLE_HEADS.match(tokens, n, text) || ORG_HEAD_SET.match(tokens, n, text))) {
        j = n;
        // An embassy or consulate is named by its city: "KBRI Kairo", "KJRI Kuching".
        const head = ORG_HEAD_SET.match(tokens, n, text);
        if (head?.value === 'embassy' && head.last === n && tokens[n + 1]?.cap && tokenGap(ctx, n) === ' ' && ctx.owner[n + 1] === -1) j = n + 1;
        continue;
      }
      // "Kepala Perwakilan RI sekaligus Kuasa Usaha ...": one person holding two offices.
      if ((t.lower === 'sekaligus' || t.lower === 'merangkap') && tokens[n + 1] && TITLE_HEADS.match(tokens, n + 1, text) && tokenGap(ctx, n) === ' ') {
        j = n;
        continue;
      }
      // "Ambassador to Japan": "to" joins a title to a place.
      if (t.lower === 'to' && ownedNonPerson(ctx, n + 1) && tokenGap(ctx, n) === ' ') {
        j = n;
        continue;
      }
      // "President of the Swiss Confederation", "Deputy Secretary-General at the Ministry of Economy".
      if (/^(?:of|for|at)$/.test(t.lower) && tokens[n + 1]?.lower === 'the' && tokens[n + 2]?.cap && tokenGap(ctx, n) === ' ' && tokenGap(ctx, n + 1) === ' ') {
        const after = n + 2;
        if (isCommonWord(ctx, after) || tokens[after]!.upper || placeWords.has(tokens[after]!.lower) || ctx.owner[after] !== -1 || TITLE_HEADS.match(tokens, after, text) || ORG_HEAD_SET.match(tokens, after, text)) {
          j = n + 1;
          continue;
        }
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
      const ofAfter = /^(?:of|for|at)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'the';
      if (/^\) $/.test(tokenGap(ctx, k)) && (tokens[k + 1]?.cap || ofAfter)) {
        j = k;
        // "Deputy Secretary-General (Policy) at the Ministry ...": the title goes on after the parenthesis.
        if (ofAfter) continue;
        // "(KBRI) Kairo": the embassy's city follows its short form.
        const inner = ORG_HEAD_SET.match(tokens, n, text);
        if (inner?.value === 'embassy' && ctx.owner[k + 1] === -1 && tokens[k + 2]?.cap) {
          j = k + 1;
          continue;
        }
        // The closing parenthesis belongs to the title; the next word is read on the next turn.
        const nn = k + 1;
        if (isNameWord(ctx, nn) && !placeWords.has(tokens[nn]!.lower)) break;
        continue;
      }
      break;
    }
    // "Biro Pemerintahan, Otonomi Daerah dan Kerja Sama": a comma in an enumeration of
    // institutional words, closed by "dan" before the next comma or full stop.
    if (g === ', ' && (t.lower === 'dan' || t.lower === 'and') && tokens[n + 1]?.cap && isCommonWord(ctx, n + 1) && !HONORIFIC_SET.match(tokens, n + 1, text) && tokenGap(ctx, n) === ' ') {
      j = n + 1;
      continue;
    }
    if (g === ', ' && t.cap && isCommonWord(ctx, n) && !TITLE_HEADS.match(tokens, n, text) && /^[^.;(]{0,60}? (?:dan|and) /.test(text.slice(t.start, t.start + 70))) {
      j = n;
      continue;
    }
    break;
  }
  // A title does not end on a connector.
  while (j > headLast && NAME_CONNECTORS.has(tokens[j]!.lower)) j--;
  return j;
}

/** "Philippine" -> "Philippines", "Indonesian" -> "Indonesia", "Japanese" -> "Japan": the country a demonym names. */
export function demonymCountry(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return undefined;
  for (const form of [`${word}s`, word.replace(/n$/, ''), word.replace(/ese$/, ''), word.replace(/ian$/, 'y'), word.replace(/i$/, 'land')]) {
    if (form !== word && lookupCountry(form)) return form;
  }
  return undefined;
}

/** Whether a name ending at token i is closed: punctuation, a lower-case word or the sentence's end follows. */
export function nameClosed(ctx: ScanContext, i: number): boolean {
  const n = ctx.tokens[i + 1];
  if (!n || n.sentence !== ctx.tokens[i]!.sentence || tokenGap(ctx, i) !== ' ') return true;
  if (n.cap) return ctx.owner[i + 1] !== -1 && ctx.candidates[ctx.owner[i + 1]!]!.kind === 'person';
  // "Ganjar Pranowo dan Gubernur ...": a connector after a name of two words closes it; after one
  // word ("Dinas Perpustakaan dan Kearsipan ...") it may join the words of an office's name.
  const oneWord = i === 0 || tokenGap(ctx, i - 1) !== ' ' || !ctx.tokens[i - 1]!.cap || !isNameWord(ctx, i - 1);
  return !(oneWord && NAME_CONNECTORS.has(n.lower) && ctx.tokens[i + 2]?.cap && tokenGap(ctx, i + 1) === ' ' && !TITLE_HEADS.match(ctx.tokens, i + 2, ctx.text));
}

/**
 * The run of capitalized words (with inner connectors and short forms in parentheses) from
 * token i, and the name that closes it: up to four name words after a title-like word.
 */
export function trailingName(ctx: ScanContext, i: number, placeWords: Set<string>): { first: number; last: number; titleLast: number } | undefined {
  const { tokens } = ctx;
  let e = i;
  for (;;) {
    const g = tokenGap(ctx, e);
    const n = tokens[e + 1];
    if (!n || n.sentence !== tokens[i]!.sentence) break;
    if (ctx.owner[e + 1] !== -1 && ctx.candidates[ctx.owner[e + 1]!]!.kind === 'person') break;
    if ((g === ' ' || g === '-') && n.cap) e++;
    else if (g === ' ' && NAME_CONNECTORS.has(n.lower) && tokens[e + 2]?.cap && tokenGap(ctx, e + 1) === ' ' && !TITLE_HEADS.match(tokens, e + 2, ctx.text)) e += 2;
    else if (/^ \($/.test(g) && n.cap && /^\) $/.test(tokenGap(ctx, e + 1)) && tokens[e + 2]?.cap) e += 2;
    else break;
    if (e - i > 14) return undefined;
  }
  if (!nameClosed(ctx, e)) return undefined;
  const nameish = (x: number): boolean => isNameWord(ctx, x) && !tokens[x]!.upper && !placeWords.has(tokens[x]!.lower) && ctx.owner[x] === -1 && !isDegree(ctx, x);
  let s = e;
  while (s > i && e - s < 3 && tokenGap(ctx, s - 1) === ' ' && nameish(s - 1) && !NAME_CONNECTORS.has(tokens[s - 1]!.lower)) s--;
  // "... JBC Anak Agung Oka": a Balinese caste title opens the name.
  if (s - 1 >= i && balineseNameAt(ctx, s - 1)) s--;
  // Degrees after the name ("Firdaus ST MT"): the name ends before them.
  if (!nameish(e) || s < i || (s === i && !balineseNameAt(ctx, s))) return undefined;
  const before = tokens[s - 1]!;
  // One name word only right after a place, a short form or an organization ("Kota Malang Wasto").
  const titleEnd = placeWords.has(before.lower) || before.upper || ownedNonPerson(ctx, s - 1) || text(ctx, s - 1) === ')';
  if (e === s && !titleEnd) return undefined;
  // Honorifics, particles and degrees are read as for any name ("Ustaz Aminudin bin Mohamad").
  const k = skipHonorifics(ctx, s);
  const last = readName(ctx, k);
  return last >= k ? { first: k, last, titleLast: s - 1 } : undefined;
}

const text = (ctx: ScanContext, i: number): string => ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i]!.end + 1);

export function ownedNonPerson(ctx: ScanContext, i: number): boolean {
  const o = ctx.owner[i];
  return o !== undefined && o !== -1 && ctx.candidates[o]!.kind !== 'person';
}

export function inCredit(ctx: ScanContext, i: number): boolean {
  const s = ctx.sentences[ctx.tokens[i]!.sentence]!;
  const first = tokenIndexAt(ctx, s.start);
  return first >= 0 && !!CREDITS.match(ctx.tokens, first, ctx.text);
}

export function addPerson(ctx: ScanContext, first: number, last: number, role: [number, number] | undefined, strength: number, source: string): void {
  const { tokens, text } = ctx;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const name = text.slice(start, end);
  addCandidate(ctx, { kind: 'person', start, end, key: `person:${name.toLowerCase()}`, role: role ? { start: tokens[role[0]]!.start, end: role[1] } : undefined, strength, source }, first, last);
}

/** A free, capitalized title head at token i that names a person's office (not a building or a credit). */
export function titleHeadAt(ctx: ScanContext, i: number): { last: number } | undefined {
  const { tokens } = ctx;
  if (!tokens[i]!.cap || ctx.owner[i] !== -1) return undefined;
  const h = TITLE_HEADS.match(tokens, i, ctx.text);
  if (!h || inCredit(ctx, i)) return undefined;
  // "Kantor Gubernur", "rumah dinas Bupati": a building, not a person.
  if (i > 0 && BUILDING_WORDS.has(tokens[i - 1]!.lower)) return undefined;
  return h;
}

export function findTitledPersons(ctx: ScanContext, placeWords: Set<string>): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const h = titleHeadAt(ctx, i);
    if (!h) continue;
    // "Pertemuan Tingkat Menteri", "Konferensi Tingkat Tinggi": a level of meeting.
    if (i > 0 && /^(tingkat|level|setingkat)$/.test(tokens[i - 1]!.lower)) continue;
    const roleLast = readTitle(ctx, h.last, placeWords);
    // "Cooperatives and SMEs Minister Teten Masduki": English titles open with their portfolio.
    let roleFirst = i;
    if (ENGLISH_TITLES.match(tokens, i, text)) {
      while (roleFirst > 0 && tokenGap(ctx, roleFirst - 1) === ' ' && tokens[roleFirst - 1]!.sentence === tokens[i]!.sentence) {
        const p = tokens[roleFirst - 1]!;
        const o = ctx.owner[roleFirst - 1]!;
        if (p.cap && (isRoleWord(p.lower) || p.upper || (o !== -1 && ctx.candidates[o]!.kind !== 'person') || !!demonymCountry(p.text))) roleFirst--;
        else if (/^(and|&)$/.test(p.lower) && roleFirst - 2 >= 0 && tokens[roleFirst - 2]!.cap && isRoleWord(tokens[roleFirst - 2]!.lower)) roleFirst--;
        else break;
      }
      while (roleFirst < i && !tokens[roleFirst]!.cap) roleFirst++;
    }
    let roleEnd = tokens[roleLast]!.end;
    if (text[roleEnd] === ')') roleEnd++;
    const g = tokenGap(ctx, roleLast);
    let k = roleLast + 1;
    if (/^\)? $/.test(g)) {
      k = skipHonorifics(ctx, k);
      let last = readName(ctx, k);
      // The "name" was part of the title when an organization or place follows it.
      for (let guard = 0; guard < 2 && last >= k && tokenGap(ctx, last) === ' ' && ownedNonPerson(ctx, last + 1); guard++) {
        const roleLast2 = readTitle(ctx, last, placeWords);
        if (roleLast2 === last) break;
        roleEnd = tokens[roleLast2]!.end;
        if (text[roleEnd] === ')') roleEnd++;
        k = skipHonorifics(ctx, roleLast2 + 1);
        last = readName(ctx, k);
        if (tokenGap(ctx, roleLast2) !== ' ') last = k - 1;
      }
      // "Bupati Kudus Musthofa": a regional head's title names the region first. When the text
      // writes the rest alone elsewhere ("kata Musthofa") and never the first word, that word is the region.
      if (last > k && roleLast === h.last && REGIONAL_HEADS.test(text.slice(tokens[i]!.start, tokens[h.last]!.end))) {
        const restName = text.slice(tokens[k + 1]!.start, tokens[last]!.end);
        const firstWord = tokens[k]!.text;
        const elsewhere = (s: string): number => text.split(new RegExp(`(?<![\\p{L}])${s}(?![\\p{L}])`, 'u')).length - 1;
        if (elsewhere(restName) > 1 && elsewhere(firstWord) === 1) {
          roleEnd = tokens[k]!.end;
          k += 1;
        }
      }
      // "Ketua Menteri Perlis, Malaysia, Mohamad Shukri Ramli": a region and its country close the title.
      if (last === k && tokenGap(ctx, last) === ', ' && ownedNonPerson(ctx, last + 1)) {
        const c = ctx.candidates[ctx.owner[last + 1]!]!;
        let pl = last + 1;
        while (pl + 1 < tokens.length && tokens[pl + 1]!.end <= c.end) pl++;
        if (c.kind === 'place' && c.country && tokenGap(ctx, pl) === ', ') {
          const k2 = skipHonorifics(ctx, pl + 1);
          const last2 = readName(ctx, k2);
          if (last2 > k2 && nameClosed(ctx, last2)) {
            roleEnd = tokens[pl]!.end;
            k = k2;
            last = last2;
          }
        }
      }
      // A "name" that runs on into more capitalized words was part of the title: the person is
      // named by the run's last name words ("Kepala Dinas Perpustakaan dan Kearsipan DKI Catur Laswanto").
      // "Duta Besar RI untuk Federasi Rusia Mohamad Wahid Supriyadi": a connector carries the title on.
      const connectorNext = last < k && NAME_CONNECTORS.has(tokens[k]?.lower ?? '') && !!tokens[k + 1]?.cap && tokenGap(ctx, k) === ' ';
      // Degrees after the name ("Muflihun SSTP MAP menyambut") are skipped to see how the name is closed.
      let closedAt = last;
      while (closedAt >= k && closedAt + 1 < tokens.length && /^[ ,.]+$/.test(tokenGap(ctx, closedAt)) && isDegree(ctx, closedAt + 1)) closedAt++;
      if ((last >= k && !nameClosed(ctx, closedAt)) || (last < k && ((tokens[k]?.cap && ctx.owner[k] === -1) || connectorNext) && tokenGap(ctx, k - 1) === ' ')) {
        const t2 = trailingName(ctx, Math.max(k, last + 1), placeWords);
        if (t2) {
          roleEnd = tokens[t2.titleLast]!.end;
          if (text[roleEnd] === ')') roleEnd++;
          k = t2.first;
          last = t2.last;
        } else if (last === k) last = k - 1;
      }
      // "Head of ... Unit Prisma, Muhammad Karim Wirasaputra, menyebut": one word before a full
      // name in apposition belongs to the title.
      if (last === k && tokenGap(ctx, last) === ', ') {
        const k2 = skipHonorifics(ctx, last + 1);
        const last2 = readName(ctx, k2);
        const after = tokenGap(ctx, last2);
        if (last2 > k2 && (/^[,.;]/.test(after) || (after === ' ' && !tokens[last2 + 1]?.cap))) {
          i = roleLast;
          continue;
        }
      }
      if (last >= k) {
        addPerson(ctx, k, last, [roleFirst, roleEnd], 0.9, 'title');
        i = last;
        continue;
      }
    }
    // "..., Hans de Brabander." after the title.
    if (/^\)?, $/.test(g)) {
      k = skipHonorifics(ctx, roleLast + 1);
      const last = readName(ctx, k);
      // Degrees after the name ("Dr H Firdaus ST MT,") are skipped to see how the name is closed.
      let d = last;
      while (d + 1 < tokens.length && /^[ ,.]+$/.test(tokenGap(ctx, d)) && isDegree(ctx, d + 1)) d++;
      const after = tokenGap(ctx, d);
      const nextTok = tokens[d + 1];
      if ((last >= k + 1 || (d > last && /^[.,;]/.test(after))) && (/^[.,;]/.test(after) || (after === ' ' && nextTok && !nextTok.cap) || !nextTok)) {
        addPerson(ctx, k, last, [roleFirst, roleEnd], 0.85, 'title-apposition');
        i = last;
        continue;
      }
    }
    // "Trio Wahyu Bowo, Kepala Bidang ...": the name before the comma.
    // English titles open with their portfolio ("Alfredo Perdiguero, Regional Head of ...") and
    // may follow an article ("Michiko Miyamoto, the ILO Country Director", "..., then President").
    let a = roleFirst;
    if (a >= 2 && /^(?:the|then|a|an|now|former)$/.test(tokens[a - 1]!.lower) && tokenGap(ctx, a - 1) === ' ') a--;
    if (a >= 2 && tokenGap(ctx, a - 1) === ', ') {
      const e = a - 1;
      let s = e;
      // "Choi Min-jae, then President ...": hyphenated given names too.
      while (s - 1 >= 0 && e - s < MAX_NAME - 1 && (isNameWord(ctx, s - 1) || PARTICLES.has(tokens[s - 1]!.text) || (tokenGap(ctx, s - 1) === '-' && /^\p{Ll}{2,5}$/u.test(tokens[s]!.text))) && /^[ -]$/.test(tokenGap(ctx, s - 1))) s--;
      s = skipHonorifics(ctx, s);
      if (s <= e && isNameWord(ctx, s) && (isNameWord(ctx, e) || (tokenGap(ctx, e - 1) === '-' && /^\p{Ll}{2,5}$/u.test(tokens[e]!.text))) && ctx.owner[e] === -1 && (e > s || !lookupAny(tokens[s]!.text))) {
        addPerson(ctx, s, e, [roleFirst, roleEnd], 0.8, 'apposition');
      }
    }
    i = roleLast;
  }
}
