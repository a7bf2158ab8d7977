import type { ActorRecord, Agreement, AgreementContribution, AgreementRecord, AgreementType, PartyRef } from '@coopnews/schema';
import { idOf, keyIndex, type UnitOfWork } from '@coopnews/store';
import type { ArticleContext } from './context.ts';
import { applyCorrection, mergeReasons } from './actors.ts';
import { byPublication, commonFields, mostCommon, sortedUniq, contributionBase } from './folding.ts';

import { currentStatus, statusRank } from './status.ts';

const GOVERNMENTS = new Set(['national_government', 'provincial_government', 'local_government']);
/** Reports of one cooperation months apart still merge (announced, then signed). */
const MAX_DAYS_APART = 180;

/**
 * The side of the table a party sits on. A Korean province and Korea are one side (outlets
 * name a party at different levels); Indonesian provinces stay apart, since they are the
 * parties of domestic cooperation. Other organizations are their own side.
 */
export function sideOf(actor: ActorRecord): string {
  const country = actor.subdivision ?? actor.country;
  if (country && (actor.kind === 'place' || (actor.category && GOVERNMENTS.has(actor.category)))) {
    return country.startsWith('ID-') ? country : country.split('-')[0]!;
  }
  return actor._id;
}

export function sidesKey(parties: readonly ActorRecord[]): string {
  return sortedUniq(parties.map(sideOf)).join('|');
}

/**
 * Every pair of sides (or the one side), so that a report naming an extra party (the
 * province's government besides the province) still finds the agreement.
 */
export function pairKeys(parties: readonly ActorRecord[]): string[] {
  const sides = sortedUniq(parties.map(sideOf));
  if (sides.length < 2) return sides;
  return sides.flatMap((a, i) => sides.slice(i + 1).map((b) => `${a}|${b}`));
}

const typesCompatible = (a: AgreementType, b: AgreementType) => a === b || a === 'other' || b === 'other';

function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * Finds the stored agreement an extracted one reports again: the same sides, a compatible
 * type, dates close enough and, when both name sectors, a shared subject. Distinct
 * cooperations between the same sides (different type or subject) stay distinct.
 */
export async function resolveAgreement(
  store: UnitOfWork,
  agreement: Agreement,
  parties: readonly ActorRecord[],
  ctx: ArticleContext,
  taken: ReadonlySet<string>,
): Promise<{ id: string; existing: AgreementRecord | null; reason?: string }> {
  const pair = sidesKey(parties);
  const keys = keyIndex(store, 'agreement');
  const candidateIds = sortedUniq((await Promise.all(pairKeys(parties).map((k) => keys.lookup('pair', k)))).flat());
  // Match on what sources said, not on a reviewer's correction of it.
  const reported = (c: AgreementRecord) => ({
    types: new Set(c.contributions.map((x) => x.type)),
    sectors: sortedUniq(c.contributions.flatMap((x) => x.sectors)),
  });
  const candidates = (await store.agreements.getMany(candidateIds))
    .filter((c) => !taken.has(c._id) && !c.dismissed && daysApart(c.lastSeen, ctx.publishedAt ?? ctx.at) <= MAX_DAYS_APART)
    .map((c) => ({ c, ...reported(c) }))
    .filter(
      ({ types, sectors }) =>
        [...types].some((t) => typesCompatible(t, agreement.type)) &&
        (sectors.length === 0 || agreement.sectors.length === 0 || sectors.some((s) => agreement.sectors.includes(s))),
    );
  const overlap = (sectors: string[]) => sectors.filter((s) => agreement.sectors.includes(s)).length;
  candidates.sort(
    (a, b) => Number(b.types.has(agreement.type)) - Number(a.types.has(agreement.type)) || overlap(b.sectors) - overlap(a.sectors) || a.c._id.localeCompare(b.c._id),
  );
  const best = candidates[0]?.c;
  if (best) {
    const shared = candidates[0]!.sectors.filter((s) => agreement.sectors.includes(s));
    return { id: best._id, existing: best, reason: `same sides ${pair}, type ${agreement.type}${shared.length ? `, sectors ${shared.join(', ')}` : ''}` };
  }
  // New: keyed by where it was first seen, numbered among same-sided, same-typed ones of that article.
  let n = 0;
  let id: string;
  do id = idOf('agreement', ctx.articleId, pair, agreement.type, String(n++));
  while (taken.has(id));
  return { id, existing: await store.agreements.get(id) };
}

export function agreementContribution(agreement: Agreement, partyIds: string[], ctx: ArticleContext): AgreementContribution {
  return {
    ...contributionBase(ctx, agreement),
    type: agreement.type,
    status: agreement.status,
    partyIds: sortedUniq(partyIds),
    sectors: agreement.sectors,
    ...(agreement.date ? { date: agreement.date } : {}),
    summary: agreement.summary,
    relevant: ctx.relevant,
  };
}

const SPECIFICITY: AgreementType[] = ['mou', 'loi', 'sister_region', 'cooperation', 'other'];

export function foldAgreement(
  id: string,
  contributions: AgreementContribution[],
  actors: ReadonlyMap<string, ActorRecord>,
  prev: AgreementRecord | null,
  ctx: ArticleContext,
  reason: string | undefined,
): AgreementRecord {
  const cs = byPublication(contributions);
  const statusHistory = cs.map((c) => ({
    status: c.status,
    articleId: c.articleId,
    url: c.url,
    outlet: c.outlet,
    ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}),
    quote: c.evidence[0]?.quote ?? c.summary,
  }));
  const status = currentStatus(statusHistory);
  const type = mostCommon(cs.map((c) => c.type), (a, b) => SPECIFICITY.indexOf(a) - SPECIFICITY.indexOf(b)) ?? 'cooperation';
  const partyIds = sortedUniq(cs.flatMap((c) => c.partyIds));
  const parties: PartyRef[] = partyIds.flatMap((pid) => {
    const a = actors.get(pid);
    return a ? [{ id: a._id, name: a.name, kind: a.kind, ...(a.country ? { country: a.country } : {}) }] : [];
  });
  const atStatus = cs.filter((c) => c.status === status && c.date);
  const date = (atStatus.length ? atStatus : cs.filter((c) => c.date)).map((c) => c.date!).sort().at(-1);
  const best = [...cs].sort((a, b) => b.confidence - a.confidence || statusRank(b.status) - statusRank(a.status))[0];
  const common = commonFields(cs, cs.map((c) => c.confidence), ctx.at);
  const folded: AgreementRecord = {
    _id: id,
    type,
    status,
    parties,
    partyIds,
    countries: sortedUniq(parties.flatMap((p) => (p.country ? [p.country, p.country.split('-')[0]!] : []))),
    sectors: sortedUniq(cs.flatMap((c) => c.sectors)),
    ...(date ? { date } : {}),
    month: (date ?? common.firstSeen).slice(0, 7),
    summary: best?.summary ?? '',
    outlets: sortedUniq(cs.map((c) => c.outlet)),
    relevant: cs.some((c) => c.relevant),
    statusHistory,
    contributions: cs,
    ...common,
    extractorVersion: ctx.extractorVersion,
    dismissed: prev?.dismissed ?? false,
    mergeReasons: mergeReasons(prev, reason, ctx),
    doubts: prev?.doubts ?? [],
  };
  return applyCorrection(folded, prev);
}

export async function indexAgreementKeys(store: UnitOfWork, rec: AgreementRecord, parties: readonly ActorRecord[]): Promise<void> {
  await keyIndex(store, 'agreement').add('pair', pairKeys(parties), rec._id);
}
