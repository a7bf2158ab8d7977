import { z } from 'zod';
import { AgreementStatus, AgreementType, type AgreementRecord } from '@coopnews/schema';
import { normalizeKey, type Filter, type Store } from '@coopnews/store';
import { Day, Flag, Text, textRegex } from './params.ts';

/** The fields that select agreements: the /agreements query, exports, stats and watches. */
export const AgreementFilter = z.object({
  actor: Text.optional().describe('actor id, or a name or alias of an actor'),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code like KR').optional(),
  province: z.string().regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, 'expected an ISO 3166-2 code like ID-JT').optional(),
  sector: Text.optional(),
  type: AgreementType.optional(),
  status: AgreementStatus.optional(),
  since: Day.optional(),
  until: Day.optional(),
  outlet: Text.optional(),
  q: Text.optional().describe('free text over the summary and the source quotes (case-insensitive)'),
  includeIrrelevant: Flag,
  includeDismissed: Flag,
});
export type AgreementFilter = z.infer<typeof AgreementFilter>;

/** What the filters read: every agreement field but the per-article contributions. */
export type AgreementView = Omit<AgreementRecord, 'contributions'>;

/** The day an agreement is dated by: its own date, else the day it was first reported. */
export const dayOf = (a: Pick<AgreementRecord, 'date' | 'firstSeen'>): string => a.date ?? a.firstSeen.slice(0, 10);

export interface AgreementMatcher {
  /** A coarse filter the database can use (indexes on MongoDB); `matches` is the exact test. */
  db: Filter<AgreementRecord>;
  matches(a: AgreementView): boolean;
}

/** Resolves an actor given by id or by name to the canonical ids it may stand for. */
export async function actorIdsFor(store: Store, actor: string): Promise<Set<string>> {
  const ids = new Set([actor]);
  const key = normalizeKey(actor);
  if (key) for (const a of await store.actors.find({ keys: key }, { projection: { _id: 1 } })) ids.add(a._id);
  return ids;
}

export async function agreementMatcher(store: Store, f: AgreementFilter): Promise<AgreementMatcher> {
  const actorIds = f.actor ? await actorIdsFor(store, f.actor) : undefined;
  const re = textRegex(f.q);
  const country = f.country?.toUpperCase();
  const province = f.province?.toUpperCase();
  const sector = f.sector?.toLowerCase();
  const outlet = f.outlet?.toLowerCase();

  const db: Filter<AgreementRecord> = {};
  if (!f.includeIrrelevant) db.relevant = true;
  if (!f.includeDismissed) db.dismissed = { $ne: true };
  if (f.status) db.status = f.status;
  if (f.type) db.type = f.type;
  if (sector) db.sectors = sector;
  if (country ?? province) db.countries = (country ?? province)!;
  if (f.since || f.until) db.month = { ...(f.since ? { $gte: f.since.slice(0, 7) } : {}), ...(f.until ? { $lte: f.until.slice(0, 7) } : {}) };
  if (actorIds) db.partyIds = { $in: [...actorIds] };

  const matches = (a: AgreementView): boolean => {
    if (!f.includeIrrelevant && !a.relevant) return false;
    if (!f.includeDismissed && a.dismissed) return false;
    if (f.status && a.status !== f.status) return false;
    if (f.type && a.type !== f.type) return false;
    if (sector && !a.sectors.some((s) => s.toLowerCase() === sector)) return false;
    if (country && !a.countries.includes(country)) return false;
    if (province && !a.countries.includes(province)) return false;
    const day = dayOf(a);
    if (f.since && day < f.since) return false;
    if (f.until && day > f.until) return false;
    if (outlet && !a.outlets.some((o) => o.toLowerCase() === outlet)) return false;
    if (actorIds && !a.partyIds.some((p) => actorIds.has(p))) return false;
    if (re && !re.test(a.summary) && !a.sources.some((s) => re.test(s.quote))) return false;
    return true;
  };
  return { db, matches };
}

/** Streams matching agreements (without contributions) one by one: exports never hold a whole list. */
export async function* streamAgreements(store: Store, f: AgreementFilter): AsyncGenerator<AgreementView> {
  const m = await agreementMatcher(store, f);
  for await (const a of store.agreements.stream(m.db, { projection: { contributions: 0 } })) if (m.matches(a)) yield a;
}
