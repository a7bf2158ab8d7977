import type { AgreementFilter, AgreementMatcher } from '../query/agreement-filter.ts';
import type { AgreementRow } from './agreement-rows.ts';
import type { ReadModel, RowObserver } from './read-model.ts';

export type StatsBy = 'country' | 'sector' | 'status';
const BYS: readonly StatsBy[] = ['country', 'sector', 'status'];

export interface StatsCount {
  month: string;
  key: string;
  count: number;
}

/** The keys one agreement counts under: an agreement with two sectors counts once for each. */
export function statKeys(a: AgreementRow, by: StatsBy): readonly string[] {
  // Countries only (KR, ID), not provinces: provinces would double-count each agreement.
  const keys = by === 'status' ? [a.status] : by === 'sector' ? a.sectors : a.countries.filter((c) => !c.includes('-'));
  return keys.length > 0 ? keys : ['(none)'];
}

/** The month an agreement is counted in: the month it reports, else the month of its day. */
const monthOf = (row: AgreementRow): string => row.month ?? row.day.slice(0, 7);

/** What the counters need of the agreement read model. */
export type StatsSource = Pick<ReadModel<unknown, AgreementRow>, 'rows' | 'size' | 'firstIndex' | 'observe'>;

/** Keys with equal counts, as localeCompare orders them (months are ASCII, compared as such: much faster). */
const byName = new Intl.Collator();

/** month -> key -> count */
type Counts = Map<string, Map<string, number>>;

function add(counts: Counts, month: string, key: string, n: number): void {
  let byKey = counts.get(month);
  if (!byKey) counts.set(month, (byKey = new Map()));
  const next = (byKey.get(key) ?? 0) + n;
  if (next === 0) byKey.delete(key);
  else byKey.set(key, next);
  if (byKey.size === 0) counts.delete(month);
}

/**
 * One bucket of counters: the agreements dated in one calendar month (`dayMonth`, what
 * since/until select on) and counted in `month` (usually the same).
 */
interface Bucket {
  dayMonth: string;
  month: string;
  byKey: Map<string, number>;
}

/**
 * The filters counters answer without looking at rows: none, or one of these. `place` stands
 * for `country` and `province` alike (both test the agreement's `countries`).
 */
type Facet = '' | `place:${string}` | `sector:${string}` | `status:${string}` | `type:${string}`;

/** relevant (1/0) and dismissed (1/0): which include* flags let a row through. */
const stateOf = (row: AgreementRow): string => `${row.relevant ? 1 : 0}${row.dismissed ? 1 : 0}`;

function facetsOf(a: AgreementRow): Facet[] {
  return ['', ...a.countries.map((c) => `place:${c}` as const), ...[...new Set(a.sectors.map((s) => s.toLowerCase()))].map((s) => `sector:${s}` as const), `status:${a.status}`, `type:${a.type}`];
}

/** The facet a filter asks for, or undefined when counters cannot answer it (the rows are walked instead). */
function facetOfFilter(f: AgreementFilter): Facet | undefined {
  if (f.actor !== undefined || f.outlet !== undefined || f.q !== undefined) return undefined;
  const facets: Facet[] = [];
  if (f.country) facets.push(`place:${f.country.toUpperCase()}`);
  if (f.province) facets.push(`place:${f.province.toUpperCase()}`);
  if (f.sector) facets.push(`sector:${f.sector.toLowerCase()}`);
  if (f.status) facets.push(`status:${f.status}`);
  if (f.type) facets.push(`type:${f.type}`);
  if (facets.length > 1) return undefined;
  return facets[0] ?? '';
}

/**
 * Agreement counts per month and country, sector or status, kept up to date with the read
 * model (an observer of its rows): a stats request sums a few hundred counters instead of
 * walking 100,000 rows. Counters exist for every combination of row state (relevant,
 * dismissed), one facet (no filter, or one country/province, sector, status or type), `by` and
 * month; since/until select whole months from them and walk only the rows of a month they cut
 * through. Other filters (actor, outlet, q, two facets at once) walk the rows. Built on the
 * first stats request (about a second at 100,000 rows), not at start.
 */
export class AgreementStats implements RowObserver<AgreementRow> {
  /** `${state}|${facet}|${by}` -> bucket id -> bucket */
  readonly #counters = new Map<string, Map<string, Bucket>>();
  #attached = false;

  constructor(private readonly model: StatsSource) {}

  reset(rows: readonly AgreementRow[]): void {
    this.#counters.clear();
    for (const row of rows) this.added(row);
  }
  added(row: AgreementRow): void {
    this.#count(row, 1);
  }
  removed(row: AgreementRow): void {
    this.#count(row, -1);
  }

  #count(row: AgreementRow, n: 1 | -1): void {
    const state = stateOf(row);
    const dayMonth = row.day.slice(0, 7);
    const month = monthOf(row);
    const bucketId = dayMonth === month ? month : `${dayMonth} ${month}`;
    for (const facet of facetsOf(row)) {
      for (const by of BYS) {
        const id = `${state}|${facet}|${by}`;
        let buckets = this.#counters.get(id);
        if (!buckets) this.#counters.set(id, (buckets = new Map()));
        let bucket = buckets.get(bucketId);
        if (!bucket) buckets.set(bucketId, (bucket = { dayMonth, month, byKey: new Map() }));
        for (const key of statKeys(row, by)) {
          const next = (bucket.byKey.get(key) ?? 0) + n;
          if (next === 0) bucket.byKey.delete(key);
          else bucket.byKey.set(key, next);
        }
        if (bucket.byKey.size === 0) buckets.delete(bucketId);
        if (buckets.size === 0) this.#counters.delete(id);
      }
    }
  }

  /** Counts per month and key of the agreements `matches` lets through (`matches` is the exact test of `filter`). */
  query(filter: AgreementFilter, by: StatsBy, matches: AgreementMatcher): StatsCount[] {
    const counts: Counts = new Map();
    const facet = facetOfFilter(filter);
    if (facet === undefined) this.#walk(0, this.model.size, matches, by, counts);
    else this.#fromCounters(filter, facet, by, matches, counts);
    return [...counts]
      .flatMap(([month, byKey]) => [...byKey].map(([key, count]) => ({ month, key, count })))
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) || b.count - a.count || byName.compare(a.key, b.key));
  }

  #fromCounters(f: AgreementFilter, facet: Facet, by: StatsBy, matches: AgreementMatcher, counts: Counts): void {
    if (!this.#attached) {
      this.model.observe(this);
      this.#attached = true;
    }
    const states = ['10', ...(f.includeIrrelevant ? ['00'] : []), ...(f.includeDismissed ? ['11'] : []), ...(f.includeIrrelevant && f.includeDismissed ? ['01'] : [])];
    // Months that since/until cut through are counted from their rows; the rest from the counters.
    const cut = new Set<string>();
    if (f.since && !f.since.endsWith('-01')) cut.add(f.since.slice(0, 7));
    if (f.until && !f.until.endsWith('-31')) cut.add(f.until.slice(0, 7));
    const from = f.since?.slice(0, 7);
    const to = f.until?.slice(0, 7);
    for (const state of states) {
      for (const bucket of this.#counters.get(`${state}|${facet}|${by}`)?.values() ?? []) {
        if ((from && bucket.dayMonth < from) || (to && bucket.dayMonth > to) || cut.has(bucket.dayMonth)) continue;
        for (const [key, n] of bucket.byKey) add(counts, bucket.month, key, n);
      }
    }
    for (const m of cut) {
      const lo = f.since && f.since > `${m}-01` ? f.since : `${m}-01`;
      const hi = f.until && f.until < `${m}-31` ? f.until : `${m}-31`;
      this.#walk(
        this.model.firstIndex((r) => r.day >= lo),
        this.model.firstIndex((r) => r.day > hi),
        matches,
        by,
        counts,
      );
    }
  }

  /** Counts rows[from, to) that match. */
  #walk(from: number, to: number, matches: AgreementMatcher, by: StatsBy, counts: Counts): void {
    const rows = this.model.rows;
    for (let i = from; i < to; i++) {
      const row = rows[i]!;
      if (!matches(row)) continue;
      const month = monthOf(row);
      for (const key of statKeys(row, by)) add(counts, month, key, 1);
    }
  }
}
