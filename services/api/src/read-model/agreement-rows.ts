import { AgreementStatus, type AgreementRecord } from '@coopnews/schema';
import { changeLog, snapshotStore, type Store } from '@coopnews/store';
import type { Logger } from '@coopnews/runtime';
import type { AgreementListItem } from '../schemas.ts';
import type { ReadModelSpec } from './read-model.ts';

/**
 * One agreement as lists, stats, exports and watches see it: the list item, the day it is
 * dated by, and the lower-cased text `q` searches (summary and source quotes), which is never
 * sent. About 1 KB in memory.
 */
export interface AgreementRow {
  _id: string;
  item: AgreementListItem;
  day: string;
  text: string;
}

/** Changes when AgreementRow or AgreementListItem change: older snapshots are then rebuilt. */
export const AGREEMENT_ROW_SHAPE = 'agreement-row-1';

export const RANK: Readonly<Record<string, number>> = Object.fromEntries(AgreementStatus.options.map((s, i) => [s, i]));

/** The day an agreement is dated by: its own date, else the day it was first reported. */
export const dayOf = (a: Pick<AgreementRecord, 'date' | 'firstSeen'>): string => a.date ?? a.firstSeen.slice(0, 10);

export function agreementRow(a: Omit<AgreementRecord, 'contributions'>): AgreementRow {
  const item: AgreementListItem = {
    _id: a._id,
    type: a.type,
    status: a.status,
    parties: a.parties,
    partyIds: a.partyIds,
    countries: a.countries,
    sectors: a.sectors,
    ...(a.date ? { date: a.date } : {}),
    ...(a.month ? { month: a.month } : {}),
    summary: a.summary,
    outlets: a.outlets,
    relevant: a.relevant,
    dismissed: a.dismissed,
    confidence: a.confidence,
    extractorVersion: a.extractorVersion,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    sourceCount: a.sources.length,
    sourceUrls: [...new Set(a.sources.map((s) => s.url))],
    doubtCount: a.doubts.length,
    ...(a.corrected ? { corrected: true } : {}),
  };
  const text = [...new Set([a.summary, ...a.sources.map((s) => s.quote)])].join('\u0000').toLowerCase();
  return { _id: a._id, item, day: dayOf(a), text };
}

/** Oldest first, ties by _id: `-date` walks it backwards. */
export const compareAgreementRows = (a: AgreementRow, b: AgreementRow): number => (a.day < b.day ? -1 : a.day > b.day ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export function agreementModelSpec(store: Store, log?: Logger): ReadModelSpec<AgreementRecord, AgreementRow> {
  const projection = { projection: { contributions: 0 as const, statusHistory: 0 as const } };
  return {
    name: 'agreements',
    get: (id) => store.agreements.get(id),
    scan: () => store.agreements.stream({}, projection),
    rowOf: agreementRow,
    compare: compareAgreementRows,
    changes: changeLog(store.db, 'agreements'),
    snapshots: snapshotStore(store.db, 'agreements', AGREEMENT_ROW_SHAPE),
    log,
  };
}
