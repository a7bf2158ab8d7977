/**
 * Organizations and gazetteer places: gazetteer matches, names opened by an organization head
 * ("Dinas Perdagangan Kota Surabaya"), companies, and branches named by a place ("Kadin Jatim").
 */
import { addCandidate, isFree, orgKey, tokenGap, type Candidate, type ScanContext } from './context.ts';
import { matchGazetteer, lookupAny, lookupCity, lookupKey, type GazetteerEntry } from './gazetteer.ts';
import { HONORIFIC_SET, LOCAL_GOV, NAME_CONNECTORS, ORG_HEAD_SET, RANK_WORDS, TITLE_HEADS, isRoleWord } from './lexicon.ts';
import { readRegionName } from './regions.ts';
import { COMPANY_SUFFIXES, NON_ORG_ACRONYMS } from '../data/org-patterns.ts';

// "Koperasi dan UKM", "Koperasi dan Usaha Mikro": the sector of a portfolio, not a cooperative.
const SECTOR_ONLY = /^Koperasi(?:,? (?:dan|Usaha|Mikro|Kecil|Menengah|UKM|UMKM|Kecil,|Mikro,))+$/;
const WEAK_HEADS = new Set(['association', 'company', 'other', 'ngo', 'university']);
const SUFFIXES = new Set(COMPANY_SUFFIXES.map((s) => s.toLowerCase().replace(/[.()]/g, '')));

// Branch offices take the place they serve: KBRI Hanoi, KJRI Kuching, Kadin Jatim, BPS Jateng.
const BRANCH_TAKES_ANY_PLACE = new Set(['embassy']);

function placeCandidate(entry: GazetteerEntry, start: number, end: number): Candidate {
  return { kind: 'place', start, end, canonical: entry.name, key: entry.key, country: entry.country, subdivision: entry.subdivision, strength: 0.9, source: `gazetteer:${entry.kind}` };
}

/** Gazetteer places and organizations; organizations followed by a place become branches. */
export function findGazetteerActors(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  // A short form the text defines otherwise ("Perjanjian Kerja Sama (PKS)") is not the gazetteer's.
  const defined = new Map<string, string>();
  for (const d of ctx.acronyms) defined.set(d.short, lookupKey(d.long));
  // "savings and loan cooperatives (KSP)": a short form defined by lower-case words.
  for (const m of text.matchAll(/(\p{Ll}+ \p{Ll}+(?: \p{Ll}+){0,3}) \(([\p{Lu}][\p{L}\d-]{1,12})\)/gu)) {
    if (!defined.has(m[2]!) && !/^(?:bank|badan|kementerian)\b/.test(m[1]!)) defined.set(m[2]!, '');
  }
  for (const hit of matchGazetteer(text, tokens)) {
    if (!isFree(ctx, hit.first, hit.last)) continue;
    const e = hit.entry;
    const surface = text.slice(hit.start, hit.end);
    const own = defined.get(surface);
    if (own !== undefined && !e.names.some((n) => lookupKey(n) === own)) continue;
    if (e.kind !== 'organization') {
      // "dolar AS", "US$": a currency, not the country acting.
      if (/(?:dolar|dollar|USD|US\$)\s*$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start))) continue;
      addCandidate(ctx, placeCandidate(e, hit.start, hit.end), hit.first, hit.last);
      continue;
    }
    let last = hit.last;
    let canonical = e.name;
    // "Kadin Jatim", "KBRI Hanoi", "MES DKI Jakarta", "Kementerian Luar Negeri Vietnam".
    let after = last + 1;
    let gapOk = tokenGap(ctx, last) === ' ';
    // "Kamar Dagang Indonesia (Kadin) Jawa Timur": skip the short form in parentheses.
    if (/^ ?\($/.test(tokenGap(ctx, last)) && /^\) $/.test(tokenGap(ctx, after) ?? '')) {
      after += 1;
      gapOk = true;
    }
    if (after < tokens.length && gapOk && isFree(ctx, after, after)) {
      const r = readRegionName(ctx, after);
      const isPlace = r && (r.entry ? r.entry.kind !== 'organization' : BRANCH_TAKES_ANY_PLACE.has(e.category ?? '') || /^(KBRI|KJRI)$/.test(text.slice(hit.start, hit.end)));
      if (r && isPlace && isFree(ctx, r.first, r.last) && !(r.entry && lookupAny(text.slice(hit.start, tokens[r.last]!.end)))) {
        // "Kadin Indonesia" -> "Kadin Jawa Timur"; "Bank Indonesia" keeps its name.
        const national = e.category === 'chamber' || e.category === 'association';
        const base = national ? e.name.replace(/ Indonesia$/, '') : e.name;
        canonical = `${base} ${r.full}`;
        last = r.last;
      }
    }
    // "Ministry of Finance and Economy": a ministry whose portfolio runs on past the known name.
    const more = e.category === 'ministry' && last === hit.last ? portfolioAfter(ctx, last) : last;
    if (more > last) {
      last = more;
      canonical = text.slice(hit.start, tokens[last]!.end);
    }
    const end = tokens[last]!.end;
    addCandidate(ctx, { kind: 'organization', start: hit.start, end, canonical, key: orgKey(canonical), category: e.category, strength: 0.95, source: 'gazetteer:org' }, hit.first, last);
  }
}

/** "... and Economy": one or two more portfolio words after "and"/"dan", closed by punctuation or a lower-case word; else `last`. */
function portfolioAfter(ctx: ScanContext, last: number): number {
  const { tokens, text } = ctx;
  if (!/^(?:and|dan)$/.test(tokens[last + 1]?.lower ?? '') || tokenGap(ctx, last) !== ' ' || tokenGap(ctx, last + 1) !== ' ') return last;
  const word = (k: number): boolean => {
    const t = tokens[k];
    return !!t && t.cap && !t.upper && t.sentence === tokens[last]!.sentence && ctx.owner[k] === -1 && !lookupAny(t.text) && !ORG_HEAD_SET.match(tokens, k, text) && !TITLE_HEADS.match(tokens, k, text) && !LOCAL_GOV.match(tokens, k, text);
  };
  let j = last + 1;
  while (j - last < 3 && word(j + 1) && (j === last + 1 || tokenGap(ctx, j) === ' ')) j++;
  if (j === last + 1) return last;
  const n = tokens[j + 1];
  const closed = !n || /^\s*[.,;()]/.test(tokenGap(ctx, j)) || (tokenGap(ctx, j) === ' ' && !n.cap);
  return closed ? j : last;
}

function ownedPlace(ctx: ScanContext, i: number): boolean {
  const o = ctx.owner[i];
  return o !== undefined && o !== -1 && ctx.candidates[o]!.kind === 'place';
}

function startsOrg(ctx: ScanContext, i: number): boolean {
  const { tokens, text } = ctx;
  return !!(ORG_HEAD_SET.match(tokens, i, text) || LOCAL_GOV.match(tokens, i, text) || TITLE_HEADS.match(tokens, i, text) || ctx.owner[i] !== -1);
}

/**
 * Names opened by an organization head: capitalized words, digits, connectors between
 * capitalized words, an inner parenthesized short form, enumerations "A, B, dan C".
 */
export function readOrgRun(ctx: ScanContext, i: number, stopAtOwned: boolean): { last: number; inner?: [number, number] } {
  const { tokens } = ctx;
  let j = i;
  let inner: [number, number] | undefined;
  const head = ORG_HEAD_SET.match(tokens, i, ctx.text);
  if (head) j = head.last;
  for (;;) {
    const g = tokenGap(ctx, j);
    const n = j + 1;
    const t = tokens[n];
    if (!t || t.sentence !== tokens[j]!.sentence) break;
    if (stopAtOwned && ctx.owner[n] !== -1 && ctx.candidates[ctx.owner[n]!]!.kind === 'person') break;
    if (g === ' ' || g === '-' || g === ' & ' || g === '/') {
      // "PT Agrosid Manunggal Sentosa/PT Primasid Andalan Utama": two companies.
      if (g === '/' && ORG_HEAD_SET.match(tokens, n, ctx.text)) break;
      if (t.cap || /^\d/.test(t.text)) {
        if (g === ' ' && ((TITLE_HEADS.match(tokens, n, ctx.text) && !isRoleWord(t.lower)) || RANK_WORDS.has(t.lower))) break;
        // "Majlis Halal Malaysia Ustaz Marzuki": an honorific opens a person's name.
        if (HONORIFIC_SET.match(tokens, n, ctx.text) && t.text.length > 2 && tokens[n + 1]?.cap) break;
        j = n;
        continue;
      }
      // "of the Republic of Indonesia": two connectors in a row.
      const m2 = t.lower === 'of' && tokens[n + 1]?.lower === 'the' && tokenGap(ctx, n) === ' ' ? n + 1 : n;
      const after = m2 + 1;
      // A consulate is named by its city ("Konsulat Malaysia di Pontianak"); an embassy by its country only.
      const consulate = /^(konsulat|consulate)/.test(tokens[i]!.lower);
      const placeAfter = (): boolean =>
        (ownedPlace(ctx, after) || !!readRegionName(ctx, after)?.entry || (consulate && (!!lookupCity(tokens[after]!.text) || !!lookupCity(`${tokens[after]!.text} ${tokens[after + 1]?.text ?? ''}`)))) &&
        (consulate || t.lower === 'untuk' || !ctx.candidates[ctx.owner[after]!]?.subdivision);
      if (NAME_CONNECTORS.has(t.lower) && tokens[after]?.cap && tokenGap(ctx, m2) === ' ' && (!startsOrg(ctx, after) || (ownedPlace(ctx, after) && t.lower !== 'dan')) && (t.lower !== 'di' && t.lower !== 'untuk' && t.lower !== 'in' ? true : placeAfter())) {
        j = after;
        continue;
      }
      break;
    }
    // Inner short form: "Dinas Perindustrian dan Perdagangan (Disperindag) Jawa Timur".
    if (/^ ?\($/.test(g) && t.cap && !inner) {
      let k = n;
      while (k < n + 3 && !/^\)/.test(tokenGap(ctx, k))) k++;
      const after = k + 1;
      const ownerAfter = ctx.owner[after] ?? -1;
      const okAfter = ownerAfter === -1 ? !TITLE_HEADS.match(tokens, after, ctx.text) && !LOCAL_GOV.match(tokens, after, ctx.text) : ctx.candidates[ownerAfter]!.kind !== 'person';
      if (/^\) $/.test(tokenGap(ctx, k)) && tokens[after]?.cap && okAfter && tokens[after]!.sentence === t.sentence) {
        inner = [n, k];
        j = k + 1;
        continue;
      }
      break;
    }
    // "..., dan Geofisika": the last item of an enumeration.
    if (g === ', ' && (t.lower === 'dan' || t.lower === 'and') && tokens[n + 1]?.cap && tokenGap(ctx, n) === ' ' && !startsOrg(ctx, n + 1) && !HONORIFIC_SET.match(tokens, n + 1, ctx.text)) {
      j = n + 1;
      continue;
    }
    // Enumerations inside a name: "Badan Meteorologi, Klimatologi, dan Geofisika".
    if (g === ', ' && t.cap && !startsOrg(ctx, n)) {
      let k = n;
      while (k < n + 8 && tokens[k + 1] && (/^(?: |, )$/.test(tokenGap(ctx, k)) && tokens[k + 1]!.cap) && ctx.owner[k + 1] === -1 && !TITLE_HEADS.match(tokens, k + 1, ctx.text)) k++;
      const gk = tokenGap(ctx, k);
      if ((gk === ' ' || gk === ', ') && tokens[k + 1]?.lower === 'dan' && tokens[k + 2]?.cap) {
        j = k;
        continue;
      }
    }
    break;
  }
  // Company suffix after a comma or a parenthesis: "X Co., Ltd.", "PT Pertamina (Persero)".
  return { last: j, inner };
}

export function findOrgRuns(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || ctx.owner[i] !== -1) continue;
    const head = ORG_HEAD_SET.match(tokens, i, text);
    if (!head) continue;
    // "Rumah Dinas Gubernur", "Kantor Dinas": a building, not an organization's name.
    if (i > 0 && /^(rumah|kantor|gedung|ruang)$/.test(tokens[i - 1]!.lower)) continue;
    if (/^balai$/i.test(t.text) && /^(kota|desa|kabupaten)$/i.test(tokens[i + 1]?.text ?? '')) continue;
    // "Kepala Bidang Hubungan Masyarakat": a weak head after an office's word is part of the office.
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    if (WEAK_HEADS.has(head.value) && prev?.cap && tokenGap(ctx, i - 1) === ' ' && isRoleWord(prev.lower) && !TITLE_HEADS.match(tokens, i - 1, text) && !ORG_HEAD_SET.match(tokens, i - 1, text)) continue;
    // The head must be followed by a capitalized word to name something ("Badan Pusat", not "badan usaha").
    const nxt = tokens[head.last + 1];
    const viaConnector = nxt && NAME_CONNECTORS.has(nxt.lower) && (tokens[head.last + 2]?.cap || (tokens[head.last + 2]?.lower === 'the' && tokens[head.last + 3]?.cap));
    if (!nxt || !(nxt.cap || viaConnector || /^\(/.test(tokenGap(ctx, head.last).trim())) || nxt.sentence !== t.sentence) continue;
    // A title such as "Dewan Pembina" is not an organization's name.
    const title = TITLE_HEADS.match(tokens, i, text);
    if (title && title.last > head.last) continue;
    const { last, inner } = readOrgRun(ctx, i, true);
    if (last === head.last) continue;
    let end = tokens[last]!.end;
    const m = /^(\s*\((?:Persero|persero)\)|,? (?:Tbk|Co\., Ltd|Ltd|Inc|Corp)\.?)/.exec(text.slice(end));
    if (m) end += m[0].length;
    // Stop before an owned token and cut trailing connectors.
    // Places inside the name ("Dinas Perdagangan Provinsi Jawa Tengah") are absorbed; a person or
    // another organization ends it.
    let lastFree = last;
    const absorbed: number[] = [];
    for (let k = i; k <= last; k++) {
      const o = ctx.owner[k]!;
      if (o === -1 || (inner && k >= inner[0] && k <= inner[1])) continue;
      const c = ctx.candidates[o]!;
      const afterInner = inner !== undefined && k > inner[1];
      if ((c.kind === 'place' || (afterInner && c.kind === 'organization')) && c.end <= tokens[last]!.end) {
        absorbed.push(o);
        continue;
      }
      lastFree = k - 1;
      break;
    }
    if (lastFree <= head.last) continue;
    if (lastFree !== last) end = tokens[lastFree]!.end;
    const surface = text.slice(t.start, end);
    if (SECTOR_ONLY.test(surface)) continue;
    // "Masyarakat Indonesia", "Koperasi Jepang": a head and a place name a group of people, not a body.
    if (absorbed.length > 0 && absorbed.every((o) => ctx.candidates[o]!.start === tokens[head.last + 1]?.start) && lastFree <= head.last + 3 && WEAK_HEADS.has(head.value)) {
      const only = ctx.candidates[absorbed[0]!]!;
      if (only.end >= end) continue;
    }
    const canonical = inner ? (text.slice(t.start, tokens[inner[0]]!.start).replace(/\s*\($/, '') + ' ' + text.slice(tokens[inner[1] + 1]!.start, end)).replace(/\s+/g, ' ') : surface;
    const lastWord = tokens[lastFree]!.lower;
    const category = SUFFIXES.has(lastWord) || /^PT\b/.test(surface) ? 'company' : head.value;
    const idx = addCandidate(ctx, { kind: 'organization', start: t.start, end, canonical: canonical.trim(), key: orgKey(canonical.trim()), category, strength: 0.75, source: 'org-run' }, i, lastFree);
    for (const o of absorbed) {
      const c = ctx.candidates[o]!;
      if (c.end > end) continue;
      c.dead = true;
      for (let k = i; k <= lastFree; k++) if (ctx.owner[k] === o) ctx.owner[k] = idx;
    }
    i = lastFree;
  }
}

const NON_ORG = new Set(NON_ORG_ACRONYMS.map((a) => a.toLowerCase()));

/**
 * A short form in capitals before a province or country names that region's office:
 * "BPSDM Aceh", "BPBD PPU", "DPRD Jateng". Its definition in the text, if any, gives the name.
 */
export function findAcronymBranches(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  const defined = new Map(ctx.acronyms.map((d) => [d.short, d.long] as const));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.upper || t.text.length < 3 || ctx.owner[i] !== -1 || NON_ORG.has(t.lower) || tokenGap(ctx, i) !== ' ') continue;
    const o = ctx.owner[i + 1]!;
    const place = o === -1 ? undefined : ctx.candidates[o]!;
    if (!place || place.kind !== 'place' || place.start !== tokens[i + 1]!.start || !place.country) continue;
    let last = i + 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= place.end) last++;
    const long = defined.get(t.text) ?? t.text;
    const canonical = `${long} ${place.canonical ?? text.slice(place.start, place.end)}`;
    place.dead = true;
    for (let k = i + 1; k <= last; k++) ctx.owner[k] = -1;
    addCandidate(ctx, { kind: 'organization', start: t.start, end: place.end, canonical, key: orgKey(canonical), category: 'agency', strength: 0.7, source: 'acronym-branch' }, i, last);
    i = last;
  }
}
