/**
 * How much a place acts as a party rather than a setting: cooperation words in its sentences,
 * pairs such as "Jateng-Korsel" or "antara Indonesia dan Vietnam", "delegasi X", "pemerintah X".
 */
import type { ScanContext, Candidate } from './context.ts';
import { PARTY_CUES } from '../data/party-cues.ts';

const CUE = new RegExp(`(?:${PARTY_CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
const BEFORE = /(?:delegasi|pemerintah|government of|delegation|antara|between|negara|kerja ?sama(?: dengan)?|bekerja sama dengan|with|dengan)\s+$/i;

/** The sentence holding an offset (binary search; sentences are in order). */
export function sentenceAt<T extends { start: number; end: number }>(sentences: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function partyScore(ctx: ScanContext, mentions: Candidate[]): number {
  const { text, sentences } = ctx;
  let cue = 0;
  let pair = 0;
  let direct = 0;
  let counted = 0;
  const cueOf = new Map<number, boolean>();
  for (const m of mentions) {
    if (m.inRole) continue;
    counted++;
    const s = sentenceAt(sentences, m.start);
    if (s) {
      let hit = cueOf.get(s.start);
      if (hit === undefined) cueOf.set(s.start, (hit = CUE.test(text.slice(s.start, s.end))));
      if (hit) cue++;
    }
    const left = text.slice(Math.max(0, m.start - 40), m.start);
    const right = text.slice(m.end, m.end + 30);
    if (/^-\p{Lu}/u.test(right) || /\p{L}-$/u.test(left) || /^\s+(?:dan|and|&)\s+\p{Lu}/u.test(right) && /(?:antara|between)\s+$/i.test(left)) pair++;
    if (BEFORE.test(left)) direct++;
  }
  if (counted === 0) return 0.05;
  const score = 0.15 + 0.35 * Math.min(1, cue / 2) + 0.25 * Math.min(1, pair) + 0.2 * Math.min(1, direct) + 0.05 * Math.min(1, counted / 3);
  return Math.round(Math.min(1, score) * 100) / 100;
}
