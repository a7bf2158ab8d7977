import type { Actor } from '@coopnews/schema';
import type { ActorsResult, Article, Mention } from '../types.ts';
import { DEFINITE_REFERENCES, LOCATIVE_BEFORE } from './cues.ts';
import { groupingIndex } from './groupings.ts';
import { lookupCountry } from '../actors/gazetteer.ts';

/** Who can be a party: organizations and places; a person stands for the body they speak for. */
export interface PartyIndex {
  byId: Map<string, Actor>;
  mentions: Mention[];
  /** Party-capable actor ids, most salient first (mentions, the lead, the title). */
  salience: string[];
  text: string;
  /** The text with actor names (and any extra spans, e.g. program names) blanked, so that
   * "Biro ... Kerja Sama" or a webinar titled "Kerja Sama Ekonomi ..." is not read as a cue. */
  masked: string;
  /** Spans of datelines ("MEDAN, SumutTerkini –"): a place there is where the story was filed. */
  datelines: Array<[number, number]>;
  /** Party id -> the side it is on (an embassy of X and X are one side). */
  side: Map<string, string>;
  /** The year the article was published, when known. */
  publishedYear?: number;
  /** The party the headline names first ("ASEAN-BAC Philippines signs ... with six councils"), if any. */
  titleSubject?: string;
  /** Mention start -> whether a locative word comes right before it. */
  locative: Map<number, boolean>;
  /** Groupings of countries (IMT-GT) -> their member countries, which they stand for as a party. */
  groupings: Map<string, string[]>;
  /** Spans of names that are not parties' (program names: "Forum Bisnis Indonesia-Rusia"). */
  foreign: ReadonlyArray<readonly [number, number]>;
}

// "MEDAN, SumutTerkini – ", "Semarang (ANTARA) - ", "JAKARTA (Jurnal UKM) - " at the start of a paragraph.
const DATELINE = /^[\p{Lu}][\p{L}.' ]{1,30}?(?:,\s*[^\n–—]{1,40}?)?(?:\s*\([^)\n]{1,40}\))?\s*[–—-]\s/u;
const DATELINE_PARAGRAPHS = 4;

function findDatelines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < DATELINE_PARAGRAPHS && start < text.length; i++) {
    const m = DATELINE.exec(text.slice(start, start + 120));
    if (m) out.push([start, start + m[0].length]);
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
    while (text[start] === '\n') start++;
  }
  return out;
}

/** The side an actor stands on: the first place of the article named inside its name, else itself. */
function sidesOf(actors: readonly Actor[]): Map<string, string> {
  const places = actors.filter((a) => a.kind === 'place');
  const side = new Map<string, string>();
  for (const a of actors) {
    if (a.kind !== 'organization') {
      side.set(a.id, a.id);
      continue;
    }
    let best: [number, string] | undefined;
    // Only a government, an embassy or a regional body stands for the place in its name;
    // "Smesco Indonesia" and "Kadin Indonesia" are their own side.
    const governs = GOVERNING.test(a.name) || /government|embassy/.test(a.category ?? '');
    for (const p of governs ? places : []) {
      // A country code is shared by every body in the country: it only makes a national body
      // stand for the country; a province code ties a body to its province.
      const national = /ministry|national_government|agency/.test(a.category ?? '');
      if (a.country && p.country && a.country === p.country && (p.country.includes('-') || national)) best = [-1, p.id];
      for (const n of namesOf(p)) {
        const at = a.name.indexOf(n);
        if (at >= 0 && (!best || at < best[0])) best = [at, p.id];
      }
    }
    // A national body named in Indonesian ("Kementerian ...", "Badan ...") speaks for Indonesia.
    const home = places.find((p) => p.country === 'ID');
    if (!best && home && NATIONAL_BODY.test(a.name)) best = [0, home.id];
    side.set(a.id, best ? best[1] : a.id);
  }
  // "Dinas Koperasi ... Garut", "Biro ... Setda Provinsi DKI Jakarta": a unit stands on the side of
  // the regional government whose place ends its name (Pemerintah Kabupaten Garut).
  for (const g of actors) {
    const place = g.kind === 'organization' ? governedPlace(g.name) : undefined;
    if (!place) continue;
    const quoted = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const ending = new RegExp(`(?:^|\\s)${quoted}$`, 'u');
    // "Miri City Council", "Bandung City Government": the English name of the same government.
    const english = new RegExp(`^${quoted} ${ENGLISH_UNIT}$`, 'u');
    for (const u of actors) {
      if (u.kind === 'organization' && u.id !== g.id && ((REGIONAL_UNIT.test(u.name) && ending.test(u.name)) || english.test(u.name))) side.set(u.id, side.get(g.id) ?? g.id);
    }
  }
  return side;
}

const REGIONAL_GOVERNMENT = /^(?:Pemerintah|Pemprov|Pemkot|Pemkab)(?:\s+(?:Provinsi|Kabupaten|Kota|Daerah))?\s+(.+)$/u;
const ENGLISH_UNIT = '(?:(?:City|Municipal|Regency|Provincial|District|Prefectural|State) )?(?:Council|Government|Administration|Office)';
const REGIONAL_UNIT =
  /^(?:Dinas|Biro|Badan|Bappeda|Bapenda|Setda|Sekretariat|DPRD|Dewan|Komite|Kantor|Bagian|Satuan|UPT|Unit|Inspektorat|Diskop\S*|Disperindag\S*)(?:\s|$)/u;

/** "Pemerintah Kabupaten Garut" -> "Garut"; undefined for anything that is not a regional government. */
function governedPlace(name: string): string | undefined {
  const m = REGIONAL_GOVERNMENT.exec(name);
  const place = m?.[1]?.trim();
  return place && place.length >= 3 && !/^(?:Indonesia|Republik|Pusat)/u.test(place) ? place : undefined;
}

const GOVERNING =
  /^(?:Pemerintah|Pemprov|Pemkot|Pemkab|Provinsi|Kota|Kabupaten|Kedutaan|Kedubes|Konsulat|KBRI|KJRI|Dinas|Biro|Sekretariat|Setda|DPRD|Dewan|Komite|Kementerian|Government|Embassy|Consulate|Ministry|Department|Prefe[ck]tur)/u;
const NATIONAL_BODY = /^(?:Kementerian|Kemen|Badan|Direktorat|Lembaga|Komisi|Otoritas|Bank Indonesia)/u;

/**
 * Two lists of parties with a place in one and its government or embassy in the other name
 * the same sides ("Sumatera Utara" and "Pemprov Sumut"): the place becomes that body.
 */
export function alignPlaces(index: PartyIndex, ids: readonly string[], other: readonly string[]): string[] {
  return ids.map((id) => {
    if (index.byId.get(id)?.kind !== 'place') return id;
    const twin = other.find((o) => o !== id && index.byId.get(o)?.kind === 'organization' && index.side.get(o) === id);
    return twin ?? id;
  });
}

/** A mention right after "di", "from", "produk" ...: a place there is a setting. Cached: every candidate asks again. */
function afterLocative(index: PartyIndex, at: number): boolean {
  let known = index.locative.get(at);
  if (known === undefined) {
    known = LOCATIVE_BEFORE.test(index.text.slice(Math.max(0, at - 80), at));
    index.locative.set(at, known);
  }
  return known;
}

/** The actor a mention stands for as a party, if any. */
export function partyOf(index: PartyIndex, actorId: string): string | undefined {
  const actor = index.byId.get(actorId);
  if (!actor) return undefined;
  if (actor.kind === 'person') {
    const aff = actor.affiliation ? index.byId.get(actor.affiliation) : undefined;
    return aff && aff.kind !== 'person' ? aff.id : undefined;
  }
  // A news agency or outlet named in a dateline is never a party.
  if (actor.category === 'media') return undefined;
  return actor.id;
}

function namesOf(actor: Actor): string[] {
  return [actor.name, ...actor.aliases].filter((n) => n.length >= 3);
}

function mask(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const chars = [...text];
  // Offsets are UTF-16; blank per code unit so that offsets stay aligned.
  if (chars.length !== text.length) {
    let out = text;
    for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    return out;
  }
  for (const [a, b] of spans) for (let i = a; i < b; i++) chars[i] = ' ';
  return chars.join('');
}

/** The party named earliest in the title (the longest name where two start together: "ASEAN-BAC Philippines", not "ASEAN"). */
function titleSubject(title: string, parties: readonly Actor[]): string | undefined {
  const lower = title.toLowerCase();
  const boundary = (c: string | undefined): boolean => c === undefined || !/[\p{L}\p{N}-]/u.test(c);
  let best: [number, number, string] | undefined;
  for (const a of parties) {
    for (const n of namesOf(a)) {
      const at = lower.indexOf(n.toLowerCase());
      if (at < 0 || !boundary(lower[at - 1]) || !boundary(lower[at + n.length])) continue;
      if (!best || at < best[0] || (at === best[0] && n.length > best[1])) best = [at, n.length, a.id];
    }
  }
  return best?.[2];
}

export function buildPartyIndex(article: Article, actors: ActorsResult, extraMasks: ReadonlyArray<readonly [number, number]> = []): PartyIndex {
  const byId = new Map(actors.actors.map((a) => [a.id, a] as const));
  const mentions = [...actors.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const masks = [...mentions.filter((m) => byId.get(m.actorId)?.kind === 'organization').map((m) => [m.start, m.end] as const), ...extraMasks];
  const index: PartyIndex = { byId, mentions, salience: [], text: article.text, masked: mask(article.text, masks), datelines: findDatelines(article.text), side: sidesOf(actors.actors), groupings: groupingIndex(actors.actors), locative: new Map(), foreign: extraMasks };
  const year = Number(article.publishedAt?.slice(0, 4));
  if (year > 1900) index.publishedYear = year;
  const score = new Map<string, number>();
  const lead = Math.min(article.text.length, Math.max(300, article.text.indexOf('\n') + 1));
  for (const m of mentions) {
    if (inDateline(index, m.start)) continue;
    if (byId.get(m.actorId)?.kind === 'place' && extraMasks.some(([a, b]) => m.start >= a && m.end <= b)) continue;
    // "a trade mission to Jakarta and to Manado": where things happen makes no place salient.
    if (byId.get(m.actorId)?.kind === 'place' && afterLocative(index, m.start)) continue;
    const id = partyOf(index, m.actorId);
    if (!id) continue;
    const direct = byId.get(m.actorId)?.kind !== 'person';
    score.set(id, (score.get(id) ?? 0) + (direct ? 1 : 0.5) + (m.start < lead ? 2 : 0));
  }
  // "Pemerintah Prefektur Toyama, Jepang": the appositive country is the side of the body before it.
  for (let i = 1; i < mentions.length; i++) {
    const [prev, m] = [mentions[i - 1], mentions[i]];
    if (!prev || !m || byId.get(m.actorId)?.kind !== 'place' || byId.get(prev.actorId)?.kind === 'person') continue;
    if (index.side.get(prev.actorId) === prev.actorId && appositive(index, m, prev)) index.side.set(prev.actorId, m.actorId);
  }
  const title = article.title.toLowerCase();
  for (const id of score.keys()) {
    const actor = byId.get(id);
    if (actor && namesOf(actor).some((n) => title.includes(n.toLowerCase()))) score.set(id, (score.get(id) ?? 0) + 3);
  }
  const subject = titleSubject(article.title, [...score.keys()].map((id) => byId.get(id)).filter((a): a is Actor => a !== undefined));
  if (subject) index.titleSubject = subject;
  index.salience = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  return index;
}

/**
 * Parties named between start and end, in order of first mention. A place right after "di",
 * "in" or "at" is where something happened, not who took part.
 */
export function partiesIn(index: PartyIndex, start: number, end: number, dropped: { count: number } = { count: 0 }): string[] {
  const out: string[] = [];
  const droppedIds = new Set<string>();
  let prev: Mention | undefined;
  let coveredTo = -1;
  for (const m of index.mentions) {
    if (m.start < start) continue;
    if (m.start >= end) break;
    if (m.end > end || m.start < coveredTo) continue;
    coveredTo = m.end;
    const prevMention = prev;
    prev = m;
    if (inDateline(index, m.start)) continue;
    const actor = index.byId.get(m.actorId);
    if (!actor) continue;
    // A place inside a program's name is part of the name, not a party ("Forum Bisnis Indonesia-Rusia").
    if (actor.kind === 'place' && index.foreign.some(([a, b]) => m.start >= a && m.end <= b)) continue;
    const before = index.text.slice(Math.max(0, m.start - 80), m.start);
    // "di ASEAN", "di KBRI": an organization after "di" is a venue or a region.
    // "dengan Hualien di Taiwan, Weihai di Provinsi Shandong, ...": a list of cities, each placed, not a list of venues.
    const placedItem = actor.kind === 'place' && LIST_ITEM_BEFORE.test(before) && PLACED_AFTER.test(index.text.slice(m.end, m.end + 4));
    if ((actor.kind === 'place' && !placedItem && afterLocative(index, m.start)) || (actor.kind === 'organization' && VENUE_OR_OBJECT.test(before))) {
      dropped.count++;
      droppedIds.add(actor.id);
      continue;
    }
    // "pengembangan Green Business Center (GBC)": the acronym in brackets goes with its long form.
    if (droppedIds.has(actor.id)) continue;
    // "mengantongi restu Kementerian Dalam Negeri", "disaksikan Menteri X": who approves or witnesses is no party.
    // Its short form in brackets right after goes with it ("... Seluruh Indonesia (Apeksi)").
    if (BYSTANDER_BEFORE.test(before) || SIDELINES_BEFORE.test(before)) {
      droppedIds.add(actor.id);
      continue;
    }
    // "Kepala Dinas Perdagangan Pekanbaru, Ingot, menyebut ...": the unit in a title speaks for its government.
    if (actor.kind === 'organization' && HEAD_TITLE_BEFORE.test(before)) {
      const side = index.side.get(actor.id);
      const gov = side && side !== actor.id && index.byId.has(side) ? side : undefined;
      if (gov) {
        if (!out.includes(gov)) out.push(gov);
        continue;
      }
    }
    if (actor.kind === 'place' && !placedItem && (appositive(index, m, prevMention) || inTitle(index, m, before) || POSSESSIVE_AFTER.test(index.text.slice(m.end, m.end + 3)) || RELATIVE_BEFORE.test(before) || ATTRIBUTIVE_BEFORE.test(before))) continue;
    const id = partyOf(index, m.actorId);
    if (id && !out.includes(id)) out.push(id);
  }
  for (const [ref, name] of DEFINITE_REFERENCES) {
    if (!ref.test(index.text.slice(start, end))) continue;
    const id = index.salience.find((x) => { const a = index.byId.get(x); return a?.kind === 'organization' && name.test(a.name); });
    if (id && !out.includes(id)) out.push(id);
  }
  return expandGroupings(index, dropUnitsOfNamedGovernments(index, collapseSides(index, out)));
}

/**
 * A grouping of countries as a party is its member countries; a province or body of a member
 * country beside it speaks within that member ("Kepri" in "kerja sama IMT-GT" is Indonesia's side).
 */
export function expandGroupings(index: PartyIndex, ids: readonly string[]): string[] {
  const members = ids.flatMap((id) => index.groupings.get(id) ?? []);
  if (members.length === 0) return [...ids];
  const codes = new Set(members.map((id) => index.byId.get(id)?.country));
  const within = (id: string): boolean => {
    const a = index.byId.get(id);
    return !members.includes(id) && !!a?.country && codes.has(a.country.slice(0, 2)) && (a.kind === 'place' || /government/.test(a.category ?? ''));
  };
  const out: string[] = [];
  for (const id of ids) for (const x of index.groupings.get(id) ?? [id]) if (!out.includes(x) && !within(x)) out.push(x);
  return out;
}

/** A regional unit named beside its own government ("Pemkab Garut" and "Dinas Koperasi Garut") is that government's side, not a party of its own. */
function dropUnitsOfNamedGovernments(index: PartyIndex, ids: string[]): string[] {
  return ids.filter((id) => {
    const side = index.side.get(id);
    return !(side && side !== id && ids.includes(side) && REGIONAL_UNIT.test(index.byId.get(id)?.name ?? ''));
  });
}

/**
 * A province named both as a place and as its government is one party, the government
 * (the corpus counts the place as an actor only when nothing else stands for it).
 */
function collapseSides(index: PartyIndex, ids: string[]): string[] {
  const govByCode = new Map<string, string>();
  for (const id of ids) {
    const a = index.byId.get(id);
    if (a?.kind === 'organization' && a.country && a.country.includes('-') && /government/.test(a.category ?? '')) govByCode.set(a.country, id);
  }
  return ids.filter((id) => {
    const a = index.byId.get(id);
    return !(a?.kind === 'place' && a.country && govByCode.has(a.country));
  });
}

const LIST_ITEM_BEFORE = /(?:,|\s(?:dan|serta|and))\s+$/u;
const PLACED_AFTER = /^\s+(?:di|in)\s/u;

const BYSTANDER_BEFORE =
  /(?:^|\s)(?:restu|izin|seizin|persetujuan|arahan|disaksikan(?:\s+oleh)?|menyaksikan|di hadapan|witnessed by|with the (?:approval|blessing) of|approved by|member(?:ship)? (?:of|in)|anggota|keanggotaan(?:nya)? (?:di|dalam))(?:\s+(?:langsung|pula|juga))?\s+(?:[\p{Lu}][\p{L}.]*\s+){0,6}$/u;
// "di sela Rakernas XIV Asosiasi Pemerintah Kota Seluruh Indonesia": bodies in the name of the event it was held at.
const SIDELINES_BEFORE = /(?:^|\s)(?:di ?sela(?:-sela)?|on the sidelines? of)\s[^,.;:]*$/iu;
const HEAD_TITLE_BEFORE = /(?:^|\s)(?:Kepala|Ketua|Kabid|Kasi|Sekretaris|Head of|Chief of)\s+$/u;

// "di KBRI" is a venue; "pengembangan Green Business Center" is what is built, not who builds it.
const VENUE_OR_OBJECT = /(?:^|\s)(?:di|in|at|pengembangan|pembangunan|pendirian|peresmian|development of|establishment of|launch of)\s+$/iu;

/** "Pemerintah Kota Kochi, Jepang", "Provinsi Khanh Hoa, Vietnam": the country says where the party is. */
function appositive(index: PartyIndex, m: Mention, prev: Mention | undefined): boolean {
  if (!prev || prev.actorId === m.actorId) return false;
  // "Politeknik Metro Betong Sarawak (PMBS), Malaysia": the acronym's bracket may close first.
  if (!/^\s*\)?\s*,\s*$/.test(index.text.slice(prev.end, m.start))) return false;
  // Unless a list of places goes on: "Jepang, Filipina, dan Kanada".
  const rest = /^\s*(?:,\s*(?:dan\s+|and\s+)?|\s+(?:dan|and|serta)\s+)/u.exec(index.text.slice(m.end, m.end + 12));
  if (!rest) return true;
  const next = index.mentions.find((x) => x.start === m.end + rest[0].length);
  return !(next && index.byId.get(next.actorId)?.kind === 'place');
}

// "KJRI di Hamburg, yang wilayah kerjanya mencakup Braunschweig": a place in a clause describing the body before it.
const RELATIVE_BEFORE = /,\s*(?:yang|which|whose)\s[^,.;:]*$/u;

// "lembaga metrologi nasional Jerman, PTB", "perusahaan Jepang": the country says whose body it is; the body is the party.
const ATTRIBUTIVE_BEFORE =
  /(?:^|\s)(?:lembaga|perusahaan|institusi|instansi|mitra|delegasi|investor|pengusaha|kampus|universitas|company|companies|firms?|institutions?|institutes?|investors?|delegation)(?:\s+\p{Ll}+){0,3}\s+$/u;

// "Japan's Organization for SMRJ", "South Korea's Small Business Corporation": the country says whose body it is.
// U+FFFD: a curly apostrophe lost to a wrong charset, as outlets do serve it.
const POSSESSIVE_AFTER = /^['’\uFFFD]s\s/u;

const FORMER_BEFORE = /(?:mantan|eks|former)\s+(?:\p{L}+\s+){0,3}$/iu;
const TITLE_BEFORE = /(?:Wali ?[Kk]ota|Wali|Wakil Wali ?[Kk]ota|Gubernur|Wakil Gubernur|Bupati|Wakil Bupati|Duta Besar|Dubes|Konsul(?: Jenderal)?|Menteri|Presiden|Mayor of|Governor of|Ambassador to|President of)(?:\s+[\p{L}]+){0,4}\s+$/u;

/** "Wali Kota Bandung Yana Mulyana": the place is part of a title; the person speaks for the party. */
function inTitle(index: PartyIndex, m: Mention, before: string): boolean {
  if (!TITLE_BEFORE.test(before)) return false;
  // "mantan Wali Kota Blitar itu", "the former Mayor of X": the title stands for a person already named.
  if (FORMER_BEFORE.test(before) || /^\s*(?:itu|tersebut)(?![\p{L}])/u.test(index.text.slice(m.end, m.end + 10))) return true;
  // "Dubes Indonesia untuk Korsel, Gandi Sulistiyanto": places and connectors up to the person.
  let at = m.end;
  for (const x of index.mentions) {
    if (x.start < at) continue;
    if (!/^[\s,]*(?:untuk|di|for|to|of)?[\s,]*$/u.test(index.text.slice(at, x.start)) || x.start - at > 12) return false;
    const kind = index.byId.get(x.actorId)?.kind;
    if (kind === 'person') return true;
    if (kind !== 'place') return false;
    at = x.end;
  }
  return false;
}

const inDateline = (index: PartyIndex, at: number): boolean => index.datelines.some(([a, b]) => at >= a && at < b);

/** How many different sides the parties stand for. */
export function sideCount(index: PartyIndex, ids: readonly string[]): number {
  return new Set(ids.map((id) => index.side.get(id) ?? id)).size;
}

/** The most salient party that is not already among `have`. */
export function mainActorBesides(index: PartyIndex, have: readonly string[]): string | undefined {
  const sides = new Set(have.map((id) => index.side.get(id) ?? id));
  return index.salience.find((id) => !have.includes(id) && !sides.has(index.side.get(id) ?? id) && !have.some((h) => oneCountry(index, h, id)));
}

/** A country and a body or place inside it ("Indonesia" and "Dinas Koperasi Garut") are never two parties of one record. */
export function oneCountry(index: PartyIndex, a: string, b: string): boolean {
  const [x, y] = [index.byId.get(a), index.byId.get(b)];
  const [cx, cy] = [x && countryOf(x), y && countryOf(y)];
  if (!x || !y || !cx || cx !== cy) return false;
  const isCountry = (p: Actor): boolean => p.kind === 'place' && !p.subdivision && p.country === cx && lookupCountry(p.name)?.country === cx;
  return isCountry(x) || isCountry(y);
}

/** An actor's country: its code, else Indonesia for a body named by an Indonesian government head ("Dinas Koperasi ... Garut"). */
function countryOf(a: Actor): string | undefined {
  if (a.country) return a.country.slice(0, 2);
  return a.kind === 'organization' && (NATIONAL_BODY.test(a.name) || REGIONAL_UNIT.test(a.name) || REGIONAL_GOVERNMENT.test(a.name)) ? 'ID' : undefined;
}
