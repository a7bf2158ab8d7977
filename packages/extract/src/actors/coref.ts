/**
 * Mentions that refer back: acronyms defined in the text, short names of people ("Ganjar"
 * after "Ganjar Pranowo"), nicknames ("Sulis, sapaan akrab Dubes ...", "akrab disapa Ijeck"),
 * bare "Pemprov" when the text has one provincial government.
 */
import { addCandidate, tokenGap, tokenIndexAt, type Candidate, type ScanContext } from './context.ts';
import { NICKNAME_CUES } from '../data/titles.ts';
import { PhraseSet } from './lexicon.ts';
import { lookupAny } from './gazetteer.ts';

/** Union-find over candidate keys. */
export class KeyUnion {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p)!;
    if (p !== k) this.parent.set(k, p);
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

const ownerAt = (ctx: ScanContext, offset: number): Candidate | undefined => {
  const i = tokenIndexAt(ctx, offset);
  const o = i >= 0 ? ctx.owner[i]! : -1;
  return o >= 0 ? ctx.candidates[o] : undefined;
};

/** Links short forms defined in the text to their long forms; adds unseen short forms. */
export function linkAcronyms(ctx: ScanContext, union: KeyUnion): Map<string, Candidate> {
  const shortForms = new Map<string, Candidate>();
  for (const d of ctx.acronyms) {
    const long = ownerAt(ctx, d.longStart);
    if (!long || long.end < d.longEnd - 1) continue;
    // "Joko Widodo (Jokowi)": a person's nickname in parentheses.
    if (long.kind === 'person') {
      const k0 = tokenIndexAt(ctx, d.shortStart);
      const k = k0 >= 0 && ctx.tokens[k0]!.start === d.shortStart ? k0 : -1;
      if (k >= 0 && ctx.owner[k] === -1 && !/\s/.test(d.short)) {
        addCandidate(ctx, { kind: 'person', start: d.shortStart, end: d.shortEnd, key: long.key, strength: 0.8, source: 'nickname' }, k, k);
        shortForms.set(d.short, { ...long, start: d.shortStart, end: d.shortEnd, role: undefined, source: 'nickname' });
      }
      continue;
    }
    const short = ownerAt(ctx, d.shortStart);
    if (short && short.start <= d.shortStart && short.end >= d.shortEnd) {
      if (short !== long && short.kind === long.kind) union.union(long.key, short.key);
    }
    shortForms.set(d.short, long);
  }
  return shortForms;
}

/**
 * A region named with its prefix ("Provinsi Fujian", "Pemerintah Prefektur Toyama") is also
 * named without it later ("Jateng-Fujian", "Toyama"): the bare name becomes a known form.
 */
export function addRegionForms(ctx: ScanContext, forms: Map<string, Candidate>): void {
  for (const c of ctx.candidates) {
    if (c.dead || !c.canonical) continue;
    const isRegion = c.kind === 'place' && c.source.startsWith('region:') && !c.subdivision;
    const isGov = c.kind === 'organization' && c.source === 'local-gov';
    if (!isRegion && !isGov) continue;
    const m = /^(?:Pemerintah )?(?:Provinsi|Prefektur|Kota|Kabupaten|Negara Bagian|Province of|Prefecture of|City of|State of) ([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)$/u.exec(c.canonical);
    if (!m || lookupAny(m[1]!) || ctx.lowerWords.has(m[1]!.toLowerCase())) continue;
    // A place wins over its government for the bare name.
    if (!forms.has(m[1]!) || isRegion) forms.set(m[1]!, c);
  }
}

/** Adds mentions of known surface forms (acronyms defined in the text) on free tokens. */
export function rescanSurfaces(ctx: ScanContext, forms: Map<string, Candidate>): void {
  const { tokens, text } = ctx;
  if (forms.size === 0) return;
  const set = new PhraseSet([...forms.keys()].map((f) => [f, f] as const));
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.owner[i] !== -1 || !tokens[i]!.cap) continue;
    const m = set.match(tokens, i, text);
    if (!m) continue;
    const surface = text.slice(tokens[i]!.start, tokens[m.last]!.end);
    if (surface !== m.value) continue;
    const src = forms.get(m.value)!;
    let last = m.last;
    for (let k = i; k <= m.last; k++) if (ctx.owner[k] !== -1) last = -1;
    if (last < 0) continue;
    // "DPMPTSP Jatim": the branch of the defined organization in that province.
    const o = ctx.owner[last + 1];
    const place = o !== undefined && o !== -1 ? ctx.candidates[o]! : undefined;
    if (src.kind === 'organization' && place && place.kind === 'place' && place.subdivision && tokenGap(ctx, last) === ' ' && place.start === tokens[last + 1]!.start) {
      const canonical = `${src.canonical ?? text.slice(src.start, src.end)} ${place.canonical ?? ''}`.trim();
      let pl = last + 1;
      while (pl + 1 < tokens.length && tokens[pl + 1]!.end <= place.end) pl++;
      place.dead = true;
      for (let k = last + 1; k <= pl; k++) ctx.owner[k] = -1;
      addCandidate(ctx, { ...src, start: tokens[i]!.start, end: place.end, canonical, key: `org:${canonical.toLowerCase()}`, source: 'alias-branch', role: undefined, inRole: false }, i, pl);
      i = pl;
      continue;
    }
    addCandidate(ctx, { ...src, start: tokens[i]!.start, end: tokens[last]!.end, strength: src.strength, source: 'alias', role: undefined, inRole: false }, i, last);
    i = last;
  }
}

/** Short forms of people's names: single name words that belong to exactly one person. */
export function findShortNames(ctx: ScanContext, union: KeyUnion): void {
  const { tokens, text } = ctx;
  const persons = ctx.candidates.filter((c) => c.kind === 'person' && !c.dead);
  const byWord = new Map<string, Set<string>>();
  for (const p of persons) {
    const words = text.slice(p.start, p.end).split(/[\s-]+/).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
    for (const w of words) {
      const set = byWord.get(w) ?? new Set<string>();
      set.add(union.find(p.key));
      byWord.set(w, set);
    }
  }
  // Short person names ("Gubernur Khofifah") join the one full name that contains them.
  const names = new Map<string, { words: string[]; key: string }>();
  for (const p of persons) {
    const surface = text.slice(p.start, p.end);
    if (!names.has(surface)) names.set(surface, { words: surface.split(/\s+/), key: p.key });
  }
  const list = [...names.values()];
  for (const n of list) {
    const mine = union.find(n.key);
    const full = new Set<string>();
    const prefix = new Set<string>();
    for (const o of list) {
      const root = union.find(o.key);
      if (root === mine || o.words.length <= n.words.length) continue;
      if (n.words.every((w) => o.words.includes(w))) full.add(root);
      // "Nug" for "Mulyanto Nugroho", "Sulis" for "Gandhi Sulistiyanto": a name's first letters.
      else if (n.words.length === 1 && n.words[0]!.length >= 3 && o.words.some((x) => x.length > n.words[0]!.length && x.startsWith(n.words[0]!))) prefix.add(root);
    }
    if (full.size === 1) union.union([...full][0]!, n.key);
    else if (full.size === 0 && prefix.size === 1) union.union([...prefix][0]!, n.key);
  }
  const personOfRoot = new Map<string, Candidate>();
  for (const p of persons) if (!personOfRoot.has(union.find(p.key))) personOfRoot.set(union.find(p.key), p);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.owner[i] !== -1 || !t.cap) continue;
    const keys = byWord.get(t.text);
    if (!keys || keys.size === 0) continue;
    const roots = new Set([...keys].map((k) => union.find(k)));
    if (roots.size !== 1) continue;
    const p = personOfRoot.get([...roots][0]!);
    if (!p) continue;
    addCandidate(ctx, { kind: 'person', start: t.start, end: t.end, key: p.key, strength: 0.7, source: 'short-name' }, i, i);
  }
}

const CUES = new PhraseSet(NICKNAME_CUES.map((c) => [c, true] as const));
const APPOSITIVE_NICK = new PhraseSet([['sapaan akrab', true] as const, ['panggilan akrab', true] as const, ['sapaan', true] as const]);

/** Nicknames: "akrab disapa Ijeck" (after a person), "Sulis, sapaan akrab Dubes ..." (before). */
export function findNicknames(ctx: ScanContext, union: KeyUnion): void {
  const { tokens, text } = ctx;
  const lastPersonBefore = (offset: number): Candidate | undefined => {
    let best: Candidate | undefined;
    for (const c of ctx.candidates) if (c.kind === 'person' && !c.dead && c.end <= offset && (!best || c.start > best.start)) best = c;
    return best;
  };
  for (let i = 0; i < tokens.length; i++) {
    const cue = CUES.match(tokens, i, text);
    if (cue && tokens[cue.last + 1]?.cap && /^ $/.test(tokenGap(ctx, cue.last))) {
      const k = cue.last + 1;
      const p = lastPersonBefore(tokens[i]!.start);
      if (!p || ctx.owner[k] !== -1) continue;
      let last = k;
      while (last + 1 < tokens.length && tokens[last + 1]!.cap && tokenGap(ctx, last) === ' ' && last - k < 2 && ctx.owner[last + 1] === -1) last++;
      addCandidate(ctx, { kind: 'person', start: tokens[k]!.start, end: tokens[last]!.end, key: `person:${text.slice(tokens[k]!.start, tokens[last]!.end).toLowerCase()}`, strength: 0.8, source: 'nickname' }, k, last);
      union.union(p.key, `person:${text.slice(tokens[k]!.start, tokens[last]!.end).toLowerCase()}`);
      continue;
    }
    const ap = APPOSITIVE_NICK.match(tokens, i, text);
    const nickOwner = i >= 1 ? ctx.owner[i - 1]! : -1;
    const ownedByShortPerson = nickOwner !== -1 && ctx.candidates[nickOwner]!.kind === 'person' && ctx.candidates[nickOwner]!.start === tokens[i - 1]!.start;
    if (ap && i >= 1 && tokenGap(ctx, i - 1) === ', ' && tokens[i - 1]!.cap && (ctx.owner[i - 1] === -1 || ownedByShortPerson)) {
      const nick = tokens[i - 1]!;
      // The title after the cue names the person: pick the one whose title shares most words.
      const s = ctx.sentences[tokens[i]!.sentence]!;
      // The appositive phrase runs to the next comma: "Sulis, sapaan akrab Dubes Indonesia untuk Korsel, ...".
      const phrase = text.slice(tokens[ap.last]!.end, s.end).split(/[,;]/)[0]!;
      const cueWords = new Set(phrase.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2));
      let best: Candidate | undefined;
      let bestScore = 0;
      for (const c of ctx.candidates) {
        if (c.kind !== 'person') continue;
        // A name in the phrase ("Sandi, sapaan Sandiaga") beats a title.
        const nameWords = text.slice(c.start, c.end).toLowerCase().split(/\s+/);
        const roleWords = c.role ? text.slice(c.role.start, c.role.end).toLowerCase().split(/[^\p{L}]+/u) : [];
        const score = 10 * nameWords.filter((w) => cueWords.has(w)).length + roleWords.filter((w) => cueWords.has(w)).length;
        if (score > bestScore) [best, bestScore] = [c, score];
      }
      best ??= lastPersonBefore(nick.start);
      if (!best) continue;
      const key = ownedByShortPerson ? ctx.candidates[nickOwner]!.key : `person:${nick.text.toLowerCase()}`;
      if (!ownedByShortPerson) addCandidate(ctx, { kind: 'person', start: nick.start, end: nick.end, key, strength: 0.8, source: 'nickname' }, i - 1, i - 1);
      if (best.key !== key) union.union(best.key, key);
    }
  }
}

const BARE_GOVERNMENT: Record<string, string> = { pemprov: 'Pemerintah Provinsi', pemkot: 'Pemerintah Kota', pemkab: 'Pemerintah Kabupaten' };

/** A bare "Pemprov" in a text about one provincial government is that government. */
export function findBareGovernments(ctx: ScanContext): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const long = BARE_GOVERNMENT[t.lower];
    if (!long || !t.cap || ctx.owner[i] !== -1) continue;
    const govs = new Map<string, Candidate>();
    for (const c of ctx.candidates) if (!c.dead && c.kind === 'organization' && c.canonical?.startsWith(long + ' ')) govs.set(c.key, c);
    if (govs.size !== 1) continue;
    const g = [...govs.values()][0]!;
    addCandidate(ctx, { ...g, start: t.start, end: t.end, source: 'bare-government', role: undefined, inRole: false }, i, i);
  }
}
