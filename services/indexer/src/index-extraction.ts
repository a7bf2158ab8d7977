import type { ActorRecord, AgreementChangedV1, AgreementRecord, ArticleExtractedV1, ArticleRecord, ProgramRecord } from '@coopnews/schema';
import { idOf, unitOfWork, type RecordCache, type Store, type UnitOfWork, type WriteOutcome } from '@coopnews/store';
import { foldActor } from './actors.ts';
import { foldActors } from './actor-folding.ts';
import { agreementContribution, foldAgreement } from './agreements.ts';
import { foldAgreements } from './agreement-folding.ts';
import { foldProgram, indexProgramKeys, programContribution, resolveProgram } from './programs.ts';
import { newCounts, type ArticleContext, type Counts } from './context.ts';
import { withContribution } from './folding.ts';
import { prefetchAgreements, prefetchResolution } from './prefetch.ts';

export interface IndexReport {
  article: WriteOutcome;
  actors: Counts;
  agreements: Counts;
  programs: Counts;
  /** One per agreement created or whose status changed, for agreements.changed. */
  changes: AgreementChangedV1[];
}

const count = (c: Counts, outcome: WriteOutcome) => void c[outcome]++;

export interface IndexOptions {
  /** Fold again even when the article is stored from the same page by the same extractor version. */
  force?: boolean;
  /**
   * What earlier folds of this process read and wrote (the indexer service's), so records seen
   * before cost no round trip; dropped whenever another writer touched the records.
   */
  cache?: RecordCache;
}

/**
 * Writes one extraction into the store: canonical actors, agreements and programs get this
 * article's contribution (replacing any earlier one from the same article), records the
 * article no longer reports lose it. Replaying a message writes nothing.
 *
 * The fold runs on a unit of work: what resolution will look up is read in a few parallel
 * waves, and every change is written at the end in one bulk request per collection, the
 * article record last. A crash before that last write leaves the article unrecorded, so the
 * redelivered message redoes the whole fold (contributions replace themselves; nothing doubles).
 */
export async function indexExtraction(db: Store, msg: ArticleExtractedV1, opts: IndexOptions = {}): Promise<IndexReport> {
  return (await indexBatch(db, [msg], opts))[0]!;
}

/**
 * Folds several extractions on one unit of work and writes once: a record that many of them
 * touch (a ministry, a country) is written once rather than once per article, and the bulk
 * requests and change-log numbering are shared. The articles are written last, so a crash
 * during the writes leaves every one of them to be redone. A fold that throws leaves nothing
 * written; the caller may then index the messages one by one to find the culprit.
 */
export async function indexBatch(db: Store, msgs: readonly ArticleExtractedV1[], opts: IndexOptions = {}): Promise<IndexReport[]> {
  await opts.cache?.check(db.epoch);
  const store = unitOfWork(db, opts.cache);
  const reports: IndexReport[] = [];
  for (const msg of msgs) reports.push(await foldExtraction(store, msg, opts.force ?? false));
  await store.flush();
  return reports;
}

/** One article's fold on `store` (written by the caller's flush). */
async function foldExtraction(store: UnitOfWork, msg: ArticleExtractedV1, force: boolean): Promise<IndexReport> {
  const { result } = msg;
  const articleId = idOf('article', msg.url);
  const report: IndexReport = { article: 'unchanged', actors: newCounts(), agreements: newCounts(), programs: newCounts(), changes: [] };
  const prev = await prefetchResolution(store, articleId, result);
  // The same page through the same extractor version gives the same records: nothing to do.
  if (!force && prev && prev.contentHash === msg.contentHash && prev.extractorVersion === result.extractorVersion) return report;

  const ctx: ArticleContext = {
    articleId,
    url: msg.url,
    outlet: result.article.outlet,
    ...(result.article.publishedAt ? { publishedAt: result.article.publishedAt } : {}),
    relevant: result.relevant,
    extractorVersion: result.extractorVersion,
    at: msg.extractedAt,
  };

  // Actors first: agreements and programs refer to them by canonical id.
  const folded = await foldActors(store, result.actors, ctx, report.actors);
  const canonical = new Map<string, ActorRecord>();
  for (const [local, id] of folded.localIds) canonical.set(local, (await store.actors.get(id))!);
  const ids = (local: string[]) => local.flatMap((l) => (canonical.has(l) ? [canonical.get(l)!._id] : []));
  const byCanonicalId = new Map([...canonical.values()].map((a) => [a._id, a]));

  // A person at the table speaks for their organization or country.
  const sidesOf = result.agreements.map((agreement) =>
    agreement.parties.flatMap((p) => {
      const local = result.actors.find((a) => a.id === p);
      const affiliated = local?.kind === 'person' && local.affiliation ? canonical.get(local.affiliation) : undefined;
      const rec = affiliated ?? canonical.get(p);
      return rec ? [rec] : [];
    }),
  );
  await prefetchAgreements(store, sidesOf, prev);
  const reports = result.agreements.map((agreement, i) => agreementContribution(agreement, ids(agreement.parties), sidesOf[i]!, ctx));
  const agreements = await foldAgreements(store, reports, prev?.agreementIds ?? [], byCanonicalId, ctx, report.agreements);
  const agreementIds = agreements.ids;
  for (const { before, after } of agreements.mine) {
    const change = changeOf(before, after, ctx);
    if (change) report.changes.push(change);
  }

  const programIds = new Set<string>();
  for (const program of result.programs) {
    const organizers = ids(program.organizers);
    const r = await resolveProgram(store, program, organizers, programIds);
    programIds.add(r.id);
    const mine = programContribution(program, organizers, ids(program.participants), ctx);
    const contributions = withContribution(r.existing?.contributions ?? [], articleId, mine);
    const rec = foldProgram(r.id, contributions, r.existing, ctx, r.reason);
    count(report.programs, await store.programs.put(rec, r.existing));
    await indexProgramKeys(store, rec, mine);
  }

  const actorIds = new Set([...canonical.values()].map((a) => a._id));
  if (prev) {
    const noMerge = { doubts: [] };
    await detach(store.actors, prev.actorIds, actorIds, articleId, report.actors, (rec, rest) => foldActor(rec._id, rec.kind, rest as ActorRecord['contributions'], rec, ctx, noMerge));
    await detach(store.agreements, prev.agreementIds, agreements.seen, articleId, report.agreements, async (rec, rest) => {
      const cs = rest as AgreementRecord['contributions'];
      const parties = await store.actors.getMany(cs.flatMap((c) => c.partyIds));
      return foldAgreement(rec._id, cs, new Map(parties.map((a) => [a._id, a])), rec, ctx, undefined);
    });
    await detach(store.programs, prev.programIds, programIds, articleId, report.programs, (rec, rest) => foldProgram(rec._id, rest as ProgramRecord['contributions'], rec, ctx, undefined));
  }

  const article: ArticleRecord = {
    _id: articleId,
    url: msg.url,
    fetchedUrl: msg.fetchedUrl,
    ...(msg.feedUrl ? { feedUrl: msg.feedUrl } : {}),
    title: result.article.title,
    ...(result.article.publishedAt
      ? { publishedAt: result.article.publishedAt, publishedDate: result.article.publishedAt.slice(0, 10), month: result.article.publishedAt.slice(0, 7) }
      : {}),
    outlet: result.article.outlet,
    language: result.article.language,
    text: result.article.text,
    relevant: result.relevant,
    relevance: result.relevance,
    extractorVersion: result.extractorVersion,
    contentHash: msg.contentHash,
    fetchedAt: msg.fetchedAt,
    extractedAt: msg.extractedAt,
    actorIds: [...actorIds].sort(),
    agreementIds: [...agreementIds].sort(),
    programIds: [...programIds].sort(),
    warnings: result.warnings,
  };
  report.article = await store.articles.put(article, prev);
  return report;
}

type Contributed = { _id: string; contributions: { articleId: string }[] };

/** Takes this article's part out of records it no longer reports; a record left with none is removed. */
async function detach<R extends Contributed>(
  repo: { get(id: string): Promise<R | null>; put(doc: R): Promise<WriteOutcome>; remove(id: string): Promise<boolean> },
  before: string[],
  now: Set<string>,
  articleId: string,
  counts: Counts,
  refold: (rec: R, rest: R['contributions']) => Promise<R> | R,
): Promise<void> {
  for (const id of before) {
    if (now.has(id)) continue;
    const rec = await repo.get(id);
    if (!rec) continue;
    const rest = rec.contributions.filter((c) => c.articleId !== articleId);
    if (rest.length === 0) {
      await repo.remove(id);
      counts.removed++;
    } else {
      count(counts, await repo.put(await refold(rec, rest)));
    }
  }
}

function changeOf(prev: AgreementRecord | null, rec: AgreementRecord, ctx: ArticleContext): AgreementChangedV1 | undefined {
  if (prev && prev.status === rec.status) return undefined;
  return {
    version: 1,
    agreementId: rec._id,
    change: prev ? 'status_changed' : 'created',
    status: rec.status,
    ...(prev ? { previousStatus: prev.status } : {}),
    type: rec.type,
    parties: rec.parties.map((p) => ({ id: p.id, name: p.name, ...(p.country ? { country: p.country } : {}) })),
    sectors: rec.sectors,
    summary: rec.summary,
    sourceUrl: ctx.url,
    at: ctx.at,
  };
}
