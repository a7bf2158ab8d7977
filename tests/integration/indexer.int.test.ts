import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { indexExtraction } from '@coopnews/indexer';
import { connectMongo, storeFromDb, type Connection, type Store } from '@coopnews/store';
import { extracted } from '../helpers/extraction-fixtures.ts';
import { uniqueName } from '../helpers/isolation.ts';

const jatengKorea = [
  { id: 'a1', kind: 'organization' as const, name: 'Pemerintah Provinsi Jawa Tengah', aliases: ['Pemprov Jateng'], category: 'provincial_government' as const, country: 'ID-JT' },
  { id: 'a2', kind: 'place' as const, name: 'Korea Selatan', aliases: ['Korsel'], country: 'KR' },
];

describe('indexer: one record per real-world thing', () => {
  let conn: Connection;
  let store: Store;

  beforeEach(async () => {
    conn ??= await connectMongo(inject('mongoUri'), 'admin');
    store = storeFromDb(conn.db.client.db(uniqueName('idx')));
  });
  afterAll(async () => conn?.close());

  const announced = extracted({
    url: 'https://a.example/announced',
    outlet: 'Outlet A',
    publishedAt: '2023-01-10T09:00:00+07:00',
    actors: jatengKorea,
    agreements: [{ type: 'mou', status: 'proposed', parties: ['a1', 'a2'], sectors: ['umkm'] }],
  });
  const signed = extracted({
    url: 'https://b.example/signed',
    outlet: 'Outlet B',
    publishedAt: '2023-03-02T10:00:00+07:00',
    actors: [
      { id: 'a1', kind: 'organization', name: 'Pemprov Jateng', aliases: [], category: 'provincial_government', country: 'ID-JT' },
      { id: 'a2', kind: 'place', name: 'South Korea', aliases: [], country: 'KR' },
    ],
    agreements: [{ type: 'mou', status: 'signed', parties: ['a1', 'a2'], sectors: ['umkm', 'trade'] }],
  });

  it('an MoU announced, then reported signed by another outlet, is one agreement with a two-step history', async () => {
    await indexExtraction(store, announced);
    const report = await indexExtraction(store, signed);
    const agreements = await store.agreements.find({});
    expect(agreements).toHaveLength(1);
    const [a] = agreements;
    expect(a!.status).toBe('signed');
    expect(a!.statusHistory.map((h) => [h.status, h.outlet])).toEqual([
      ['proposed', 'Outlet A'],
      ['signed', 'Outlet B'],
    ]);
    expect(a!.outlets).toEqual(['Outlet A', 'Outlet B']);
    expect(a!.mergeReasons.join(' ')).toMatch(/same sides/);
    expect(report.changes.map((c) => [c.change, c.previousStatus, c.status])).toEqual([['status_changed', 'proposed', 'signed']]);
    // "Pemprov Jateng" and "South Korea" resolved to the actors of the first article.
    expect(await store.actors.count()).toBe(2);
    const korea = (await store.actors.find({ kind: 'place' }))[0]!;
    expect(korea.aliases).toEqual(expect.arrayContaining(['Korsel', 'South Korea']));
    expect(korea.articleIds).toHaveLength(2);
  });

  it('gives the same records whichever article comes first', async () => {
    await indexExtraction(store, signed);
    await indexExtraction(store, announced);
    const [a] = await store.agreements.find({});
    expect(await store.agreements.count()).toBe(1);
    expect(a!.status).toBe('signed');
    expect(a!.statusHistory.map((h) => h.status)).toEqual(['proposed', 'signed']);
  });

  it('keeps distinct cooperations between the same sides apart', async () => {
    await indexExtraction(
      store,
      extracted({
        url: 'https://c.example/two',
        publishedAt: '2023-01-10T09:00:00+07:00',
        actors: jatengKorea,
        agreements: [
          { type: 'mou', status: 'signed', parties: ['a1', 'a2'], sectors: ['umkm'] },
          { type: 'cooperation', status: 'agreed', parties: ['a1', 'a2'], sectors: ['tourism'] },
          { type: 'mou', status: 'signed', parties: ['a1', 'a2'], sectors: ['education'] },
        ],
      }),
    );
    expect(await store.agreements.count()).toBe(3);
  });

  it('replaying messages twice changes no record', async () => {
    await indexExtraction(store, announced);
    await indexExtraction(store, signed);
    const dump = async () => JSON.stringify(await Promise.all([store.actors, store.agreements, store.articles, store.keys].map((r) => r.find({}, { sort: { _id: 1 } }))));
    const before = await dump();
    for (const msg of [announced, signed, announced, signed]) {
      const r = await indexExtraction(store, msg);
      expect(r.article).toBe('unchanged');
    }
    expect(await dump()).toBe(before);
  });

  it('a correction survives re-extraction, and records an article stops reporting lose its part', async () => {
    await indexExtraction(store, announced);
    const [a] = await store.agreements.find({});
    await store.agreements.put({ ...a!, type: 'loi', corrected: { type: 'loi' } });
    // The extractor improved: same page, new version, now also a cooperation on tourism.
    const again = extracted({
      url: 'https://a.example/announced',
      outlet: 'Outlet A',
      publishedAt: '2023-01-10T09:00:00+07:00',
      actors: jatengKorea,
      version: '2',
      agreements: [
        { type: 'mou', status: 'agreed', parties: ['a1', 'a2'], sectors: ['umkm'] },
        { type: 'cooperation', status: 'proposed', parties: ['a1', 'a2'], sectors: ['tourism'] },
      ],
    });
    const report = await indexExtraction(store, again);
    expect(report.agreements).toMatchObject({ created: 1, updated: 1 });
    const corrected = await store.agreements.get(a!._id);
    expect(corrected?.type).toBe('loi');
    expect(corrected?.status).toBe('agreed');
    expect(corrected?.extractorVersion).toBe('2');

    const third = extracted({ url: 'https://a.example/announced', publishedAt: '2023-01-10T09:00:00+07:00', actors: jatengKorea, version: '3', agreements: [] });
    const r3 = await indexExtraction(store, third);
    expect(r3.agreements.removed).toBe(2);
    expect(await store.agreements.count()).toBe(0);
  });

  it('merges a report that names an extra party (the province and its government) with one naming the province', async () => {
    const place = { id: 'a1', kind: 'place' as const, name: 'Jawa Tengah', aliases: ['Jateng'], country: 'ID-JT' };
    const korea = { id: 'a2', kind: 'place' as const, name: 'Korea Selatan', aliases: [], country: 'KR' };
    const province = { id: 'a3', kind: 'organization' as const, name: 'Pemerintah Provinsi Jawa Tengah', aliases: [] };
    await indexExtraction(store, extracted({ url: 'https://e.example/1', publishedAt: '2022-10-23T10:00:00+07:00', actors: [place, korea], agreements: [{ type: 'sister_region', status: 'in_force', parties: ['a1', 'a2'], sectors: ['umkm'] }] }));
    await indexExtraction(store, extracted({ url: 'https://f.example/1', publishedAt: '2022-10-23T12:00:00+07:00', actors: [place, korea, province], agreements: [{ type: 'sister_region', status: 'in_force', parties: ['a3', 'a1', 'a2'], sectors: [] }] }));
    const all = await store.agreements.find({});
    expect(all).toHaveLength(1);
    expect(all[0]!.articleIds).toHaveLength(2);
    expect(all[0]!.parties.map((p) => p.name).sort()).toEqual(['Jawa Tengah', 'Korea Selatan', 'Pemerintah Provinsi Jawa Tengah']);
  });

  it('keeps two provinces apart though both are in country ID', async () => {
    await indexExtraction(store, extracted({ url: 'https://g.example/1', publishedAt: '2023-01-01T00:00:00+07:00', actors: [{ kind: 'place', name: 'Jawa Timur', country: 'ID', subdivision: 'ID-JI' }] }));
    await indexExtraction(store, extracted({ url: 'https://g.example/2', publishedAt: '2023-01-02T00:00:00+07:00', actors: [{ kind: 'place', name: 'Jawa Tengah', country: 'ID', subdivision: 'ID-JT' }] }));
    expect((await store.actors.find({})).map((a) => a.subdivision).sort()).toEqual(['ID-JI', 'ID-JT']);
  });

  it('does not merge two actors that only share a short alias', async () => {
    await indexExtraction(store, extracted({ url: 'https://d.example/1', publishedAt: '2023-01-01T00:00:00+07:00', actors: [{ name: 'Kamar Dagang dan Industri Jawa Timur', aliases: ['Kadin Jatim', 'Kadin'] }] }));
    await indexExtraction(store, extracted({ url: 'https://d.example/2', publishedAt: '2023-01-02T00:00:00+07:00', actors: [{ name: 'Kamar Dagang dan Industri Kalimantan Tengah', aliases: ['Kadin Kalteng', 'Kadin'] }] }));
    expect(await store.actors.count()).toBe(2);
  });
});
