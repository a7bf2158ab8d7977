/**
 * One copy of each short string and list that many rows repeat (statuses, countries, sectors,
 * outlets, days, actor ids): JSON.parse and the driver make a new copy per row, which at
 * 100,000 agreements costs tens of MB. The pools only grow, by distinct values (a few
 * thousand days, actors and outlet sets), not by rows.
 */
const strings = new Map<string, string>();
const lists = new Map<string, readonly string[]>();

export function intern<S extends string>(s: S): S {
  const have = strings.get(s);
  if (have !== undefined) return have as S;
  strings.set(s, s);
  return s;
}

/** A frozen shared list with the same strings in the same order. */
export function internList(xs: readonly string[]): readonly string[] {
  const key = xs.join('\u0000');
  const have = lists.get(key);
  if (have && have.length === xs.length) return have;
  const list = Object.freeze(xs.map(intern));
  lists.set(key, list);
  return list;
}
