/** Shared state of one article's actor scan: tokens, sentences, candidates and token claims. */
import type { ActorKind, OrgCategory } from '@coopnews/schema';
import { isNotName, isRoleWord } from './lexicon.ts';
import { isGazetteerWord, isOrgNameWord, lookupCity } from './gazetteer.ts';
import { findAcronymDefinitions, type AcronymDefinition } from './acronyms.ts';
import { isSentenceStart, splitSentences, tokenize, type Sentence, type Token } from './tokens.ts';

/** One mention found by a rule, before mentions are grouped into actors. */
export interface Candidate {
  kind: ActorKind;
  start: number;
  end: number;
  /** Canonical name when known (gazetteer or expansion); else the surface is the name. */
  canonical?: string;
  /** Grouping key; candidates with equal keys are one actor. */
  key: string;
  category?: OrgCategory;
  country?: string;
  subdivision?: string;
  /** Persons: the title as written before or after the name. */
  role?: { start: number; end: number };
  /** How sure the rule is that this is a real entity (0..1). */
  strength: number;
  /** Rule that made it, for debugging and for the party score of places. */
  source: string;
  /** Mentions inside a person's title ("Gubernur Jawa Tengah") are not party cues. */
  inRole?: boolean;
  /** Persons: the role is an office written after the name ("..., yang menjabat Sekretaris ..."). */
  officeAfter?: boolean;
  /** Swallowed by a longer name ("Provinsi Jawa Tengah" inside "Dinas ... Provinsi Jawa Tengah"). */
  dead?: boolean;
}

export interface ScanContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Words written in lower case somewhere mid-sentence: common words, not names. */
  lowerWords: Set<string>;
  candidates: Candidate[];
  /** For each token, the index of the candidate that owns it (or -1). */
  owner: Int32Array;
  /** Tokens inside the long form of an acronym definition: parts of a name, not of a person's. */
  inDefinition: Uint8Array;
  /** Acronym definitions of the text, computed once. */
  acronyms: AcronymDefinition[];
  /** Region names the text writes on their own ("Provinsi Khanh Hoa,"), lower-cased. */
  regionNames: Set<string>;
}

export function createContext(text: string): ScanContext {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.lower);
  // Short forms defined in the text ("Politeknik Negeri Bengkalis (Polbeng)") are not name words.
  const acronyms = findAcronymDefinitions(text);
  for (const d of acronyms) for (const w of d.short.split(/\s+/)) lowerWords.add(w.toLowerCase());
  return { text, tokens, sentences, lowerWords, candidates: [], owner: new Int32Array(tokens.length).fill(-1), regionNames: new Set(), acronyms, inDefinition: definitionTokens(tokens, acronyms) };
}

function definitionTokens(tokens: Token[], defs0: AcronymDefinition[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  // "Joko Widodo (Jokowi)" defines a nickname, not an institution: only names with an
  // institutional word mark their words.
  const defs = defs0.filter((d) => d.long.toLowerCase().split(/[\s,]+/).some((w) => isRoleWord(w)));
  if (defs.length === 0) return out;
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (d < defs.length && defs[d]!.longEnd <= t.start) d++;
    if (d < defs.length && t.start >= defs[d]!.longStart && t.end <= defs[d]!.longEnd) out[i] = 1;
  }
  return out;
}

/** Adds a candidate and claims its tokens; returns its index. */
export function addCandidate(ctx: ScanContext, c: Candidate, first: number, last: number): number {
  const idx = ctx.candidates.length;
  ctx.candidates.push(c);
  for (let k = first; k <= last; k++) if (ctx.owner[k] === -1) ctx.owner[k] = idx;
  return idx;
}

export function isFree(ctx: ScanContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ctx.owner[k] !== -1) return false;
  return true;
}

/** A capitalized word that is a common or institutional word rather than part of a name. */
export function isCommonWord(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (ctx.inDefinition[i]) return true;
  if (isRoleWord(t.lower)) return true;
  if (ctx.lowerWords.has(t.lower)) return true;
  if (lookupCity(t.text)) return true;
  return isOrgNameWord(t.lower);
}

const NOUN_SHAPE = /^(?:ke|pe|per|pen|pem|peng|peny)\p{L}{3,}an$/u;
const VERB_SHAPE = /^\p{L}{3,}kan$|^(?:meng|meny)\p{L}{3,}$/u;

/** Could be a word of a person's name: capitalized, not a common word, not an acronym. */
export function isNameWord(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.cap || /^\d/.test(t.text) || isNotName(t.lower)) return false;
  // Headline verbs ("Resmikan", "Menggandeng"): Indonesian verb shapes that names do not take.
  if (VERB_SHAPE.test(t.lower)) return false;
  // Nouns made with ke-/pe-/per- ... -an ("Kearsipan", "Perpustakaan", "Peternakan") name offices, not people.
  if (NOUN_SHAPE.test(t.lower)) return false;
  if (isCommonWord(ctx, i)) return false;
  if (t.upper && t.text.length > 1 && !(i > 0 && ctx.tokens[i - 1]!.cap && !ctx.tokens[i - 1]!.upper)) return false;
  if (isGazetteerWord(t.lower) && !isSentenceStart(ctx.tokens, i) && t.text.length > 3 && ctx.owner[i] !== -1) return false;
  return true;
}

/** "I Gusti ...", "Ni Luh ...": a Balinese name starts at token i (not a roman numeral of a title). */
export function balineseNameAt(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || tokenGap(ctx, i) !== ' ') return false;
  // "Anak Agung Oka", "Ida Bagus Alit": a caste title of two words opens the name.
  if (/^(?:Anak|Ida|Cokorda|Tjokorda)$/.test(t.text) && /^(?:Agung|Bagus|Ayu|Gde|Gede|Istri)$/.test(ctx.tokens[i + 1]?.text ?? '')) return !!ctx.tokens[i + 2]?.cap;
  if (!/^(?:I|Ni)$/.test(t.text)) return false;
  return isNameWord(ctx, i + 1) && tokenGap(ctx, i + 1) === ' ' && !!ctx.tokens[i + 2]?.cap;
}

/** Index of the first token starting at or after an offset (binary search), or -1. */
export function tokenIndexAt(ctx: ScanContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

export function tokenGap(ctx: ScanContext, i: number): string {
  return ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i + 1]?.start ?? ctx.text.length);
}

/** "Rostov-on-Don", "Stratford-upon-Avon": a lower-case link (token j + 1) inside a hyphenated place name. */
export function hyphenLink(ctx: ScanContext, j: number): boolean {
  const t = ctx.tokens[j + 1];
  return !!t && !t.cap && t.text.length <= 4 && tokenGap(ctx, j) === '-' && tokenGap(ctx, j + 1) === '-' && !!ctx.tokens[j + 2]?.cap;
}

export const orgKey = (s: string): string => `org:${s.toLowerCase().replace(/\s+/g, ' ')}`;
export type { OrgCategory };
