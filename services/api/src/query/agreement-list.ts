import { z } from 'zod';
import type { ReadModels } from '../read-model/models.ts';
import { RANK, type AgreementRow } from '../read-model/agreement-rows.ts';
import type { AgreementListItem } from '../schemas.ts';
import { citedItem } from '../citations.ts';
import { modelMatcher, AgreementFilter } from './agreement-filter.ts';
import { cutPage, decodeCursor, type Page } from './paging.ts';
import { Cursor, Limit } from './params.ts';

export const AgreementQuery = AgreementFilter.extend({
  sort: z.enum(['date', '-date', 'status']).default('-date').describe('date: oldest first; -date: newest first; status: by lifecycle, newest first within'),
  limit: Limit,
  cursor: Cursor,
});
export type AgreementQuery = z.infer<typeof AgreementQuery>;

const STATUSES = Object.keys(RANK).length;
const rankOf = (r: AgreementRow) => RANK[r.status] ?? 0;

/**
 * A page of agreements from the read model (rows kept oldest first, ties by _id): `date` walks
 * forward, `-date` backward, `status` backward once per status in lifecycle order. The cursor
 * is the last row's sort key and _id, found again by binary search; the walk stops as soon as
 * the page is full, so a page costs what it skips, not what matches.
 */
export function listAgreements(models: ReadModels, query: AgreementQuery): Page<AgreementListItem> {
  const { sort, limit, cursor, ...filter } = query;
  const matches = modelMatcher(models, filter);
  const model = models.agreements;
  const rows = model.rows;
  const item = (r: AgreementRow) => citedItem(r.item, models);
  const after = cursor ? decodeCursor(cursor, sort === 'status' ? 2 : 1) : undefined;
  const cday = after ? String(after.key.at(-1)) : '';
  // Index of the first row at or after the cursor's (day, _id), and of the first strictly after it.
  const atOrAfter = () => model.firstIndex((r) => r.day > cday || (r.day === cday && r._id >= after!.id));
  const strictlyAfter = () => model.firstIndex((r) => r.day > cday || (r.day === cday && r._id > after!.id));

  if (sort === 'date') {
    const start = after ? strictlyAfter() : 0;
    return cutPage(forward(rows, start), matches, limit, (r) => [r.day], item);
  }
  if (sort === '-date') {
    const start = after ? atOrAfter() - 1 : rows.length - 1;
    return cutPage(backward(rows, start), matches, limit, (r) => [r.day], item);
  }
  const fromRank = after ? Number(after.key[0]) : 0;
  function* byStatus(): Generator<AgreementRow> {
    for (let rank = Math.max(0, fromRank); rank < STATUSES; rank++) {
      const start = after && rank === fromRank ? atOrAfter() - 1 : rows.length - 1;
      for (const r of backward(rows, start)) if (rankOf(r) === rank) yield r;
    }
  }
  return cutPage(byStatus(), matches, limit, (r) => [rankOf(r), r.day], item);
}

function* forward<R>(rows: readonly R[], from: number): Generator<R> {
  for (let i = Math.max(0, from); i < rows.length; i++) yield rows[i]!;
}
function* backward<R>(rows: readonly R[], from: number): Generator<R> {
  for (let i = Math.min(rows.length - 1, from); i >= 0; i--) yield rows[i]!;
}
