import { describe, expect, it } from 'vitest';
import { agreementMatcher, type AgreementFilter } from '../query/agreement-filter.ts';
import { AgreementRow, compareAgreementRows } from './agreement-rows.ts';
import { AgreementStats, statKeys, type StatsBy, type StatsSource } from './agreement-stats.ts';
import type { RowObserver } from './read-model.ts';

/** Rows kept sorted like the read model's, telling observers of every change. */
class Rows implements StatsSource {
  rows: AgreementRow[] = [];
  readonly #observers: RowObserver<AgreementRow>[] = [];
  get size() {
    return this.rows.length;
  }
  observe(o: RowObserver<AgreementRow>) {
    this.#observers.push(o);
    o.reset(this.rows);
  }
  firstIndex(after: (row: AgreementRow) => boolean) {
    const i = this.rows.findIndex(after);
    return i < 0 ? this.rows.length : i;
  }
  put(row: AgreementRow) {
    this.remove(row._id);
    this.rows = [...this.rows, row].sort(compareAgreementRows);
    for (const o of this.#observers) o.added(row);
  }
  remove(id: string) {
    const old = this.rows.find((r) => r._id === id);
    if (!old) return;
    this.rows = this.rows.filter((r) => r !== old);
    for (const o of this.#observers) o.removed(old);
  }
}

function row(i: number): AgreementRow {
  const pick = <T,>(xs: readonly T[], k: number) => xs[(i * 7 + k * 13 + Math.floor(i / 3)) % xs.length]!;
  const day = `202${i % 3}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`;
  return new AgreementRow({
    _id: `agr_${i}`,
    day,
    type: pick(['mou', 'loi', 'other'] as const, 1),
    status: pick(['proposed', 'signed', 'in_force'] as const, 2),
    countries: [...new Set(['ID', pick(['ID-JT', 'ID-BA'], 3), pick(['KR', 'JP', 'NL'], 4)])].sort(),
    sectors: i % 5 === 0 ? [] : [...new Set([pick(['umkm', 'Energi', 'pariwisata'], 5), pick(['umkm', 'pertanian'], 6)])],
    // Some report a month other than their day's (an undated agreement reported later).
    ...(i % 11 === 0 ? {} : { month: i % 7 === 0 ? '2019-06' : day.slice(0, 7) }),
    relevant: i % 9 !== 0,
    dismissed: i % 13 === 0,
    outlets: [],
    partyIds: [],
    confidence: 0.8,
    doubtCount: 0,
    summary: '',
    quotes: '',
    rest: '[]',
  });
}

/** The answer without counters: every row through the filter's exact test. */
function walked(rows: readonly AgreementRow[], f: AgreementFilter, by: StatsBy) {
  const counts = new Map<string, number>();
  for (const r of rows.filter(agreementMatcher(undefined, f))) {
    for (const key of statKeys(r, by)) {
      const k = `${r.month ?? r.day.slice(0, 7)} ${key}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}
const asMap = (xs: { month: string; key: string; count: number }[]) => new Map(xs.map((x) => [`${x.month} ${x.key}`, x.count]));

const FILTERS: AgreementFilter[] = [
  { includeIrrelevant: false, includeDismissed: false },
  { includeIrrelevant: true, includeDismissed: false },
  { includeIrrelevant: true, includeDismissed: true },
  { country: 'kr', includeIrrelevant: false, includeDismissed: false },
  { province: 'ID-JT', includeIrrelevant: false, includeDismissed: true },
  { sector: 'energi', includeIrrelevant: false, includeDismissed: false },
  { status: 'signed', since: '2021-03-15', includeIrrelevant: false, includeDismissed: false },
  { type: 'mou', until: '2021-07-09', includeIrrelevant: false, includeDismissed: false },
  { since: '2020-05-01', until: '2022-02-31', includeIrrelevant: false, includeDismissed: false },
  { since: '2021-04-10', until: '2021-04-20', includeIrrelevant: false, includeDismissed: false },
  // Not answered by counters: walked.
  { country: 'KR', sector: 'umkm', includeIrrelevant: false, includeDismissed: false },
];

describe('agreement stats counters', () => {
  it('count what a walk over the rows counts, for every filter and grouping, as rows change', () => {
    const rows = new Rows();
    for (let i = 0; i < 300; i++) rows.put(row(i));
    const stats = new AgreementStats(rows);
    const check = () => {
      for (const f of FILTERS) {
        for (const by of ['country', 'sector', 'status'] as const) {
          const got = asMap(stats.query(f, by, agreementMatcher(undefined, f)));
          expect(got, `${JSON.stringify(f)} by ${by}`).toEqual(walked(rows.rows, f, by));
        }
      }
    };
    check();
    // Changes after the counters were built: new rows, changed rows (other day, status, sectors), removals.
    for (let i = 300; i < 340; i++) rows.put(row(i));
    for (let i = 0; i < 60; i += 3) rows.put(new AgreementRow({ ...row(i + 1000), _id: `agr_${i}` }));
    for (let i = 1; i < 100; i += 4) rows.remove(`agr_${i}`);
    check();
    expect(stats.query(FILTERS[0]!, 'status', () => true).reduce((n, s) => n + s.count, 0)).toBe(rows.rows.filter((r) => r.relevant && !r.dismissed).length);
  });
});
