import type { ActorContribution, ActorRecord, AgreementRecord, PartyRef, ProgramRecord } from '@coopnews/schema';
import { normalizeKey } from '@coopnews/store';

const sortedUniq = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

function mostCommon<T>(xs: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Recomputes an actor's derived fields from a new set of contributions after a merge or split.
 * An approximation of the indexer's fold that keeps `name` unless given; the next re-indexing
 * folds it properly, and `corrected` fields win in both.
 */
export function refoldActor(base: ActorRecord, cs: ActorContribution[], name = base.name): ActorRecord {
  const surfaces = sortedUniq(cs.flatMap((c) => [c.name, ...c.aliases]));
  const dates = cs.map((c) => c.publishedAt ?? base.firstSeen).sort();
  const category = mostCommon(cs.flatMap((c) => (c.category ? [c.category] : [])));
  const country = mostCommon(cs.flatMap((c) => (c.country ? [c.country] : [])));
  const { category: _c, country: _k, ...rest } = base;
  const folded: ActorRecord = {
    ...rest,
    name,
    contributions: cs,
    keys: sortedUniq([name, ...surfaces].map(normalizeKey)),
    aliases: surfaces.filter((s) => normalizeKey(s) !== normalizeKey(name)),
    ...(category ? { category } : {}),
    ...(country ? { country } : {}),
    roles: sortedUniq(cs.flatMap((c) => (c.role ? [c.role] : []))),
    articleIds: sortedUniq(cs.map((c) => c.articleId)),
    sources: cs.flatMap((c) => c.evidence.map((e) => ({ articleId: c.articleId, url: c.url, outlet: c.outlet, ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}), ...e }))),
    confidence: Math.max(0, ...cs.map((c) => c.confidence)),
    firstSeen: dates[0] ?? base.firstSeen,
    lastSeen: dates.at(-1) ?? base.lastSeen,
  };
  return base.corrected ? { ...folded, ...base.corrected, corrected: base.corrected } : folded;
}

/** Replaces actor ids in an agreement (its contributions too, so the indexer's next fold agrees). */
export function repointAgreement(a: AgreementRecord, replace: (id: string, articleId?: string) => string, actors: ReadonlyMap<string, ActorRecord>): AgreementRecord {
  const contributions = a.contributions.map((c) => ({ ...c, partyIds: sortedUniq(c.partyIds.map((p) => replace(p, c.articleId))) }));
  const partyIds = sortedUniq(contributions.flatMap((c) => c.partyIds));
  const known = new Map(a.parties.map((p) => [p.id, p]));
  const parties: PartyRef[] = partyIds.flatMap((id) => {
    const actor = actors.get(id);
    if (actor) return [{ id, name: actor.name, kind: actor.kind, ...(actor.country ? { country: actor.country } : {}) }];
    const p = known.get(id);
    return p ? [p] : [];
  });
  const countries = sortedUniq(parties.flatMap((p) => (p.country ? [p.country, p.country.split('-')[0]!] : [])));
  return { ...a, contributions, partyIds, parties, countries };
}

export function repointProgram(p: ProgramRecord, replace: (id: string, articleId?: string) => string): ProgramRecord {
  const contributions = p.contributions.map((c) => ({
    ...c,
    organizerIds: sortedUniq(c.organizerIds.map((o) => replace(o, c.articleId))),
    participantIds: sortedUniq(c.participantIds.map((o) => replace(o, c.articleId))),
  }));
  return {
    ...p,
    contributions,
    organizerIds: sortedUniq(contributions.flatMap((c) => c.organizerIds)),
    participantIds: sortedUniq(contributions.flatMap((c) => c.participantIds)),
  };
}
