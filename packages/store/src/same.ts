import { isDeepStrictEqual } from 'node:util';

/** Stored documents lose keys whose value is undefined; compare like with like. */
export function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(stripUndefined(a), stripUndefined(b));
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, stripUndefined(v)]));
  }
  return value;
}
