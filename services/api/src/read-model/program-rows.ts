import type { ProgramRecord } from '@coopnews/schema';
import { changeLog, snapshotStore, type Store } from '@coopnews/store';
import type { Logger } from '@coopnews/runtime';
import { withoutContributions, type ProgramItem } from '../schemas.ts';
import type { ReadModelSpec } from './read-model.ts';

/**
 * One program as the program list, its export, the review list and `/actors/:id` see it: what
 * they filter and sort on as fields, the item (the record without contributions) as JSON,
 * parsed only when sent. Programs grow with the news as agreements do, so lists never read
 * the collection (FerretDB would decode every program for any filter).
 */
export interface ProgramRow {
  _id: string;
  /** Lower-cased name, the list's second sort key. */
  sortName: string;
  articleCount: number;
  /** Name, acronym and aliases: what `q` looks in. */
  names: string[];
  dismissed: boolean;
  confidence: number;
  doubtCount: number;
  organizerIds: string[];
  participantIds: string[];
  /** The item (ProgramItem) as JSON. */
  json: string;
}

export const PROGRAM_ROW_SHAPE = 'program-row-1';

export function programRow(p: Omit<ProgramRecord, 'contributions'> & { contributions?: unknown }): ProgramRow {
  return {
    _id: p._id,
    sortName: p.name.toLowerCase(),
    articleCount: p.articleIds.length,
    names: [p.name, ...(p.acronym ? [p.acronym] : []), ...p.aliases],
    dismissed: p.dismissed,
    confidence: p.confidence,
    doubtCount: p.doubts.length,
    organizerIds: p.organizerIds,
    participantIds: p.participantIds,
    json: JSON.stringify(withoutContributions(p)),
  };
}

export const programItem = (r: ProgramRow): ProgramItem => JSON.parse(r.json) as ProgramItem;

/** Most-reported first, then by name, then _id (the order /programs always had). */
export const compareProgramRows = (a: ProgramRow, b: ProgramRow): number =>
  b.articleCount - a.articleCount || (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export function programModelSpec(store: Store, log?: Logger): ReadModelSpec<ProgramRecord, ProgramRow> {
  return {
    name: 'programs',
    get: (id) => store.programs.get(id),
    scan: () => store.programs.stream({}, { projection: { contributions: 0 } }),
    rowOf: programRow,
    compare: compareProgramRows,
    changes: changeLog(store.db, 'programs'),
    snapshots: snapshotStore(store.db, 'programs', PROGRAM_ROW_SHAPE),
    log,
  };
}
