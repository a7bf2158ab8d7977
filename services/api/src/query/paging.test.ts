import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf } from './paging.ts';

const docs = [
  { _id: 'a', day: '2022-01-01' },
  { _id: 'b', day: '2023-05-01' },
  { _id: 'c', day: '2022-01-01' },
  { _id: 'd', day: '2021-12-31' },
  { _id: 'e', day: '2023-05-01' },
];

describe('pageOf', () => {
  it('walks every item once in sort order, ties broken by _id', () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = pageOf(docs, (d) => [d.day], [-1], 2, cursor);
      ids.push(...page.items.map((d) => d._id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(['b', 'e', 'a', 'c', 'd']);
  });

  it('gives no cursor on the last page, and an empty page after the end', () => {
    expect(pageOf(docs, (d) => [d.day], [1], 5).nextCursor).toBeUndefined();
    expect(pageOf(docs, (d) => [d.day], [1], 5, encodeCursor(['9999-12-31'], 'z')).items).toEqual([]);
  });

  it('rejects cursors it did not make', () => {
    expect(() => decodeCursor('not-a-cursor', 1)).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor(['x', 1], 'id'), 1)).toThrow(/cursor/);
    expect(decodeCursor(encodeCursor([2, 'x'], 'id'), 2)).toEqual({ key: [2, 'x'], id: 'id' });
  });
});
