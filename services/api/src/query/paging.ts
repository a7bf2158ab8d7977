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

function compareParts(a: readonly KeyPart[], b: readonly KeyPart[], dirs: readonly Direction[]): number {
  for (let i = 0; i < dirs.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return (x < y ? -1 : 1) * dirs[i]!;
  }
  return 0;
}

/**
 * Sorts in memory and cuts one page after the cursor. Sorting happens here rather than in
 * the database because FerretDB scans for every non-_id filter anyway, and some orders
 * (status by lifecycle) are not plain field orders. Ties break on _id, so pages never overlap.
 */
export function pageOf<T extends { _id: string }>(
  docs: T[],
  keyOf: (doc: T) => KeyPart[],
  dirs: readonly Direction[],
  limit: number,
  cursor?: string,
): Page<T> {
  const keyed = docs.map((doc) => ({ doc, key: keyOf(doc) }));
  const cmp = (a: { key: KeyPart[]; id: string }, b: { key: KeyPart[]; id: string }) => compareParts(a.key, b.key, dirs) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  keyed.sort((a, b) => cmp({ key: a.key, id: a.doc._id }, { key: b.key, id: b.doc._id }));
  let start = 0;
  if (cursor) {
    const after = decodeCursor(cursor, dirs.length);
    start = keyed.findIndex((k) => cmp({ key: k.key, id: k.doc._id }, after) > 0);
    if (start < 0) start = keyed.length;
  }
  const slice = keyed.slice(start, start + limit);
  const last = slice.at(-1);
  const more = start + limit < keyed.length;
  return { items: slice.map((s) => s.doc), ...(more && last ? { nextCursor: encodeCursor(last.key, last.doc._id) } : {}) };
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
