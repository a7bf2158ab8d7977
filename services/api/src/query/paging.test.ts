import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './paging.ts';

describe('cursors', () => {
  it('rejects cursors it did not make', () => {
    expect(() => decodeCursor('not-a-cursor', 1)).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor(['x', 1], 'id'), 1)).toThrow(/cursor/);
    expect(decodeCursor(encodeCursor([2, 'x'], 'id'), 2)).toEqual({ key: [2, 'x'], id: 'id' });
  });
});
