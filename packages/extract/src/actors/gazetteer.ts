/**
 * Lookups over the gazetteers in ../data: countries, Indonesian provinces and well-known
 * organizations. Built once at module load.
 */
import type { OrgCategory } from '@coopnews/schema';
import { COUNTRY_ROWS } from '../data/countries.ts';
import { PROVINCE_ROWS } from '../data/provinces.ts';
import { ORGANIZATION_ROWS } from '../data/organizations.ts';
import { CITY_ROWS } from '../data/cities.ts';
import { indonesianAreasNamed } from '../data/indonesian-areas.ts';
import type { Token } from './tokens.ts';

export type GazetteerKind = 'country' | 'province' | 'organization';

export interface GazetteerEntry {
  key: string;
  kind: GazetteerKind;
  /** Canonical name. */
  name: string;
  /** Every known surface form, canonical name included. */
  names: string[];
  /** ISO 3166-1 alpha-2 of the country (ID for a province). */
  country?: string;
  /** ISO 3166-2 code of an Indonesian province. */
  subdivision?: string;
  category?: OrgCategory;
  /** Short forms written "?PKS": taken only when the text holds the entry's context word. */
  ambiguous: Set<string>;
  /** Short forms that must be written exactly so (AS, RI), by lookup key. */
  exactCase: Map<string, string>;
  /** What the text must hold for an ambiguous short form: "partai" for parties, else the full name. */
  contextWord: string;
}

export interface GazetteerHit {
  entry: GazetteerEntry;
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Lower-cased, apostrophes unified, runs of white space collapsed. */
const NEEDS_CLEANING = /[’‘\t\n\r]| {2}|^ | $/;
export function lookupKey(s: string): string {
  const low = s.toLowerCase();
  return NEEDS_CLEANING.test(low) ? low.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim() : low;
}

// Short forms with two or more capitals (AS, RI, KBRI, MenKopUKM) must match case exactly:
// "as" is an English word and "ri" a syllable.
const needsExactCase = (s: string): boolean => (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && s.length <= 12 && !/\s/.test(s);

const byKey = new Map<string, GazetteerEntry[]>();
const firstWordMaxLen = new Map<string, number>();
const entries: GazetteerEntry[] = [];

function add(raw: Omit<GazetteerEntry, 'ambiguous' | 'contextWord' | 'exactCase'>): void {
  const ambiguous = new Set(raw.names.filter((n) => n.startsWith('?')).map((n) => lookupKey(n.slice(1))));
  const names = raw.names.map((n) => n.replace(/^\?/, ''));
  const exactCase = new Map(names.filter(needsExactCase).map((n) => [lookupKey(n), n] as const));
  // Parties are known by "partai" in the text; other entries by their full name.
  const contextWord = raw.category === 'other' ? lookupKey(raw.name).split(' ')[0]! : lookupKey(raw.name);
  const entry: GazetteerEntry = { ...raw, names, ambiguous, exactCase, contextWord };
  entries.push(entry);
  for (const n of entry.names) {
    const k = lookupKey(n);
    const list = byKey.get(k) ?? [];
    if (!list.includes(entry)) list.push(entry);
    byKey.set(k, list);
    // Length in tokens as the tokenizer will cut the name (hyphens and dots split words).
    const words = k.match(/[\p{L}\p{N}]+(?:['’](?![s]\b)[\p{L}]+)*/gu) ?? [k];
    const first = words[0]!;
    firstWordMaxLen.set(first, Math.max(firstWordMaxLen.get(first) ?? 0, words.length));
  }
}

for (const row of COUNTRY_ROWS) {
  const [code, ...names] = row.split('|');
  add({ key: `country:${code}`, kind: 'country', name: names[0]!, names, country: code! });
}
for (const row of PROVINCE_ROWS) {
  const [code, ...names] = row.split('|');
  add({ key: `province:${code}`, kind: 'province', name: names[0]!, names, country: 'ID', subdivision: code! });
}
for (const row of ORGANIZATION_ROWS) {
  const [category, ...names] = row.split('|');
  add({ key: `org:${lookupKey(names[0]!)}`, kind: 'organization', name: names[0]!, names, category: category as OrgCategory });
}

function pick(surface: string, kind?: GazetteerKind, context?: string): GazetteerEntry | undefined {
  const key = lookupKey(surface);
  const list = byKey.get(key);
  if (!list) return undefined;
  for (const e of list) {
    if (kind && e.kind !== kind) continue;
    if (e.ambiguous.has(key) && !(context ?? '').includes(e.contextWord)) continue;
    const exact = e.exactCase.get(key);
    if (exact && exact !== surface.trim()) continue;
    return e;
  }
  return undefined;
}

/** Country by any Indonesian or English name or short form ("Korsel" -> KR). */
export function lookupCountry(name: string): GazetteerEntry | undefined {
  return pick(name, 'country');
}

/** Indonesian province by name or abbreviation ("Jateng" -> ID-JT). */
export function lookupProvince(name: string): GazetteerEntry | undefined {
  return pick(name, 'province');
}

/** Well-known organization by name, acronym or English name ("Kemenperin"). */
export function lookupOrganization(name: string): GazetteerEntry | undefined {
  return pick(name, 'organization');
}

/** Any gazetteer entry for a surface form. */
export function lookupAny(name: string): GazetteerEntry | undefined {
  return pick(name);
}

/** Every entry of a kind, for tests and for callers that build their own indexes. */
export function gazetteerEntries(kind?: GazetteerKind): readonly GazetteerEntry[] {
  return kind ? entries.filter((e) => e.kind === kind) : entries;
}

const cities = new Map<string, string>();
for (const row of CITY_ROWS) {
  const [code, ...names] = row.split('|');
  for (const n of names) cities.set(lookupKey(n), code!);
}
/** Country code of a well-known city ("Canberra" -> AU); cities are not actors by themselves. */
export function lookupCity(name: string): string | undefined {
  const key = lookupKey(name);
  return cities.get(key) ?? (indonesianAreasNamed(key).length > 0 ? 'ID' : undefined);
}

/** Whether a lower-cased word occurs in any gazetteer name (names, not role words). */
const gazetteerWords = new Set<string>();
for (const e of entries) for (const n of e.names) for (const w of n.toLowerCase().split(/[\s,()/-]+/)) if (w) gazetteerWords.add(w);
export function isGazetteerWord(lower: string): boolean {
  return gazetteerWords.has(lower);
}

/** Words of multi-word organization names ("Milik" of "Badan Usaha Milik Negara"). */
const orgNameWords = new Set<string>();
for (const e of entries) {
  // Public bodies only: company names hold people's names ("Adhi Karya", "Sinar Mas").
  if (e.kind !== 'organization' || e.category === 'company' || e.category === 'state_company' || e.category === 'university' || e.category === 'other') continue;
  for (const n of e.names) {
    const words = n.toLowerCase().split(/[\s,()/]+/).filter(Boolean);
    if (words.length >= 3) for (const w of words) if (w.length > 2) orgNameWords.add(w);
  }
}
export function isOrgNameWord(lower: string): boolean {
  return orgNameWords.has(lower);
}

/**
 * Longest gazetteer matches over the tokens, left to right, without overlaps. A match must
 * start with a capital (or be written as in the gazetteer when the form is case-exact).
 */
export function matchGazetteer(text: string, tokens: Token[]): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  const lowerText = text.toLowerCase();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    const maxLen = firstWordMaxLen.get(t.lower);
    if (!maxLen) continue;
    for (let j = Math.min(tokens.length - 1, i + maxLen); j >= i; j--) {
      const surface = text.slice(t.start, tokens[j]!.end);
      if (surface.includes('\n')) continue;
      const entry = pick(surface, undefined, lowerText);
      if (!entry) continue;
      hits.push({ entry, first: i, last: j, start: t.start, end: tokens[j]!.end });
      i = j;
      break;
    }
  }
  return hits;
}
