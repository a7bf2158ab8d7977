import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, openReadModels, type ZodApp } from '@coopnews/api';
import type { AgreementRecord } from '@coopnews/schema';
import { openStore, RING_SIZE, type Store } from '@coopnews/store';
import { syntheticAgreements } from '../../bench/synthetic.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { seedCorpus } from '../helpers/seed.ts';

type Item = { _id: string; date?: string; firstSeen: string; status: string; countries: string[]; sectors: string[] };
type Page = { items: Item[]; nextCursor?: string };

const dayOf = (a: { date?: string | undefined; firstSeen: string }) => a.date ?? a.firstSeen.slice(0, 10);
const RANK = ['proposed', 'agreed', 'signed', 'in_force'];

/**
 * The api's read model against the real database: lists, cursors, filters and stats agree with
 * the stored records, writes made after the api started show up on the next request, a restart
 * loads the snapshot, and a reader that fell off the change log rebuilds.
 */
describe('api read model', () => {
  let store: Store;
  let app: ZodApp;
  const records = new Map<string, AgreementRecord>();

  const get = async <T,>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    return res.json<T>();
  };
  const visible = () => [...records.values()].filter((a) => a.relevant && !a.dismissed);
  const ids = (xs: { _id: string }[]) => xs.map((x) => x._id).sort();
  /** Every page of a list, following nextCursor. */
  async function walk(url: string, limit: number): Promise<Item[]> {
    const all: Item[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 1000; guard++) {
      const page = await get<Page>(`${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      all.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return all;
    }
    throw new Error(`${url}: cursor never ended`);
  }
  const put = async (a: AgreementRecord) => {
    await store.agreements.put(a);
    records.set(a._id, a);
  };

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('readmodel'));
    const all = [...syntheticAgreements(160)].flatMap((s) => s.agreements);
    // Half before the api starts (it builds from the records), half after (it catches up).
    for (const a of all.slice(0, 80)) await put(a);
    app = await buildApp({ store, auth: { readsNeedToken: false } });
    for (const a of all.slice(80)) await put(a);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
  });

  it('pages every sort with a cursor: each visible agreement once, in order', async () => {
    for (const sort of ['-date', 'date', 'status']) {
      const items = await walk(`/agreements?sort=${sort}`, 17);
      expect(ids(items)).toEqual(ids(visible()));
      const days = items.map(dayOf);
      if (sort === 'date') expect(days).toEqual([...days].sort());
      if (sort === '-date') expect(days).toEqual([...days].sort().reverse());
      if (sort === 'status') {
        // By lifecycle, newest first within each status.
        const keys = items.map((a) => `${RANK.indexOf(a.status)}|${String(99_999_999 - Number(dayOf(a).replace(/-/g, '')))}`);
        expect(keys).toEqual([...keys].sort());
      }
    }
  });

  it('filters like the records say, on every page', async () => {
    const cases: [string, (a: AgreementRecord) => boolean][] = [
      ['/agreements?country=KR', (a) => a.countries.includes('KR')],
      ['/agreements?sector=umkm&since=2022-01-01', (a) => a.sectors.includes('umkm') && dayOf(a) >= '2022-01-01'],
      ['/agreements?q=BATIK', (a) => a.summary.includes('batik')],
      ['/agreements?status=signed&until=2020-06-30', (a) => a.status === 'signed' && dayOf(a) <= '2020-06-30'],
    ];
    for (const [url, expected] of cases) {
      const want = visible().filter(expected);
      expect(ids(await walk(url, 5)), url).toEqual(ids(want));
    }
    const all = await walk('/agreements?includeDismissed=true&includeIrrelevant=true', 50);
    expect(all.length).toBe(records.size);
  });

  it('counts per month and key like the records', async () => {
    const stats = await get<{ month: string; key: string; count: number }[]>('/stats/agreements?by=status');
    expect(stats.reduce((n, s) => n + s.count, 0)).toBe(visible().length);
    const kr = await get<{ month: string; key: string; count: number }[]>('/stats/agreements?by=country&country=KR');
    const want = new Map<string, number>();
    for (const a of visible().filter((a) => a.countries.includes('KR'))) want.set(a.month!, (want.get(a.month!) ?? 0) + 1);
    expect(new Map(kr.filter((s) => s.key === 'KR').map((s) => [s.month, s.count]))).toEqual(want);
  });

  it('shows writes made after it started on the next request: new, changed, removed', async () => {
    const [first, second] = visible();
    const newest: AgreementRecord = { ...first!, _id: 'agr_newest_for_test', date: '2031-01-01', month: '2031-01' };
    await put(newest);
    expect((await get<Page>('/agreements?limit=1')).items[0]!._id).toBe(newest._id);
    await put({ ...second!, dismissed: true });
    expect(ids(await walk('/agreements', 50))).not.toContain(second!._id);
    await store.agreements.remove(newest._id);
    records.delete(newest._id);
    expect((await get<Page>('/agreements?limit=1')).items[0]!._id).not.toBe(newest._id);
    expect(ids(await walk('/agreements', 50))).toEqual(ids(visible()));
    // The stats counters (built by the test above) follow the same writes.
    const stats = await get<{ month: string; key: string; count: number }[]>('/stats/agreements?by=status');
    expect(stats.reduce((n, s) => n + s.count, 0)).toBe(visible().length);
    expect(stats.some((s) => s.month === '2031-01')).toBe(false);
  });

  it('follows the indexer: agreements it folds are listed on the next request', async () => {
    const { pages } = await seedCorpus(store, ['dev-001', 'dev-002']);
    const articleIds = await Promise.all(pages.map(async (p) => (await store.articles.find({ url: p.url }))[0]!.agreementIds));
    const indexed = articleIds.flat();
    expect(indexed.length).toBeGreaterThan(0);
    const listed = ids(await walk('/agreements?includeDismissed=true&includeIrrelevant=true', 100));
    expect(listed).toEqual(expect.arrayContaining(indexed));
    for (const id of indexed) records.set(id, (await store.agreements.get(id))!);
    // Articles too, a page of one at a time, newest first.
    const articles = await walk('/articles?includeIrrelevant=true', 1);
    expect(articles.map((a) => (a as unknown as { url: string }).url).sort()).toEqual(pages.map((p) => p.url).sort());
  });

  it('starts again from its snapshot, and rebuilds when it fell off the change log', async () => {
    await app.close();
    const models = await openReadModels(store);
    expect(models.started.agreements.from).toBe('snapshot');
    expect(models.agreements.size).toBe(records.size);
    app = await buildApp({ store, auth: { readsNeedToken: false }, models });
    expect(ids(await walk('/agreements', 50))).toEqual(ids(visible()));

    // More changes than the ring holds: the next read rebuilds from the records.
    await store.db.collection<{ _id: string; seq: number }>('change_seq').updateOne({ _id: 'agreements' }, { $inc: { seq: RING_SIZE } });
    const [a] = visible();
    await put({ ...a!, summary: `${a!.summary} rebuilt-after-loss` });
    expect(ids(await walk('/agreements?q=rebuilt-after-loss', 50))).toEqual([a!._id]);
    expect(ids(await walk('/agreements', 50))).toEqual(ids(visible()));
    await models.close();
  });
});
