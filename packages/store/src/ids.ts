import { createHash } from 'node:crypto';

/**
 * Deterministic record ids: a hash of the natural key. Every write and lookup goes by `_id`
 * because FerretDB 1.x pushes only `{_id: value}` filters down to SQLite (DESIGN.md).
 */
export function idOf(kind: string, ...key: string[]): string {
  return kind.slice(0, 3) + '_' + createHash('sha256').update([kind, ...key].join('\u0000')).digest('hex').slice(0, 20);
}
