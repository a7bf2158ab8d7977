/**
 * Organizations known by the company they keep: the members of an enumeration that names
 * organizations ("The seven are Semut Manajemen Indonesia (SMI), Parahyangan Catholic University,
 * APP Politeknik Jakarta, Karya Dua Perempuan and Riwani Globe") are organizations too, and a
 * name whose short form the text defines runs to the end of its long form ("National Metrology
 * Institute Thailand (NIMT)").
 */
import { addCandidate, orgKey, tokenGap, tokenIndexAt, type Candidate, type ScanContext } from './context.ts';
import { ORG_HEAD_SET, isNotName, isRoleWord } from './lexicon.ts';
import type { AcronymDefinition } from './acronyms.ts';
import { isSentenceStart } from './tokens.ts';
import { NON_ORG_ACRONYMS } from '../data/org-patterns.ts';

interface Item {
  first: number;
  /** Last token of the name itself. */
  core: number;
  /** Last token including a short form in parentheses. */
  last: number;
}

const LIST_WORDS = new Set(['dan', 'and', 'serta']);
const NON_ORG = new Set(NON_ORG_ACRONYMS.map((a) => a.toLowerCase()));
const EVENT_WORDS = new Set(['summit', 'vision', 'conference', 'konferensi', 'expo', 'festival', 'program', 'programme', 'initiative', 'framework', 'plan', 'roadmap', 'year', 'week', 'day', 'award', 'awards', 'agreement', 'declaration', 'meeting', 'pertemuan', 'dialogue', 'fair', 'forum', 'show', 'pameran']);
const MAX_ITEM = 10;

function ownerOf(ctx: ScanContext, i: number): Candidate | undefined {
  const o = ctx.owner[i];
  return o === undefined || o === -1 ? undefined : ctx.candidates[o];
}

/** The capitalized run from token i (names found already are taken whole), with "(SHORT)" after it. */
function readItem(ctx: ScanContext, i: number): Item | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t?.cap || /^\d/.test(t.text) || isNotName(t.lower) || (isSentenceStart(tokens, i) && !ownerOf(ctx, i))) return undefined;
  // "Tim Kerja Akreditasi ...": an item starts at a word boundary of the list, not inside a name.
  if (i > 0 && tokens[i - 1]!.cap && / $/.test(tokenGap(ctx, i - 1)) && !/,/.test(tokenGap(ctx, i - 1))) return undefined;
  let j = i;
  for (;;) {
    const c = ownerOf(ctx, j);
    if (c) while (j + 1 < tokens.length && tokens[j + 1]!.end <= c.end) j++;
    const n = tokens[j + 1];
    if (!n || n.sentence !== t.sentence || j - i >= MAX_ITEM) break;
    const g = tokenGap(ctx, j);
    if ((g === ' ' || g === '-' || g === ' & ') && (n.cap || /^\d/.test(n.text)) && !LIST_WORDS.has(n.lower)) {
      j++;
      continue;
    }
    break;
  }
  const core = j;
  // "(SMI)" after the name.
  if (/^ \($/.test(tokenGap(ctx, j))) {
    let k = j + 1;
    while (k < j + 4 && k + 1 < tokens.length && !/^\)/.test(tokenGap(ctx, k))) k++;
    if (/^\)/.test(tokenGap(ctx, k))) j = k;
  }
  return { first: i, core, last: j };
}

/** The token that opens the next item after a list separator (", ", " dan ", ", and ", " serta "), or -1. */
function nextItemStart(ctx: ScanContext, item: Item): number {
  const { tokens, text } = ctx;
  let after = text.slice(tokens[item.last]!.end, tokens[item.last + 1]?.start ?? text.length);
  if (item.last > item.core) after = after.replace(/^\)/, '');
  const n = item.last + 1;
  if (!tokens[n] || tokens[n]!.sentence !== tokens[item.first]!.sentence) return -1;
  if (after === ', ' && !LIST_WORDS.has(tokens[n]!.lower)) return n;
  if ((after === ', ' || after === ' ') && LIST_WORDS.has(tokens[n]!.lower) && tokenGap(ctx, n) === ' ') return n + 1;
  return -1;
}

const isOrg = (c: Candidate | undefined): boolean => !!c && !c.dead && c.kind === 'organization';

function itemKinds(ctx: ScanContext, it: Item): { org: boolean; person: boolean; placeOnly: boolean } {
  let org = false;
  let person = false;
  let place = 0;
  for (let k = it.first; k <= it.core; k++) {
    const c = ownerOf(ctx, k);
    if (isOrg(c)) org = true;
    if (c?.kind === 'person') person = true;
    if (c?.kind === 'place') place++;
  }
  return { org, person, placeOnly: place === it.core - it.first + 1 };
}

/** Makes the item's words one organization, replacing the shorter names found inside it. */
function claimItem(ctx: ScanContext, it: Item): void {
  const { tokens, text } = ctx;
  const inside = new Set<Candidate>();
  for (let k = it.first; k <= it.core; k++) {
    const c = ownerOf(ctx, k);
    if (c) inside.add(c);
  }
  // A name found already that covers the item exactly stays as it is.
  for (const c of inside) if (c.start === tokens[it.first]!.start && c.end === tokens[it.core]!.end) return;
  // Only the words of the item may go: a name that runs past it is left alone.
  for (const c of inside) if (c.start < tokens[it.first]!.start || c.end > tokens[it.core]!.end) return;
  for (const c of inside) c.dead = true;
  for (let k = it.first; k <= it.core; k++) ctx.owner[k] = -1;
  const name = text.slice(tokens[it.first]!.start, tokens[it.core]!.end);
  addCandidate(ctx, { kind: 'organization', start: tokens[it.first]!.start, end: tokens[it.core]!.end, canonical: name, key: orgKey(name), category: 'other', strength: 0.6, source: 'org-list' }, it.first, it.core);
}

/** Enumerations of three or more names, two of them organizations and none a person or a bare place. */
export function findListedOrgs(ctx: ScanContext): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const first = readItem(ctx, i);
    if (!first) continue;
    const items = [first];
    for (let n = nextItemStart(ctx, first); n >= 0; ) {
      const it = readItem(ctx, n);
      if (!it) break;
      items.push(it);
      n = nextItemStart(ctx, it);
    }
    if (items.length >= 3) {
      const kinds = items.map((it) => itemKinds(ctx, it));
      const orgs = kinds.filter((k) => k.org).length;
      const mixed = kinds.some((k) => k.person || k.placeOnly);
      // Single words that are common or office words ("Sekretariat") do not make a name.
      const wordy = items.every((it) => (it.core > it.first || !isRoleWord(tokens[it.first]!.lower)) && !NON_ORG.has(tokens[it.first]!.lower));
      // Events and plans are named like bodies ("ASEAN Business and Investment Summit", "Vision 2025").
      const events = items.some((it) => EVENT_WORDS.has(tokens[it.core]!.lower) || EVENT_WORDS.has(tokens[it.core - 1]?.lower ?? ''));
      if (orgs >= 2 && !mixed && wordy && !events) for (const it of items) claimItem(ctx, it);
    }
    i = items[items.length - 1]!.last;
  }
}

/**
 * "Asosiasi Pemerintah Kota Seluruh Indonesia (Apeksi)": a long form opened by an organization's
 * head is one organization, even where shorter names were read inside it.
 */
function claimDefinedName(ctx: ScanContext, d: AcronymDefinition, i: number): void {
  const { tokens, text } = ctx;
  const head = ORG_HEAD_SET.match(tokens, i, text);
  if (!head || head.last >= tokens.length - 1 || tokens[head.last]!.end >= d.longEnd) return;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= d.longEnd) last++;
  const inside = new Set<Candidate>();
  for (let k = i; k <= last; k++) {
    const o = ownerOf(ctx, k);
    if (o) inside.add(o);
  }
  for (const o of inside) if (o.kind === 'person' || o.start < d.longStart || o.end > d.longEnd) return;
  for (const o of inside) o.dead = true;
  for (let k = i; k <= last; k++) ctx.owner[k] = -1;
  const name = text.slice(d.longStart, d.longEnd);
  addCandidate(ctx, { kind: 'organization', start: d.longStart, end: d.longEnd, canonical: name, key: orgKey(name), category: head.value, strength: 0.75, source: 'org-run' }, i, last);
}

/**
 * "National Metrology Institute Thailand (NIMT)", "Norwegian Agency for Development Cooperation
 * (Norad)": an organization found by its head ends where the long form of its short form ends.
 */
export function extendToDefinitions(ctx: ScanContext): void {
  const { tokens, text } = ctx;
  for (const d of ctx.acronyms) {
    const i = tokenIndexAt(ctx, d.longStart);
    if (i >= 0 && !ownerOf(ctx, i) && tokens[i]!.start === d.longStart) claimDefinedName(ctx, d, i);
    const c = i >= 0 ? ownerOf(ctx, i) : undefined;
    // Names found by their head only: a known short form ("ASEAN") may open an event's name ("ASEAN ... Summit (ABIS)").
    if (!c || !isOrg(c) || c.start !== d.longStart || c.end >= d.longEnd || !/^(?:org-run|english-tail|gazetteer:org)$/.test(c.source)) continue;
    const lastWord = /(\p{L}+)[^\p{L}]*$/u.exec(d.long)?.[1]?.toLowerCase() ?? '';
    if (EVENT_WORDS.has(lastWord)) continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= d.longEnd) last++;
    let free = true;
    for (let k = i; k <= last; k++) {
      const o = ownerOf(ctx, k);
      if (o && o !== c && o.kind !== 'place') free = false;
    }
    if (!free) continue;
    for (let k = i; k <= last; k++) {
      const o = ownerOf(ctx, k);
      if (o && o !== c) o.dead = true;
      ctx.owner[k] = ctx.candidates.indexOf(c);
    }
    const name = text.slice(d.longStart, d.longEnd);
    c.end = d.longEnd;
    c.canonical = name;
    c.key = orgKey(name);
  }
}
