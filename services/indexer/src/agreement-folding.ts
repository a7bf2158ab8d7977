import type { ActorRecord, AgreementContribution, AgreementRecord } from '@coopnews/schema';
import { idOf, keyIndex, type UnitOfWork } from '@coopnews/store';
import { agreementIdOf, clusterAgreements, foldAgreement, pairsOfSides, sideOf } from './agreements.ts';
import type { ArticleContext, Counts } from './context.ts';
import { sortedUniq } from './folding.ts';

/** A record a reviewer corrected or merged keeps its id. */
const reviewed = (g: AgreementRecord): boolean => Boolean(g.corrected) || g.mergeReasons.some((r) => r.startsWith('review:'));

/** The sides a stored report sat on (older reports did not record them: from their parties). */
export function sidesOfReport(c: AgreementContribution, actors: ReadonlyMap<string, ActorRecord>): string[] {
  return c.sides ?? sortedUniq(c.partyIds.map((p) => (actors.has(p) ? sideOf(actors.get(p)!) : p)));
}

export interface FoldedAgreements {
  /** The agreements this article's reports belong to. */
  ids: Set<string>;
  /** Every stored agreement this fold looked at (so that detaching leaves them alone). */
  seen: Set<string>;
  /** Each agreement with this article's report: the record before (null: new) and after. */
  mine: { before: AgreementRecord | null; after: AgreementRecord }[];
}

/**
 * Folds an article's agreement reports together with every stored report they could be the same
 * agreement as (those sharing a pair of sides, and the article's own earlier ones): the reports
 * are grouped again from scratch (`clusterAgreements`, a total order), so the agreements are a
 * function of the reports, whichever arrived first. Groups that changed are rewritten, groups
 * gone are removed, and other articles that named a moved agreement list its new id.
 */
export async function foldAgreements(
  store: UnitOfWork,
  reports: AgreementContribution[],
  earlierIds: readonly string[],
  known: ReadonlyMap<string, ActorRecord>,
  ctx: ArticleContext,
  counts: Counts,
): Promise<FoldedAgreements> {
  const keys = keyIndex(store, 'agreement');
  const pairs = sortedUniq(reports.flatMap((c) => pairsOfSides(c.sides ?? [])));
  const candidateIds = sortedUniq([...(await Promise.all(pairs.map((k) => keys.lookup('pair', k)))).flat(), ...earlierIds]);
  // A dismissed agreement is out of matching; the article's part in it is detached as before.
  const stored = (await store.agreements.getMany(candidateIds)).filter((g) => !g.dismissed);
  const ownerOf = new Map<AgreementContribution, AgreementRecord>();
  for (const g of stored) for (const c of g.contributions) if (c.articleId !== ctx.articleId) ownerOf.set(c, g);
  const pool = [...ownerOf.keys(), ...reports];
  const partyRecs = await store.actors.getMany(pool.flatMap((c) => c.partyIds));
  const actors = new Map<string, ActorRecord>([...partyRecs.map((a) => [a._id, a] as const), ...known]);

  const result: FoldedAgreements = { ids: new Set(), seen: new Set(stored.map((g) => g._id)), mine: [] };
  const used = new Set<string>();
  const movedArticles = new Map<string, Map<string, string>>();
  for (const cluster of clusterAgreements(pool, (c) => sidesOfReport(c, actors))) {
    const olds = [...new Set(cluster.contributions.flatMap((c) => (ownerOf.has(c) ? [ownerOf.get(c)!] : [])))];
    let id = olds.filter(reviewed).map((g) => g._id).sort()[0] ?? agreementIdOf(cluster);
    for (let n = 1; used.has(id); n++) id = idOf('agreement', agreementIdOf(cluster), String(n));
    used.add(id);
    const before = stored.find((g) => g._id === id) ?? olds[0] ?? null;
    const folded = foldAgreement(id, cluster.contributions, actors, before, ctx, undefined);
    const rec: AgreementRecord = { ...folded, mergeReasons: [...(before?.mergeReasons.filter((r) => r.startsWith('review:')) ?? []), ...cluster.reasons] };
    const outcome = await store.agreements.put(rec);
    const hasMine = cluster.contributions.some((c) => c.articleId === ctx.articleId);
    if (hasMine || outcome !== 'unchanged') counts[outcome]++;
    // Lookups of a record that kept its id and took no new report are in place already.
    if (hasMine || before?._id !== id) await indexAgreementKeys(store, rec, actors);
    if (hasMine) {
      result.ids.add(id);
      result.mine.push({ before, after: rec });
    }
    for (const c of cluster.contributions) {
      const old = ownerOf.get(c);
      if (old && old._id !== id) (movedArticles.get(c.articleId) ?? movedArticles.set(c.articleId, new Map()).get(c.articleId)!).set(old._id, id);
    }
  }
  for (const g of stored) {
    if (used.has(g._id)) continue;
    await store.agreements.remove(g._id);
    counts.removed++;
  }
  // Other articles list the agreements they report: moved ones under their new id.
  for (const art of await store.articles.getMany([...movedArticles.keys()])) {
    const moves = movedArticles.get(art._id)!;
    const agreementIds = sortedUniq(art.agreementIds.map((a) => moves.get(a) ?? a));
    if (agreementIds.join() !== art.agreementIds.join()) await store.articles.put({ ...art, agreementIds });
  }
  return result;
}

/** Lists an agreement under every pair of sides its reports sat on, and under each party (to refresh it when the party changes). */
export async function indexAgreementKeys(store: UnitOfWork, rec: AgreementRecord, actors: ReadonlyMap<string, ActorRecord>): Promise<void> {
  const keys = keyIndex(store, 'agreement');
  await keys.add('pair', rec.contributions.flatMap((c) => pairsOfSides(sidesOfReport(c, actors))), rec._id);
  await keys.add('party', rec.partyIds, rec._id);
}
