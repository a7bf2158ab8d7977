import type { AgreementChangedV1, AgreementRecord } from '@coopnews/schema';
import { idOf, type Store, type WatchEventRecord, type WatchRecord } from '@coopnews/store';
import type { Logger } from '@coopnews/runtime';
import { actorIdsFromKeys, AgreementFilter, agreementMatcher } from '../query/agreement-filter.ts';
import { agreementRow, type AgreementRow } from '../read-model/agreement-rows.ts';
import type { Deliverer } from './webhook.ts';

/** The agreement as the filters see it: the stored record at the status of the change, or the message alone if the record is gone. */
function rowOf(change: AgreementChangedV1, stored: AgreementRecord | null): AgreementRow {
  if (stored) return agreementRow({ ...stored, status: change.status });
  const countries = [...new Set(change.parties.flatMap((p) => (p.country ? [p.country, p.country.split('-')[0]!] : [])))].sort();
  return agreementRow({
    _id: change.agreementId,
    type: change.type,
    status: change.status,
    parties: change.parties.map((p) => ({ ...p, kind: 'organization' as const })),
    partyIds: change.parties.map((p) => p.id),
    countries,
    sectors: change.sectors,
    summary: change.summary,
    outlets: [],
    relevant: true,
    dismissed: false,
    statusHistory: [],
    extractorVersion: '',
    confidence: 1,
    articleIds: [],
    sources: [],
    mergeReasons: [],
    doubts: [],
    firstSeen: change.at,
    lastSeen: change.at,
  });
}

/**
 * Matches one agreement change against every watch: a match is stored once (its id comes from
 * watch, agreement and status, so a replayed message changes nothing) and handed to the
 * webhook deliverer unless already delivered or given up. A watch sees changes made after it
 * was created, so a new watch does not replay the topic's history at its receiver.
 */
export async function matchChange(store: Store, change: AgreementChangedV1, deliverer: Deliverer, log: Logger, now = () => new Date()): Promise<WatchEventRecord[]> {
  const watches = await store.watches.find({});
  if (watches.length === 0) return [];
  const stored = await store.agreements.get(change.agreementId);
  const row = rowOf(change, stored);
  const matched: WatchEventRecord[] = [];
  for (const watch of watches) {
    if (change.at < watch.createdAt) continue;
    const filter = AgreementFilter.safeParse(watch.filter);
    if (!filter.success) {
      log.warn({ watchId: watch._id, issues: filter.error.issues }, 'watch has an invalid filter: skipped');
      continue;
    }
    const actorIds = filter.data.actor ? await actorIdsFromKeys(store, filter.data.actor) : undefined;
    if (!agreementMatcher(actorIds, filter.data)(row)) continue;
    const event = await recordEvent(store, watch, change, now());
    matched.push(event);
    if (watch.webhookUrl) {
      const delivery = await store.webhookDeliveries.get(event._id);
      if (!delivery || delivery.state === 'pending') deliverer.enqueue(watch, event);
    }
  }
  return matched;
}

async function recordEvent(store: Store, watch: WatchRecord, change: AgreementChangedV1, now: Date): Promise<WatchEventRecord> {
  const id = idOf('watchevent', watch._id, change.agreementId, change.status);
  const existing = await store.watchEvents.get(id);
  if (existing) return existing;
  const event: WatchEventRecord = {
    _id: id,
    watchId: watch._id,
    agreementId: change.agreementId,
    change: change.change,
    status: change.status,
    ...(change.previousStatus ? { previousStatus: change.previousStatus } : {}),
    type: change.type,
    parties: change.parties,
    sectors: change.sectors,
    summary: change.summary,
    sourceUrl: change.sourceUrl,
    at: change.at,
    matchedAt: now.toISOString(),
  };
  await store.watchEvents.put(event);
  return event;
}
