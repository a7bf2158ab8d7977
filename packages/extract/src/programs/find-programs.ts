import type { Evidence, Program } from '@coopnews/schema';
import { splitSentences, type Sentence } from '../agreements/sentences.ts';
import type { ActorsResult, Article } from '../types.ts';
import { VENUE_WORDS } from './heads.ts';
import { findNameHits, type NameHit } from './names.ts';

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Draft {
  hit: NameHit;
  names: Set<string>;
  aliases: string[];
  acronym?: string;
  spans: Array<[number, number]>;
}

/** Names that are an actor's, or that sit inside a person's or organization's mention, are not programs. */
function actorNames(actors: ActorsResult): { names: Set<string>; spans: Array<[number, number]>; people: Array<[number, number]> } {
  const names = new Set<string>();
  for (const a of actors.actors) for (const n of [a.name, ...a.aliases]) names.add(key(n));
  const kind = new Map(actors.actors.map((a) => [a.id, a.kind] as const));
  const spans = actors.mentions.filter((m) => kind.get(m.actorId) !== 'place').map((m) => [m.start, m.end] as [number, number]);
  const people = actors.mentions.filter((m) => kind.get(m.actorId) === 'person').map((m) => [m.start, m.end] as [number, number]);
  return { names, spans, people };
}

const VENUES = new Set(VENUE_WORDS);
const PROGRAM_KINDS = new Set(['training', 'centre', 'exhibition', 'forum', 'mission', 'scholarship', 'incubator', 'zone', 'campaign']);

// "Direktur Divisi Kredit Bank Jateng": a unit of an organization, not a scheme.
// "Ketua Tokopedia Center": a title before the name makes it an organization, not a scheme.
const UNIT_BEFORE =
  /(?<![\p{L}])(?:divisi|bidang|bagian|seksi|direktorat|dinas|kepala|direktur|manajer|ketua|wakil|sekretaris|koordinator|pengelola|pimpinan|division|department|head|unit|chairman|chair|director|manager|coordinator)\s+(?:of\s+(?:the\s+)?)?$/iu;

// The same titles opening a sentence are inside the capitalized run: "Ketua Tokopedia Center ...".
const TITLE_FIRST = /^(?:Ketua|Kepala|Direktur|Wakil|Sekretaris|Koordinator|Pimpinan|Manajer|Head|Chairman|Chair|Director|Manager)\s/u;

const NTH_BEFORE = /(?<![\p{L}])ke-(?:\d+\s+)?$/u;
const BUILT_BEFORE = /(?<![\p{L}])(?:pembangunan|pengembangan|membangun|mengembangkan|mendirikan|meluncurkan|peluncuran|peresmian|meresmikan|program|develop(?:ing|ment of)?|build(?:ing)?|launch(?:ing|ed)?|set up|establish(?:ing|ed)?)(?:\s+(?:the|a|an|sebuah))?\s+$/iu;
const WON_BEFORE = /(?<![\p{L}])(?:meraih|memenangkan|menyabet|mendapat|memperoleh|menerima|won|wins|received|receives)(?:\s+(?:the|a|an))?\s+$/iu;

function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => at >= s.start && at < s.end);
}

/** Two hits name one program when one name contains the other word for word, or they share an acronym. */
function samePrograms(d: Draft, h: NameHit): boolean {
  if (h.acronym && (d.acronym === h.acronym || d.names.has(key(h.acronym)))) return true;
  const k = ` ${key(h.name)} `;
  for (const n of d.names) {
    const m = ` ${n} `;
    if (n.length >= 6 && (k.includes(m) || m.includes(k))) return true;
  }
  return false;
}

/** Named trainings, centres, missions, exhibitions and schemes, with the actors around them. */
export function findPrograms(article: Article, actors: ActorsResult): Program[] {
  const text = article.text;
  const sentences = splitSentences(text);
  const { names: taken, spans: actorSpans, people } = actorNames(actors);
  const all = findNameHits(text);
  // "pertemuan ke-20 Chief Ministers and Governors Forum (CMGF)": the Nth meeting of a body, not a scheme;
  // its short form names the body elsewhere too ("Forum CMGF").
  const nth = all.filter((h) => NTH_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)));
  const bodies = new Set(nth.flatMap((h) => (h.acronym ? [h.acronym] : [])));
  const isActor = (h: NameHit): boolean => taken.has(key(h.name)) || (!!h.acronym && taken.has(key(h.acronym))) || actorSpans.some(([a, b]) => h.start >= a && h.end <= b);
  const hits = all
    .filter((h) => !nth.includes(h) && !h.name.split(/\s+/).some((w) => bodies.has(w)))
    // A name the actors stage also took is still a program when its head says so ("Green Business Center"),
    // but a centre only when the text builds or runs it ("pengembangan Green Business Center"), not when it is visited.
    .filter((h) => (PROGRAM_KINDS.has(h.kind) && (h.kind !== 'centre' || BUILT_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start)))) || !isActor(h))
    // "meraih Gold Award": a prize won, not a scheme.
    .filter((h) => !WON_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start)))
    // "Gedung Dharma Negara Alaya (DNA) Kreatif Hub": the rest of a longer name after its inner short form.
    .filter((h) => !/\p{L}\s+\([\p{Lu}]{2,8}\)\s+$/u.test(text.slice(Math.max(0, h.start - 40), h.start)))
    .filter((h) => !people.some(([a, b]) => a < h.end && b > h.start))
    .filter((h) => !h.name.toLowerCase().split(/[\s-]+/).some((w) => VENUES.has(w)))
    .filter((h) => !UNIT_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start)))
    .filter((h) => !TITLE_FIRST.test(h.name))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));

  const byId = new Map(actors.actors.map((a) => [a.id, a] as const));
  const drafts: Draft[] = [];
  for (const h of hits) {
    const d = drafts.find((x) => samePrograms(x, h));
    if (!d) {
      drafts.push({ hit: h, names: new Set([key(h.name), ...h.aliases.map(key)]), aliases: [...h.aliases], ...(h.acronym ? { acronym: h.acronym } : {}), spans: [[h.start, h.end]] });
      continue;
    }
    // The longer, more specific form is the name; the others are aliases.
    const all = [d.hit.name, ...d.aliases, h.name, ...h.aliases];
    if (h.name.length > d.hit.name.length && !h.aliases.includes(d.hit.name)) d.hit = { ...h, kind: d.hit.kind };
    d.aliases = [...new Set(all.filter((n) => n !== d.hit.name))];
    for (const n of all) d.names.add(key(n));
    if (!d.acronym && h.acronym) d.acronym = h.acronym;
    d.spans.push([h.start, h.end]);
  }

  return drafts.map((d, i) => {
    const evidence: Evidence[] = [];
    const seen = new Set<number>();
    const organizers: string[] = [];
    for (const [a] of d.spans) {
      const s = sentenceAt(sentences, a);
      if (!s || seen.has(s.start)) continue;
      seen.add(s.start);
      evidence.push({ quote: s.text, start: s.start, end: s.end });
      for (const m of actors.mentions) {
        if (m.start < s.start || m.end > s.end) continue;
        const actor = byId.get(m.actorId);
        if (actor?.kind === 'organization' && !organizers.includes(actor.id)) organizers.push(actor.id);
      }
    }
    return {
      id: `p${i + 1}`,
      name: d.hit.name,
      ...(d.acronym ? { acronym: d.acronym } : {}),
      aliases: d.aliases.filter((x) => x !== d.acronym),
      kind: d.hit.kind,
      organizers: organizers.slice(0, 4),
      participants: [],
      confidence: d.acronym || d.spans.length > 1 ? 0.8 : 0.6,
      evidence,
    };
  });
}
