import type { Filter, Repository } from '@coopnews/store';
import { badInput } from '../http-error.ts';

export type KeyPart = string | number;
export type Direction = 1 | -1;

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Opaque cursor: base64url of the last item's sort key and _id. */
export function encodeCursor(key: readonly KeyPart[], id: string): string {
  return Buffer.from(JSON.stringify([...key, id])).toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): { key: KeyPart[]; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const ok = Array.isArray(value) && value.length === parts + 1 && value.every((v) => typeof v === 'string' || typeof v === 'number');
  if (!ok) throw badInput(`cursor ${JSON.stringify(cursor.slice(0, 40))} is not one this list gave out; start again without cursor`, { field: 'cursor' });
  const arr = value as KeyPart[];
  return { key: arr.slice(0, parts), id: String(arr[parts]) };
}

/**
 * One page read from the database in (`by`, _id) order after a keyset cursor: the database
 * keeps the order and the api holds one page, for collections no read model follows (errors).
 * Ties break on _id, so pages never overlap.
 */
export async function dbPage<T extends { _id: string }>(
  repo: Pick<Repository<T>, 'page'>,
  filter: Filter<T>,
  order: { by: keyof T & string; dir: Direction; projection?: Record<string, 0 | 1> },
  limit: number,
  cursor?: string,
): Promise<Page<T>> {
  const after = cursor ? decodeCursor(cursor, 1) : undefined;
  const { items, more } = await repo.page(filter, { ...order, limit, after: after && { key: after.key[0]!, id: after.id } });
  const last = items.at(-1);
  return { items, ...(more && last ? { nextCursor: encodeCursor([last[order.by] as KeyPart], last._id) } : {}) };
}

/**
 * One page from rows already in list order (a read model's walk): the first `limit` that
 * match, and a cursor when one more matches. Stops at limit + 1 matches.
 */
export function cutPage<R extends { _id: string }, T>(rows: Iterable<R>, matches: (r: R) => boolean, limit: number, keyOf: (r: R) => KeyPart[], out: (r: R) => T): Page<T> {
  const taken: R[] = [];
  let more = false;
  for (const r of rows) {
    if (!matches(r)) continue;
    if (taken.length === limit) {
      more = true;
      break;
    }
    taken.push(r);
  }
  const last = taken.at(-1);
  return { items: taken.map(out), ...(more && last ? { nextCursor: encodeCursor(keyOf(last), last._id) } : {}) };
}

/** What rowsAfter needs of a read model. */
export interface OrderedRows<R> {
  readonly rows: readonly R[];
  firstIndex(after: (row: R) => boolean): number;
  compareRows(a: R, b: R): number;
}

/**
 * A read model's rows in its own order, from just after `probe` (a row built from a cursor's
 * key and _id, placed by binary search), or from the first row without one.
 */
export function* rowsAfter<R>(model: OrderedRows<R>, probe: R | undefined): Generator<R> {
  const rows = model.rows;
  for (let i = probe ? model.firstIndex((r) => model.compareRows(r, probe) > 0) : 0; i < rows.length; i++) yield rows[i]!;
}
