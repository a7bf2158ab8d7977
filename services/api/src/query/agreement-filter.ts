import { z } from 'zod';
import { ActorKind, AgreementStatus, AgreementType } from '@coopnews/schema';
import { keyIndex, normalizeKey, type Store } from '@coopnews/store';
import type { ReadModels } from '../read-model/models.ts';
import type { AgreementRow } from '../read-model/agreement-rows.ts';
import { Day, Flag, Text } from './params.ts';

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

/** The exact test of a filter against one read-model row (no I/O: lists call it per row). */
export type AgreementMatcher = (row: AgreementRow) => boolean;

/** Resolves an actor given by id or by name to the canonical ids it may stand for (from the actor read model). */
export function actorIdsFor(models: Pick<ReadModels, 'actors'>, actor: string): Set<string> {
  const ids = new Set([actor]);
  const key = normalizeKey(actor);
  if (key) for (const a of models.actors.rows) if (a.keys.includes(key)) ids.add(a._id);
  return ids;
}

/** The same from the indexer's key documents (by `_id`), for the watcher, which has no read model. */
export async function actorIdsFromKeys(store: Pick<Store, 'keys'>, actor: string): Promise<Set<string>> {
  const ids = new Set([actor]);
  const key = normalizeKey(actor);
  if (!key) return ids;
  const lookups = ACTOR_SCOPES.flatMap((scope) => ['name', 'alias'].map((index) => keyIndex(store, scope).lookup(index, key)));
  for (const found of await Promise.all(lookups)) for (const id of found) ids.add(id);
  return ids;
}
const ACTOR_SCOPES = ActorKind.options;

/** `actorIds`: what the filter's `actor` resolves to (actorIdsFor); undefined without one. */
export function agreementMatcher(actorIds: ReadonlySet<string> | undefined, f: AgreementFilter): AgreementMatcher {
  // q is literal text, compared lower-cased (AgreementRow.mentions).
  const q = f.q?.toLowerCase();
  const country = f.country?.toUpperCase();
  const province = f.province?.toUpperCase();
  const sector = f.sector?.toLowerCase();
  const outlet = f.outlet?.toLowerCase();
  return (a) => {
    if (!f.includeIrrelevant && !a.relevant) return false;
    if (!f.includeDismissed && a.dismissed) return false;
    if (f.status && a.status !== f.status) return false;
    if (f.type && a.type !== f.type) return false;
    if (sector && !a.sectors.some((s) => s.toLowerCase() === sector)) return false;
    if (country && !a.countries.includes(country)) return false;
    if (province && !a.countries.includes(province)) return false;
    if (f.since && a.day < f.since) return false;
    if (f.until && a.day > f.until) return false;
    if (outlet && !a.outlets.some((o) => o.toLowerCase() === outlet)) return false;
    if (actorIds && !a.partyIds.some((p) => actorIds.has(p))) return false;
    if (q && !a.mentions(q)) return false;
    return true;
  };
}

/** Matching agreements newest first, one at a time from the read model: exports never copy a list. */
export function* matchingAgreements(models: ReadModels, f: AgreementFilter): Generator<AgreementRow> {
  const matches = modelMatcher(models, f);
  const rows = models.agreements.rows;
  for (let i = rows.length - 1; i >= 0; i--) if (matches(rows[i]!)) yield rows[i]!;
}

/** The matcher of a filter, its actor resolved against the actor read model. */
export const modelMatcher = (models: Pick<ReadModels, 'actors'>, f: AgreementFilter): AgreementMatcher => agreementMatcher(f.actor ? actorIdsFor(models, f.actor) : undefined, f);
