import type { ActorRecord } from '@coopnews/schema';
import { idOf, keyIndex, normalizeKey, type CorrectionRecord, type Store } from '@coopnews/store';
import { badInput, conflict, notFound } from '../http-error.ts';
import { logCorrection } from './log.ts';
import type { ReadModels } from '../read-model/models.ts';
import { refoldActor, repointAgreement, repointProgram } from './refold.ts';

type Replace = (id: string, articleId?: string) => string;


/** The read models that say which records refer to an actor. */
export type ReferenceModels = Pick<ReadModels, 'agreements' | 'programs' | 'articles' | 'fresh'>;

/**
 * Re-points every record that refers to an actor: agreements, programs, articles. The read
 * models name them (a scan of the collections would read every agreement on FerretDB); each is
 * then read and written by `_id`.
 */
async function repointReferences(store: Store, models: ReferenceModels, fromId: string, replace: Replace, actors: ReadonlyMap<string, ActorRecord>): Promise<void> {
  await models.fresh();
  const agreementIds = models.agreements.rows.filter((r) => r.partyIds.includes(fromId)).map((r) => r._id);
  const programIds = models.programs.rows.filter((p) => p.organizerIds.includes(fromId) || p.participantIds.includes(fromId)).map((p) => p._id);
  const articleIds = models.articles.rows.filter((r) => r.item.actorIds.includes(fromId)).map((r) => r._id);
  for (const a of await store.agreements.getMany(agreementIds)) await store.agreements.put(repointAgreement(a, replace, actors));
  for (const p of await store.programs.getMany(programIds)) await store.programs.put(repointProgram(p, replace));
  for (const art of await store.articles.getMany(articleIds)) {
    await store.articles.put({ ...art, actorIds: [...new Set(art.actorIds.map((id) => replace(id, art._id)))].sort() });
  }
}

/** Sends lookups of the given keys (all of them when `only` is absent) from one actor to another. */
async function moveKeys(store: Store, fromId: string, toId: string, only?: ReadonlySet<string>): Promise<void> {
  for (const k of await store.keys.find({ targetIds: fromId })) {
    if (k.kind.startsWith('agreement:')) continue;
    if (only && !only.has(k.key)) continue;
    await store.keys.put({ ...k, targetIds: [...new Set(k.targetIds.map((t) => (t === fromId ? toId : t)))].sort() });
  }
}

/**
 * Agreements are matched across articles by the "sides" of their parties, and an
 * organization's side is its id: pairs that named the old id get an entry under the new one,
 * so re-indexing an article finds the same agreement instead of making a new one.
 */
async function movePairKeys(store: Store, fromId: string, toId: string): Promise<void> {
  for (const k of await store.keys.find({ kind: 'agreement:pair' })) {
    const sides = k.key.split('|');
    if (!sides.includes(fromId)) continue;
    const pair = [...new Set(sides.map((s) => (s === fromId ? toId : s)))].sort().join('|');
    await keyIndex(store, 'agreement').add('pair', [pair], ...k.targetIds);
  }
}

export interface ReviewMeta {
  by?: string | undefined;
  note?: string | undefined;
}

/** Merges `otherId` into `id`: contributions, references and name lookups move, `otherId` is deleted. */
export async function mergeActors(store: Store, models: ReferenceModels, id: string, otherId: string, meta: ReviewMeta): Promise<{ actor: ActorRecord; correction: CorrectionRecord }> {
  if (id === otherId) throw badInput(`cannot merge actor ${id} into itself`, { field: 'otherId' });
  const [keep, other] = await Promise.all([store.actors.get(id), store.actors.get(otherId)]);
  if (!keep) throw notFound('actor', id);
  if (!other) throw notFound('actor', otherId);
  // The indexer resolves names within one kind; a merge across kinds would come apart at the next re-extraction.
  if (keep.kind !== other.kind) throw conflict(`actor ${id} is a ${keep.kind} and ${otherId} a ${other.kind}: correct the kind of one of them first, then merge`, { id, otherId });
  const merged = refoldActor(keep, [...keep.contributions, ...other.contributions]);
  merged.mergeReasons = [...keep.mergeReasons, `review: merged ${other.name} (${other._id})${meta.note ? `: ${meta.note}` : ''}`];
  merged.doubts = [...new Set([...keep.doubts, ...other.doubts])].filter((d) => !d.includes(other._id) && !d.includes(keep._id));
  await store.actors.put(merged);
  const replace: Replace = (x) => (x === otherId ? id : x);
  await repointReferences(store, models, otherId, replace, new Map([[id, merged]]));
  await moveKeys(store, otherId, id);
  await movePairKeys(store, otherId, id);
  await store.actors.remove(otherId);
  const correction = await logCorrection(store, { target: 'actor', targetId: id, action: 'merge', otherId, fields: { mergedName: other.name }, by: meta.by, note: meta.note });
  return { actor: merged, correction };
}

/** Splits off a new actor made of the contributions named one of `aliases`. */
export async function splitActor(
  store: Store,
  models: ReferenceModels,
  id: string,
  aliases: string[],
  meta: ReviewMeta,
): Promise<{ actor: ActorRecord; created: ActorRecord; correction: CorrectionRecord }> {
  const actor = await store.actors.get(id);
  if (!actor) throw notFound('actor', id);
  const keys = new Set(aliases.map(normalizeKey).filter(Boolean));
  const moved = actor.contributions.filter((c) => keys.has(normalizeKey(c.name)));
  const rest = actor.contributions.filter((c) => !keys.has(normalizeKey(c.name)));
  const names = [...new Set(actor.contributions.map((c) => c.name))];
  if (moved.length === 0) throw conflict(`no contribution of actor ${id} is named ${aliases.map((a) => JSON.stringify(a)).join(', ')}; its contributions are named ${names.map((n) => JSON.stringify(n)).join(', ')}`, { id });
  if (rest.length === 0) throw conflict(`every contribution of actor ${id} is named one of these aliases: splitting would leave it empty; correct its name instead`, { id });

  const firstKey = normalizeKey(moved[0]!.name);
  let newId = idOf('actor', actor.kind, firstKey);
  if (newId === id || (await store.actors.get(newId))) newId = idOf('actor', actor.kind, firstKey, 'split-from', id);
  const { corrected: _corrected, ...base } = actor;
  const created = refoldActor({ ...base, _id: newId, mergeReasons: [], doubts: [], dismissed: false }, moved, moved[0]!.name);
  created.mergeReasons = [`review: split from ${actor.name} (${id})`];
  const remaining = refoldActor(actor, rest);
  await store.actors.put(created);
  await store.actors.put(remaining);

  // Records of articles that spoke only of the split-off actor now point to it.
  const stays = new Set(rest.map((c) => c.articleId));
  const movedArticles = new Set(moved.map((c) => c.articleId).filter((a) => !stays.has(a)));
  const replace: Replace = (x, articleId) => (x === id && articleId && movedArticles.has(articleId) ? newId : x);
  await repointReferences(store, models, id, replace, new Map([[id, remaining], [newId, created]]));
  await moveKeys(store, id, newId, keys);
  const correction = await logCorrection(store, { target: 'actor', targetId: id, action: 'split', otherId: newId, aliases, by: meta.by, note: meta.note });
  return { actor: remaining, created, correction };
}
