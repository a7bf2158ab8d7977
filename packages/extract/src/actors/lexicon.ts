/** Phrase matchers over tokens for the word lists in ../data (built once at load). */
import { DEGREES, NOT_NAMES, RANKS, CREDIT_LABELS, ENGLISH_TITLE_HEADS, LOWER_TITLE_HEADS, HONORIFICS, NAME_PARTICLES, PERSON_TITLE_HEADS, ROLE_WORDS, SPEECH_VERBS_AFTER_NAME, SPEECH_VERBS_BEFORE_NAME } from '../data/titles.ts';
import { LOCAL_GOVERNMENT_FORMS, ORG_HEADS } from '../data/org-patterns.ts';
import type { OrgCategory } from '@coopnews/schema';
import type { Token } from './tokens.ts';

/** A set of multi-word phrases matched token by token (case-insensitive), longest first. */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  constructor(entries: readonly (readonly [string, V])[]) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/[\s-]+/).map((w) => w.replace(/\.$/, ''));
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0]!, list);
    }
  }

  /** The longest phrase starting at token i: its last token index and value. */
  match(tokens: Token[], i: number, text: string): { last: number; value: V } | undefined {
    const list = this.byFirst.get(tokens[i]?.lower ?? '');
    if (!list) return undefined;
    for (const { words, value } of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k]!;
        ok = t.lower === words[k] && /^[\s.-]*$/.test(text.slice(tokens[i + k - 1]!.end, t.start));
      }
      if (ok) return { last: i + words.length - 1, value };
    }
    return undefined;
  }
}

const pairs = (rows: readonly string[]): [string, string][] =>
  rows.map((r) => {
    const bar = r.indexOf('|');
    return [r.slice(bar + 1), r.slice(0, bar)];
  });

export const TITLE_HEADS = new PhraseSet(PERSON_TITLE_HEADS.map((t) => [t, true] as const));
export const ORG_HEAD_SET = new PhraseSet(pairs(ORG_HEADS).map(([h, c]) => [h, c as OrgCategory] as const));
export const LOCAL_GOV = new PhraseSet(
  LOCAL_GOVERNMENT_FORMS.map((r) => {
    const [cat, short, long] = r.split('|');
    return [short!, { category: cat as OrgCategory, long: long! }] as const;
  }),
);
export const ENGLISH_TITLES = new PhraseSet(ENGLISH_TITLE_HEADS.map((t) => [t, true] as const));
export const LOWER_TITLES = new PhraseSet(LOWER_TITLE_HEADS.map((t) => [t, true] as const));
export const HONORIFIC_SET = new PhraseSet(HONORIFICS.map((h) => [h, true] as const));
export const SPEECH_BEFORE = new PhraseSet(SPEECH_VERBS_BEFORE_NAME.map((h) => [h, true] as const));
export const SPEECH_AFTER = new Set(SPEECH_VERBS_AFTER_NAME);
export const CREDITS = new PhraseSet(CREDIT_LABELS.map((h) => [h, true] as const));
export const PARTICLES = new Set(NAME_PARTICLES);
/** Degrees after a name, compared without dots ("M.Si" -> "MSi"). */
export const DEGREE_SET = new Set(DEGREES.map((d) => d.toLowerCase()));

/** Police and military ranks ("Kombes Pol"): they open a person's name and end an organization's. */
export const RANK_WORDS = new Set(RANKS.map((r) => r.toLowerCase()).filter((r) => !/^(?:jenderal|polisi|tni)$/.test(r)));

const roleWords = new Set<string>(ROLE_WORDS);
for (const r of RANKS) roleWords.add(r.toLowerCase());
const notNames = new Set<string>(NOT_NAMES);
/** Days, months, pronouns, sentence openers: capitalized, never a name. */
export function isNotName(lower: string): boolean {
  return notNames.has(lower);
}
for (const h of [...PERSON_TITLE_HEADS, ...pairs(ORG_HEADS).map(([h]) => h)]) for (const w of h.toLowerCase().split(/\s+/)) roleWords.add(w.replace(/\.$/, ''));
export function isRoleWord(lower: string): boolean {
  return roleWords.has(lower);
}

/** Connectors that may join the words of a title or an organization's name. */
export const NAME_CONNECTORS = new Set(['dan', 'untuk', 'di', 'pada', 'of', 'and', 'for', 'the', 'on', 'in', 'serta', 'se', 'bidang', 'urusan']);
