import type { ActorRecord, Agreement, AgreementContribution, AgreementRecord, AgreementType, PartyRef } from '@coopnews/schema';
import { idOf } from '@coopnews/store';
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

/**
 * Every pair of sides (or the one side), so that a report naming an extra party (the
 * province's government besides the province) still finds the agreement.
 */
export const pairKeys = (parties: readonly ActorRecord[]): string[] => pairsOfSides(parties.map(sideOf));

const typesCompatible = (a: AgreementType, b: AgreementType) => a === b || a === 'other' || b === 'other';

function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** Every pair of a list of sides (or the one side). */
export function pairsOfSides(sides: readonly string[]): string[] {
  const s = sortedUniq(sides);
  if (s.length < 2) return s;
  return s.flatMap((a, i) => s.slice(i + 1).map((b) => `${a}|${b}`));
}

/** A total order over contributions: by publication, then article, then place in the text. */
function reportOrder(a: AgreementContribution, b: AgreementContribution): number {
  return (
    (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
    a.articleId.localeCompare(b.articleId) ||
    (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
    a.type.localeCompare(b.type) ||
    a.summary.localeCompare(b.summary)
  );
}

export interface AgreementCluster {
  contributions: AgreementContribution[];
  /** Why later reports joined the first. */
  reasons: string[];
}

/**
 * Groups reports of agreements into agreements: a report joins the earliest group it reports
 * again (the same sides, a compatible type, dates close enough and, when both name sectors, a
 * shared subject; never two reports of one article), preferring the same type and more shared
 * sectors; else it starts a new one. Reports are taken in a total order (publication, article,
 * place in the text), so the groups depend on the set of reports, not on the order they
 * arrived in. Distinct cooperations between the same sides (different type or subject) stay apart.
 */
export function clusterAgreements(reports: readonly AgreementContribution[], sidesOf: (c: AgreementContribution) => string[]): AgreementCluster[] {
  const clusters: (AgreementCluster & { pairs: Set<string>; types: Set<AgreementType>; sectors: Set<string>; articles: Set<string>; lastSeen: string | undefined })[] = [];
  for (const c of [...reports].sort(reportOrder)) {
    const pairs = pairsOfSides(sidesOf(c));
    const at = c.publishedAt;
    const overlap = (k: (typeof clusters)[number]) => c.sectors.filter((s) => k.sectors.has(s)).length;
    const fits = clusters.filter(
      (k) =>
        !k.articles.has(c.articleId) &&
        pairs.some((p) => k.pairs.has(p)) &&
        [...k.types].some((t) => typesCompatible(t, c.type)) &&
        (k.sectors.size === 0 || c.sectors.length === 0 || overlap(k) > 0) &&
        daysApart(k.lastSeen, at) <= MAX_DAYS_APART,
    );
    // Stable sort: among equals, the earliest group.
    fits.sort((a, b) => Number(b.types.has(c.type)) - Number(a.types.has(c.type)) || overlap(b) - overlap(a));
    const best = fits[0];
    if (best) {
      const shared = c.sectors.filter((s) => best.sectors.has(s));
      best.reasons.push(`${c.url}: same sides ${[...pairs].join(', ')}, type ${c.type}${shared.length ? `, sectors ${shared.join(', ')}` : ''}`);
      best.contributions.push(c);
      for (const p of pairs) best.pairs.add(p);
      best.types.add(c.type);
      for (const s of c.sectors) best.sectors.add(s);
      best.articles.add(c.articleId);
      if (at && (!best.lastSeen || at > best.lastSeen)) best.lastSeen = at;
    } else {
      clusters.push({ contributions: [c], reasons: [], pairs: new Set(pairs), types: new Set([c.type]), sectors: new Set(c.sectors), articles: new Set([c.articleId]), lastSeen: at });
    }
  }
  return clusters.map(({ contributions, reasons }) => ({ contributions, reasons }));
}

/**
 * An agreement's id says which report first told of it (its date, type, summary and place in
 * the text), whatever arrived first; copies of that report under other URLs give the same id.
 */
export function agreementIdOf(cluster: AgreementCluster): string {
  const first = cluster.contributions[0]!;
  return idOf('agreement', first.publishedAt ?? '', first.type, first.summary, String(first.evidence[0]?.start ?? 0));
}

export function agreementContribution(agreement: Agreement, partyIds: string[], sides: readonly ActorRecord[], ctx: ArticleContext): AgreementContribution {
  return {
    ...contributionBase(ctx, agreement),
    type: agreement.type,
    status: agreement.status,
    partyIds: sortedUniq(partyIds),
    sides: sortedUniq(sides.map(sideOf)),
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
