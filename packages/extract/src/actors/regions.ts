/**
 * Regions and their governments: "Pemprov Jateng", "Pemerintah Kota (Pemkot) Surabaya",
 * "Provinsi Chungcheongbuk-do", "Prefektur Toyama", "Kabupaten Humbang Hasundutan".
 */
import { addCandidate, balineseNameAt, hyphenLink, isFree, orgKey, tokenGap, type ScanContext } from './context.ts';
import { lookupAny, lookupCity, lookupCountry, lookupProvince, type GazetteerEntry } from './gazetteer.ts';
import { LOCAL_GOV, ORG_HEAD_SET, PhraseSet, TITLE_HEADS } from './lexicon.ts';
import { REGION_PREFIXES } from '../data/places.ts';

export interface RegionName {
  first: number;
  last: number;
  /** Name as written (without the prefix). */
  surface: string;
  /** Full name (province abbreviations expanded). */
  full: string;
  entry?: GazetteerEntry;
}

const DIRECTIONS = /^(Utara|Selatan|Barat|Timur|Tengah|Tenggara|Barat Daya|Raya|Besar|Baru|North|South|East|West|Central)$/;
const STOP_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang']);

/** The region named from token i: a gazetteer place, or up to three capitalized words. */
export function readRegionName(ctx: ScanContext, i: number): RegionName | undefined {
  const { tokens, text } = ctx;
  for (let j = Math.min(tokens.length - 1, i + 3); j >= i; j--) {
    const surface = text.slice(tokens[i]!.start, tokens[j]!.end);
    if (/[\n,.()]/.test(surface)) continue;
    const entry = lookupProvince(surface) ?? lookupCountry(surface);
    if (entry) return { first: i, last: j, surface, full: entry.name, entry };
  }
  let j = i;
  // "Wakil Wali Kota I Kadek ...", "Kota Malang H. Sofyan": initials open a person's name, not a region's.
  if (!tokens[i]?.cap || TITLE_HEADS.match(tokens, i, text) || ORG_HEAD_SET.match(tokens, i, text) || tokens[i]!.text.length === 1) return undefined;
  // "Asosiasi Pemerintah Kota Seluruh Indonesia": a word the text writes in lower case names no region.
  if (ctx.lowerWords.has(tokens[i]!.lower) && !lookupCity(tokens[i]!.text)) return undefined;
  // "Rostov-on-Don": a hyphenated name is one word.
  if (hyphenLink(ctx, i)) return { first: i, last: i + 2, surface: text.slice(tokens[i]!.start, tokens[i + 2]!.end), full: text.slice(tokens[i]!.start, tokens[i + 2]!.end) };
  // "Kota Pekanbaru Muflihun": a known city or regency ends the region's name; what follows is someone's.
  for (let k = Math.min(tokens.length - 1, i + 2); k >= i; k--) {
    const surface = text.slice(tokens[i]!.start, tokens[k]!.end);
    if (/[\n,.()]/.test(surface) || !lookupCity(surface)) continue;
    const next = tokens[k + 1];
    if (next && tokenGap(ctx, k) === ' ' && next.cap && !TITLE_HEADS.match(tokens, k + 1, text) && !ORG_HEAD_SET.match(tokens, k + 1, text)) return { first: i, last: k, surface, full: surface };
    break;
  }
  while (j + 1 < tokens.length && j - i < 2 && /^ $|^-$/.test(tokenGap(ctx, j))) {
    const n = tokens[j + 1]!;
    if (n.text.length === 1 || balineseNameAt(ctx, j + 1)) break;
    const hyphenSuffix = tokenGap(ctx, j) === '-' && /^(do|si|shi|ken|gun|to)$/.test(n.text);
    if (!hyphenSuffix && (!n.cap || /^\d/.test(n.text) || STOP_WORDS.has(n.lower) || TITLE_HEADS.match(tokens, j + 1, text) || ORG_HEAD_SET.match(tokens, j + 1, text) || lookupAny(n.text))) break;
    j++;
  }
  // A run that runs into more capitalized words ("Kota Pontianak Ani Sofian") is cut to a
  // region the text names elsewhere on its own, else to one word.
  const next = tokens[j + 1];
  const closed = !next || tokenGap(ctx, j) !== ' ' || !next.cap;
  if (j > i && !(closed && ctx.regionNames.has(lookupKeyOf(text.slice(tokens[i]!.start, tokens[j]!.end))))) {
    let k = j;
    while (k > i && !ctx.regionNames.has(lookupKeyOf(text.slice(tokens[i]!.start, tokens[k]!.end)))) k--;
    // Unknown and running on into more capitals after a title: most likely a one-word place and a name.
    if (k > i || !closed || j - i >= 2) j = k;
  }
  const surface = text.slice(tokens[i]!.start, tokens[j]!.end);
  return { first: i, last: j, surface, full: surface };
}

const lookupKeyOf = (s: string): string => s.toLowerCase();

/** Region names written after a prefix and closed by punctuation or a lower-case word. */
export function collectRegionNames(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!REGION_PREFIX_SET.match(tokens, i, text) && !LOCAL_GOV.match(tokens, i, text)) continue;
    const m = REGION_PREFIX_SET.match(tokens, i, text) ?? LOCAL_GOV.match(tokens, i, text)!;
    // "Wali Kota Pontianak Ani Sofian": the prefix belongs to a title, a name may follow.
    if (i > 0 && TITLE_HEADS.match(tokens, i - 1, text) && TITLE_HEADS.match(tokens, i - 1, text)!.last >= i) continue;
    let j = m.last + 1;
    if (!tokens[j]?.cap || tokenGap(ctx, m.last) !== ' ') continue;
    while (j + 1 < tokens.length && j - m.last < 3 && tokenGap(ctx, j) === ' ' && tokens[j + 1]!.cap) j++;
    const after = tokens[j + 1];
    // Two words, or three when the last is a direction ("Penajam Paser Utara").
    const n = j - m.last;
    if (n >= 3 || (n === 2 && !DIRECTIONS.test(tokens[j]!.text))) continue;
    if (!after || tokenGap(ctx, j) !== ' ' || !after.cap) ctx.regionNames.add(lookupKeyOf(text.slice(tokens[m.last + 1]!.start, tokens[j]!.end)));
  }
}

/** Skips a parenthesized short form right after token i ("Pemerintah Kota (Pemkot) Surabaya"). */
function skipParenthetical(ctx: ScanContext, i: number): number {
  if (!/^\s*\($/.test(tokenGap(ctx, i))) return i + 1;
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 4); k++) if (/^\)\s/.test(tokenGap(ctx, k))) return k + 1;
  return i + 1;
}

export function findLocalGovernments(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap || !isFree(ctx, i, i)) continue;
    const m = LOCAL_GOV.match(tokens, i, text);
    const category = m?.value.category;
    const long = m?.value.long;
    const next = m ? skipParenthetical(ctx, m.last) : i + 1;
    // "Pemerintah Australia": a national government.
    // "Pemerintah Australia", "Pemerintah Republik Indonesia": annotators treat a national
    // government as its country, so it becomes a mention of the country.
    if (!m && (tokens[i]!.lower === 'pemerintah' || tokens[i]!.lower === 'government') && tokens[i + 1] && /^ $/.test(tokenGap(ctx, i))) {
      const r = readRegionName(ctx, i + 1);
      const e = r?.entry;
      if (!r || e?.kind !== 'country' || !isFree(ctx, r.first, r.last)) continue;
      addCandidate(ctx, { kind: 'place', start: tokens[i]!.start, end: tokens[r.last]!.end, canonical: e.name, key: e.key, country: e.country, strength: 0.9, source: 'national-gov' }, i, r.last);
      i = r.last;
      continue;
    }
    if (!category || !long || next >= tokens.length) continue;
    const region = readRegionName(ctx, next);
    if (!region || !isFree(ctx, region.first, region.last)) continue;
    const canonical = `${long} ${region.full}`;
    const cityCountry = region.entry ? undefined : lookupCity(region.surface);
    const where = region.entry ? { country: region.entry.country, subdivision: region.entry.subdivision } : cityCountry ? { country: cityCountry } : {};
    addCandidate(ctx, { kind: 'organization', start: tokens[i]!.start, end: tokens[region.last]!.end, canonical, key: orgKey(canonical), category, strength: 0.95, source: 'local-gov', ...where }, i, region.last);
    i = region.last;
  }
}

/** "Provinsi X", "Prefektur X", "Kabupaten X", "X-do": places, foreign ones included. */
export function findRegionPlaces(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isFree(ctx, i, i)) continue;
    const p = REGION_PREFIX_SET.match(tokens, i, text);
    if (p && tokens[i]!.cap && p.last + 1 < tokens.length && /^ $/.test(tokenGap(ctx, p.last))) {
      const region = readRegionName(ctx, p.last + 1);
      if (!region || !isFree(ctx, region.first, region.last)) continue;
      const entry = region.entry;
      const suffixCountry = /-do$/.test(region.surface) ? 'KR' : undefined;
      const key = entry ? entry.key : `place:${p.value.level}:${region.full.toLowerCase()}`;
      const canonical = entry ? entry.name : `${p.value.prefix} ${region.full}`;
      addCandidate(ctx, { kind: 'place', start: tokens[i]!.start, end: tokens[region.last]!.end, canonical, key, country: entry?.country ?? suffixCountry ?? p.value.country, subdivision: entry?.subdivision, strength: entry ? 0.9 : 0.7, source: `region:${p.value.level}` }, i, region.last);
      i = region.last;
      continue;
    }
    // Korean provinces written without a prefix: "Chungcheongbuk-do", "Gyeonggi-do".
    const t = tokens[i]!;
    if (t.cap && tokens[i + 1]?.text === 'do' && tokenGap(ctx, i) === '-') {
      const canonical = `Provinsi ${t.text}-do`;
      addCandidate(ctx, { kind: 'place', start: t.start, end: tokens[i + 1]!.end, canonical, key: `place:province:${t.text.toLowerCase()}-do`, country: 'KR', strength: 0.8, source: 'region:do' }, i, i + 1);
      i++;
    }
  }
}

/**
 * Cities named with the country or province they lie in: "Hualien di Taiwan", "Weihai di
 * Provinsi Shandong, Tiongkok", "Gochang County di Korea Selatan", "Singkawang di Kalimantan
 * Barat". They become places; only those acting as parties are kept in the end.
 */
export function findCitiesNamedWithPlace(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A capitalized word before is part of the same name, unless a comma ends a list item there
    // ("Hualien di Taiwan, Weihai di Provinsi Shandong").
    if (!t.cap || t.upper || ctx.owner[i] !== -1 || /^\d/.test(t.text) || (tokens[i - 1]!.cap && !/^, $/.test(tokenGap(ctx, i - 1))) || tokens[i - 1]!.sentence !== t.sentence) continue;
    if (TITLE_HEADS.match(tokens, i, text) || ORG_HEAD_SET.match(tokens, i, text) || REGION_PREFIX_SET.match(tokens, i, text) || LOCAL_GOV.match(tokens, i, text)) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 2 && tokenGap(ctx, j) === ' ' && tokens[j + 1]!.cap && ctx.owner[j + 1] === -1 && !tokens[j + 1]!.upper) j++;
    if (tokenGap(ctx, j) !== ' ' || !/^(?:di|in)$/.test(tokens[j + 1]?.lower ?? '') || tokenGap(ctx, j + 1) !== ' ') continue;
    const o = ctx.owner[j + 2] ?? -1;
    const where = o === -1 ? undefined : ctx.candidates[o]!;
    if (!where || where.kind !== 'place' || where.start !== tokens[j + 2]!.start) continue;
    // The country: the place's own, else the country written after it ("Provinsi Shandong, Tiongkok").
    let country = where.country;
    const after = ctx.owner[tokenIndexAfter(ctx, where.end)] ?? -1;
    if (!country && after !== -1 && /^, $/.test(text.slice(where.end, ctx.candidates[after]!.start))) country = ctx.candidates[after]!.country;
    if (!country) continue;
    const name = text.slice(t.start, tokens[j]!.end);
    // Words of a person's name or of an office are not a city ("Rapat Kerja di Jakarta").
    if (lookupAny(name) || ctx.lowerWords.has(t.lower)) continue;
    addCandidate(ctx, { kind: 'place', start: t.start, end: tokens[j]!.end, canonical: name, key: `place:city:${name.toLowerCase()}`, country: country.slice(0, 2), strength: 0.6, source: 'region:city' }, i, j);
    i = j;
  }
}

function tokenIndexAfter(ctx: ScanContext, offset: number): number {
  let k = 0;
  while (k < ctx.tokens.length && ctx.tokens[k]!.start < offset) k++;
  return k;
}

const REGION_PREFIX_SET = new PhraseSet(
  REGION_PREFIXES.map((r) => {
    const [level, prefix, country] = r.split('|');
    return [prefix!, { level: level!, prefix: prefix!, country: country || undefined }] as const;
  }),
);
