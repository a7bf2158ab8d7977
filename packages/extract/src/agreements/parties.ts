import type { Actor } from '@coopnews/schema';
import type { ActorsResult, Article, Mention } from '../types.ts';
import { LOCATIVE_BEFORE } from './cues.ts';

/** Who can be a party: organizations and places; a person stands for the body they speak for. */
export interface PartyIndex {
  byId: Map<string, Actor>;
  mentions: Mention[];
  /** Party-capable actor ids, most salient first (mentions, the lead, the title). */
  salience: string[];
  text: string;
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

export function buildPartyIndex(article: Article, actors: ActorsResult): PartyIndex {
  const byId = new Map(actors.actors.map((a) => [a.id, a] as const));
  const mentions = [...actors.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const index: PartyIndex = { byId, mentions, salience: [], text: article.text };
  const score = new Map<string, number>();
  const lead = Math.min(article.text.length, Math.max(300, article.text.indexOf('\n') + 1));
  for (const m of mentions) {
    const id = partyOf(index, m.actorId);
    if (!id) continue;
    const direct = byId.get(m.actorId)?.kind !== 'person';
    score.set(id, (score.get(id) ?? 0) + (direct ? 1 : 0.5) + (m.start < lead ? 2 : 0));
  }
  const title = article.title.toLowerCase();
  for (const id of score.keys()) {
    const actor = byId.get(id);
    if (actor && namesOf(actor).some((n) => title.includes(n.toLowerCase()))) score.set(id, (score.get(id) ?? 0) + 3);
  }
  index.salience = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  return index;
}

/**
 * Parties named between start and end, in order of first mention. A place right after "di",
 * "in" or "at" is where something happened, not who took part.
 */
export function partiesIn(index: PartyIndex, start: number, end: number): string[] {
  const out: string[] = [];
  let coveredTo = -1;
  for (const m of index.mentions) {
    if (m.start < start) continue;
    if (m.start >= end) break;
    if (m.end > end || m.start < coveredTo) continue;
    coveredTo = m.end;
    const actor = index.byId.get(m.actorId);
    if (!actor) continue;
    if (actor.kind === 'place' && LOCATIVE_BEFORE.test(index.text.slice(Math.max(0, m.start - 25), m.start))) continue;
    const id = partyOf(index, m.actorId);
    if (id && !out.includes(id)) out.push(id);
  }
  return collapseSides(index, out);
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

/** The most salient party that is not already among `have`. */
export function mainActorBesides(index: PartyIndex, have: readonly string[]): string | undefined {
  return index.salience.find((id) => !have.includes(id));
}
