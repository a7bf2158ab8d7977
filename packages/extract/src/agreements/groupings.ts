/**
 * Groupings of countries: "Indonesia-Malaysia-Thailand Growth Triangle (IMT-GT)", "Brunei
 * Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area (BIMP-EAGA)". Their names list
 * their members; a cooperation "under IMT-GT" is one between those countries, so the grouping
 * as a party stands for its member countries.
 */
import type { Actor } from '@coopnews/schema';
import { lookupCountry } from '../actors/gazetteer.ts';
import type { ActorsResult, Article } from '../types.ts';
import { splitSentences } from './sentences.ts';

const MIN_MEMBERS = 3;

interface Member {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The member as the grouping's name writes it ("Philippines"). */
  surface: string;
  /** The gazetteer's canonical (Indonesian) name ("Filipina"). */
  canonical: string;
}

/** The country among the first words (last piece of the chain) or the last words (first piece). */
function countryIn(piece: string, fromStart: boolean): Member | undefined {
  const words = piece.trim().split(/\s+/);
  for (let n = Math.min(words.length, 3); n >= 1; n--) {
    const surface = (fromStart ? words.slice(0, n) : words.slice(-n)).join(' ');
    const entry = lookupCountry(surface);
    if (entry?.country) return { code: entry.country, surface, canonical: entry.name };
  }
  return undefined;
}

/** Member countries named by a hyphenated chain of three or more countries, else undefined. */
export function groupingMembers(name: string): Member[] | undefined {
  const pieces = name.split('-');
  if (pieces.length < MIN_MEMBERS) return undefined;
  const members: Member[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const inner = i > 0 && i < pieces.length - 1;
    const m = inner ? lookupCountry(piece.trim()) : undefined;
    const found = inner ? (m?.country ? { code: m.country, surface: piece.trim(), canonical: m.name } : undefined) : countryIn(piece, i > 0);
    if (!found) return undefined;
    if (!members.some((x) => x.code === found.code)) members.push(found);
  }
  return members.length >= MIN_MEMBERS ? members : undefined;
}

/** The place is the country itself, not one of its provinces or cities. */
const isCountry = (a: Actor, code: string): boolean => a.kind === 'place' && a.country === code && lookupCountry(a.name)?.country === code;

const nextId = (actors: readonly Actor[]): number => {
  let max = 0;
  for (const a of actors) {
    const n = Number(/(\d+)$/.exec(a.id)?.[1]);
    if (n > max) max = n;
  }
  return max + 1;
};

/**
 * Adds a place actor for every member country of a grouping the text names that is not an actor
 * yet ("Indonesia" in "Indonesia-Malaysia-Thailand Growth Triangle"). English texts name the
 * member as the grouping writes it, Indonesian ones by the gazetteer's Indonesian name.
 */
export function addGroupingMembers(article: Article, found: ActorsResult): ActorsResult {
  const added: Actor[] = [];
  let id = nextId(found.actors);
  let sentences: ReturnType<typeof splitSentences> | undefined;
  for (const g of found.actors) {
    if (g.kind !== 'organization') continue;
    const members = groupingMembers(g.name);
    if (!members) continue;
    const first = found.mentions.find((m) => m.actorId === g.id);
    if (!first) continue;
    sentences ??= splitSentences(article.text);
    const s = sentences.find((x) => x.start <= first.start && first.end <= x.end);
    const evidence = s ? [{ quote: s.text, start: s.start, end: s.end }] : [];
    for (const m of members) {
      if ([...found.actors, ...added].some((a) => isCountry(a, m.code))) continue;
      const name = article.language === 'en' ? m.surface : m.canonical;
      added.push({ id: `actor-${id++}`, kind: 'place', name, aliases: [], country: m.code, confidence: 0.8, evidence });
    }
  }
  return added.length === 0 ? found : { actors: [...found.actors, ...added], mentions: found.mentions };
}

/** Grouping actor id -> its member countries' place actor ids (each found or added). */
export function groupingIndex(actors: readonly Actor[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of actors) {
    if (g.kind !== 'organization') continue;
    const members = groupingMembers(g.name);
    if (!members) continue;
    const ids = members.map((m) => actors.find((a) => isCountry(a, m.code))?.id).filter((x): x is string => x !== undefined);
    if (ids.length >= MIN_MEMBERS) out.set(g.id, ids);
  }
  return out;
}
