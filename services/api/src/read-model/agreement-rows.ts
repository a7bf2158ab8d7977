import { AgreementStatus, type AgreementRecord, type PartyRef } from '@coopnews/schema';
import { changeLog, snapshotStore, type Store } from '@coopnews/store';
import type { Logger } from '@coopnews/runtime';
import type { AgreementListItem } from '../schemas.ts';
import type { ReadModelSpec } from './read-model.ts';
import { intern, internList } from './intern.ts';

/**
 * The list item's fields an AgreementRow keeps as one JSON array, read only when the item is
 * sent: positions, not keys (keys were a fifth of every row), parties as [id, name, kind, country?].
 */
type PartyTuple = [string, string, PartyRef['kind'], string?];
type Rest = [parties: PartyTuple[], date: string | null, extractorVersion: string, firstSeen: string, lastSeen: string, sourceCount: number, quoteCount: number, sourceUrls: string[], corrected: 1 | 0];

const restOf = (a: Omit<AgreementRecord, 'contributions'>): string =>
  JSON.stringify([
    a.parties.map((p): PartyTuple => (p.country === undefined ? [p.id, p.name, p.kind] : [p.id, p.name, p.kind, p.country])),
    a.date ?? null,
    a.extractorVersion,
    a.firstSeen,
    a.lastSeen,
    // Sources count articles, not quotes (an article quoted nine times is one source).
    new Set(a.sources.map((s) => s.articleId)).size,
    a.sources.length,
    [...new Set(a.sources.map((s) => s.url))],
    a.corrected ? 1 : 0,
  ] satisfies Rest);

/** An AgreementRow's own fields: what a snapshot stores. */
export interface AgreementRowFields {
  _id: string;
  /** The day it is dated by (dayOf). */
  day: string;
  month?: string | undefined;
  status: AgreementListItem['status'];
  type: AgreementListItem['type'];
  relevant: boolean;
  dismissed: boolean;
  countries: readonly string[];
  sectors: readonly string[];
  outlets: readonly string[];
  partyIds: readonly string[];
  confidence: number;
  doubtCount: number;
  summary: string;
  /** The source quotes other than the summary, lower-cased and joined by NUL: what `q` searches besides the summary. Never sent. */
  quotes: string;
  /** The rest of the list item as one JSON array (Rest). */
  rest: string;
}

/**
 * One agreement as lists, stats, exports and watches see it: the fields filters and stats test
 * as fields (their strings and lists shared between rows: a country or an outlet is one string
 * in memory, not one per agreement), the rest of the list item as one JSON string, parsed only
 * when the item is sent. About 1.45 KB per synthetic agreement on the heap where a plain item
 * and a lower-cased copy of the summary took 2.6 KB (100,000 rows: 145 MB, not 260 MB).
 */
export class AgreementRow implements AgreementRowFields {
  readonly _id: string;
  readonly day: string;
  readonly month: string | undefined;
  readonly status: AgreementListItem['status'];
  readonly type: AgreementListItem['type'];
  readonly relevant: boolean;
  readonly dismissed: boolean;
  readonly countries: readonly string[];
  readonly sectors: readonly string[];
  readonly outlets: readonly string[];
  readonly partyIds: readonly string[];
  readonly confidence: number;
  readonly doubtCount: number;
  readonly summary: string;
  readonly quotes: string;
  readonly rest: string;

  /** From a row's own fields (a snapshot's, or agreementRow's): shares what other rows hold too. */
  constructor(f: AgreementRowFields) {
    this._id = f._id;
    this.day = intern(f.day);
    this.month = f.month === undefined ? undefined : intern(f.month);
    this.status = intern(f.status);
    this.type = intern(f.type);
    this.relevant = f.relevant;
    this.dismissed = f.dismissed;
    this.countries = internList(f.countries);
    this.sectors = internList(f.sectors);
    this.outlets = internList(f.outlets);
    this.partyIds = f.partyIds.map(intern);
    this.confidence = f.confidence;
    this.doubtCount = f.doubtCount;
    this.summary = f.summary;
    this.quotes = f.quotes;
    this.rest = f.rest;
  }

  /** The list item, built anew on each call (lists call it for the rows of one page). */
  get item(): AgreementListItem {
    const [parties, date, extractorVersion, firstSeen, lastSeen, sourceCount, quoteCount, sourceUrls, corrected] = JSON.parse(this.rest) as Rest;
    return {
      _id: this._id,
      type: this.type,
      status: this.status,
      parties: parties.map(([id, name, kind, country]) => (country === undefined ? { id, name, kind } : { id, name, kind, country })),
      partyIds: [...this.partyIds],
      countries: [...this.countries],
      sectors: [...this.sectors],
      ...(date ? { date } : {}),
      ...(this.month ? { month: this.month } : {}),
      summary: this.summary,
      outlets: [...this.outlets],
      relevant: this.relevant,
      dismissed: this.dismissed,
      confidence: this.confidence,
      extractorVersion,
      firstSeen,
      lastSeen,
      sourceCount,
      quoteCount,
      sourceUrls,
      doubtCount: this.doubtCount,
      ...(corrected ? { corrected: true } : {}),
    };
  }

  /** Tells whether `q` (lower-cased) occurs in the summary or a quote, ignoring case. */
  mentions(q: string): boolean {
    return this.quotes.includes(q) || this.summary.toLowerCase().includes(q);
  }
}

/** Changes when AgreementRow or AgreementListItem change: older snapshots are then rebuilt. */
export const AGREEMENT_ROW_SHAPE = 'agreement-row-4';

export const RANK: Readonly<Record<string, number>> = Object.fromEntries(AgreementStatus.options.map((s, i) => [s, i]));

/** The day an agreement is dated by: its own date, else the day it was first reported. */
export const dayOf = (a: Pick<AgreementRecord, 'date' | 'firstSeen'>): string => a.date ?? a.firstSeen.slice(0, 10);

export function agreementRow(a: Omit<AgreementRecord, 'contributions'>): AgreementRow {
  const quotes = [...new Set(a.sources.map((s) => s.quote))].filter((q) => q !== a.summary);
  return new AgreementRow({
    _id: a._id,
    day: dayOf(a),
    month: a.month,
    status: a.status,
    type: a.type,
    relevant: a.relevant,
    dismissed: a.dismissed,
    countries: a.countries,
    sectors: a.sectors,
    outlets: a.outlets,
    partyIds: a.partyIds,
    confidence: a.confidence,
    doubtCount: a.doubts.length,
    summary: a.summary,
    quotes: quotes.join('\u0000').toLowerCase(),
    rest: restOf(a),
  });
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
    snapshots: snapshotStore(store.db, 'agreements', AGREEMENT_ROW_SHAPE, (raw) => new AgreementRow(raw as AgreementRowFields)),
    log,
  };
}
