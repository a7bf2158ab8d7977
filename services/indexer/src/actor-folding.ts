import type { Actor, ActorRecord, ProgramRecord } from '@coopnews/schema';
import { keyIndex, type UnitOfWork } from '@coopnews/store';
import { actorContribution, actorIdOf, foldActor, indexActorKeys, oneContributionPerArticle, resolveActor, reviewed } from './actors.ts';
import { foldAgreement } from './agreements.ts';
import { indexAgreementKeys } from './agreement-folding.ts';
import type { ArticleContext, Counts } from './context.ts';
import { sortedUniq } from './folding.ts';
import { foldProgram } from './programs.ts';

export interface FoldedActors {
  /** The article's local actor id -> canonical actor id. */
  localIds: Map<string, string>;
}

/**
 * Folds an article's actors into the canonical ones. An actor that links several stored records
 * merges them; a record's id follows what it is (`actorIdOf`), so when a merge or a new majority
 * name changes it, the record moves. Records that moved or changed name are then refreshed
 * where other records name them (`refreshReferences`).
 */
export async function foldActors(store: UnitOfWork, actors: readonly Actor[], ctx: ArticleContext, counts: Counts): Promise<FoldedActors> {
  /** Old id -> the id its record moved to in this fold. */
  const moved = new Map<string, string>();
  /** Records whose name, kind or country other records copy changed. */
  const renamed = new Set<string>();
  /** Records that already hold this fold's contribution of the article (two names of one actor in one text). */
  const mineIn = new Set<string>();
  const localIds = new Map<string, string>();
  const count = (outcome: keyof Counts) => void counts[outcome]++;

  for (const actor of actors) {
    const r = await resolveActor(store, actor);
    const mine = actorContribution(actor, ctx);
    let group = r.existing;
    const contributionsOf = (recs: ActorRecord[]) =>
      oneContributionPerArticle([...recs.flatMap((g) => (mineIn.has(g._id) ? g.contributions : g.contributions.filter((c) => c.articleId !== ctx.articleId))), mine]);
    const fold = (recs: ActorRecord[], id: string) => {
      const prev = mergedPrev(recs, id);
      return foldActor(id, actor.kind, contributionsOf(recs), prev, ctx, { ...(r.reason ? { reason: r.reason } : {}), doubts: [] });
    };
    const idFor = (recs: ActorRecord[]) => {
      const kept = recs.filter(reviewed).map((g) => g._id).sort()[0];
      return kept ?? actorIdOf(fold(recs, ''));
    };
    let id = idFor(group);
    // A record already under that id (dismissed, or left apart by a doubt) is the same thing.
    const atId = group.some((g) => g._id === id) ? null : await store.actors.get(id);
    if (atId && atId.kind === actor.kind) {
      group = [...group, atId];
      id = idFor(group);
    }
    const before = group.find((g) => g._id === id) ?? null;
    const rec = fold(group, id);
    count(await store.actors.put(rec));
    if (before && (before.name !== rec.name || before.country !== rec.country)) renamed.add(id);
    for (const g of group) {
      if (g._id === id) continue;
      await store.actors.remove(g._id);
      moved.set(g._id, id);
      count('removed');
    }
    // Key documents list the record under every name it carries now (those of moved records too).
    const newKeys = group.some((g) => g._id !== id) ? rec.contributions : [mine];
    for (const c of newKeys) await indexActorKeys(store, rec, c);
    mineIn.add(id);
    localIds.set(actor.id, id);
  }
  const final = (id: string) => {
    while (moved.has(id)) id = moved.get(id)!;
    return id;
  };
  for (const [local, id] of localIds) localIds.set(local, final(id));
  await refreshReferences(store, ctx, [...moved.keys()], [...renamed].map(final), final);
  return { localIds };
}

/** What a merged record keeps of the records it is made of: review state, reasons and doubts. */
function mergedPrev(recs: readonly ActorRecord[], id: string): ActorRecord | null {
  const base = recs.find((g) => g._id === id) ?? recs[0];
  if (!base) return null;
  return {
    ...base,
    dismissed: recs.every((g) => g.dismissed),
    mergeReasons: sortedUniq(recs.flatMap((g) => g.mergeReasons)),
    doubts: sortedUniq(recs.flatMap((g) => g.doubts)).filter((d) => !recs.some((g) => g._id !== base._id && d.includes(`(${g._id})`))),
    articleIds: sortedUniq(recs.flatMap((g) => g.articleIds)),
  };
}

/**
 * Agreements copy their parties' names and name them by id, programs and articles name them by
 * id. When records moved (merged, re-keyed), the articles that named them (and their programs)
 * list the new ids; every agreement naming a moved or renamed record (the agreements' `party`
 * lookup) is re-pointed and refolded. No record keeps a stale copy.
 */
export async function refreshReferences(store: UnitOfWork, ctx: ArticleContext, movedIds: readonly string[], renamedIds: readonly string[], final: (id: string) => string): Promise<void> {
  if (movedIds.length === 0 && renamedIds.length === 0) return;
  const touched = new Set([...movedIds, ...renamedIds]);
  const repoint = (ids: readonly string[]) => sortedUniq(ids.map(final));
  const parties = keyIndex(store, 'agreement');
  const agreementIds = (await Promise.all([...touched].map((id) => parties.lookup('party', id)))).flat();

  // Only a move changes ids: the articles that named the old ones (and their programs) follow.
  const movedRecords = await store.actors.getMany(sortedUniq(movedIds.map(final)));
  const articles = await store.articles.getMany(sortedUniq(movedRecords.flatMap((a) => a.articleIds)).filter((a) => a !== ctx.articleId));
  const programs = new Map<string, ProgramRecord>();
  for (const art of articles) {
    const actorIds = repoint(art.actorIds);
    if (actorIds.join() !== art.actorIds.join()) await store.articles.put({ ...art, actorIds });
    agreementIds.push(...art.agreementIds);
    for (const p of await store.programs.getMany(art.programIds)) if ([...p.organizerIds, ...p.participantIds].some((a) => touched.has(a))) programs.set(p._id, p);
  }
  for (const g of await store.agreements.getMany(sortedUniq(agreementIds))) {
    if (!g.partyIds.some((p) => touched.has(p))) continue;
    const cs = g.contributions.map((c) => ({ ...c, partyIds: repoint(c.partyIds), ...(c.sides ? { sides: repoint(c.sides) } : {}) }));
    const actors = new Map((await store.actors.getMany(cs.flatMap((c) => c.partyIds))).map((a) => [a._id, a]));
    const rec = foldAgreement(g._id, cs, actors, g, { ...ctx, extractorVersion: g.extractorVersion }, undefined);
    await store.agreements.put(rec);
    await indexAgreementKeys(store, rec, actors);
  }
  for (const p of programs.values()) {
    const cs = p.contributions.map((c) => ({ ...c, organizerIds: repoint(c.organizerIds), participantIds: repoint(c.participantIds) }));
    await store.programs.put(foldProgram(p._id, cs, p, { ...ctx, extractorVersion: p.extractorVersion }, undefined));
  }
}
