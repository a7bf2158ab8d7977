import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexExtraction } from '@coopnews/indexer';
import type { ArticleExtractedV1 } from '@coopnews/schema';
import { connectMongo, storeFromDb, type Connection, type Store } from '@coopnews/store';
import { recordsByContent } from '../helpers/content.ts';
import { extracted } from '../helpers/extraction-fixtures.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { corpusPages, extractedOf } from '../helpers/seed.ts';

/**
 * One body under its English and Indonesian names, as outlets write them (the dev corpus's
 * dev-016, dev-018, dev-022, dev-024): two English forms that each give the Indonesian name as an
 * alias, and the Indonesian name with two different short forms. Plus a bridge: a province
 * government under its long and short name, joined only by the article that gives both; and
 * chambers of commerce that share a generic short form.
 */
const ministry = (url: string, publishedAt: string, name: string, aliases: string[]) =>
  extracted({
    url,
    publishedAt,
    actors: [
      { id: 'a1', kind: 'organization', name, aliases, category: 'ministry' },
      { id: 'a2', kind: 'place', name: 'Korea Selatan', aliases: ['Korsel'], country: 'KR' },
    ],
    agreements: [{ type: 'mou', status: 'signed', parties: ['a1', 'a2'], sectors: ['umkm'] }],
  });
const province = (url: string, publishedAt: string, name: string, aliases: string[]) =>
  extracted({ url, publishedAt, actors: [{ id: 'a1', kind: 'organization', name, aliases, category: 'provincial_government', country: 'ID-JB' }] });
const chamber = (url: string, publishedAt: string, name: string, aliases: string[]) =>
  extracted({ url, publishedAt, actors: [{ id: 'a1', kind: 'organization', name, aliases, category: 'chamber' }] });
const fixtures: ArticleExtractedV1[] = [
  ministry('https://en-one.example/kemenkop', '2023-05-02T09:00:00+07:00', 'Ministry of Cooperatives and SMEs', ['Kementerian Koperasi dan UKM', 'Kemenkop UKM']),
  ministry('https://en-two.example/kemenkop', '2023-05-03T09:00:00+07:00', 'Cooperatives and Small and Medium Enterprises Ministry', ['Kementerian Koperasi dan UKM']),
  ministry('https://id-one.example/kemenkop', '2023-05-04T09:00:00+07:00', 'Kementerian Koperasi dan UKM', ['Kemenkop UKM']),
  ministry('https://id-two.example/kemenkop', '2023-05-05T09:00:00+07:00', 'Kementerian Koperasi dan UKM', ['KemenKopUKM']),
  province('https://long.example/jabar', '2023-06-01T09:00:00+07:00', 'Pemerintah Provinsi Jawa Barat', []),
  province('https://short.example/jabar', '2023-06-02T09:00:00+07:00', 'Pemprov Jabar', []),
  province('https://bridge.example/jabar', '2023-06-03T09:00:00+07:00', 'Pemerintah Provinsi Jawa Barat', ['Pemprov Jabar']),
  // "Kadin" is every chamber's short form: it links none of them, whichever came first.
  chamber('https://chamber.example/kadin', '2023-07-01T09:00:00+07:00', 'Kadin', []),
  chamber('https://jateng.example/kadin', '2023-07-02T09:00:00+07:00', 'Kadin Jateng', ['Kadin']),
  chamber('https://jatim.example/kadin', '2023-07-03T09:00:00+07:00', 'Kadin Jatim', ['Kadin']),
];

/** A small seeded generator, so a failing order can be replayed from the seed in the test name. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('indexer: same articles, same records, in any order', () => {
  let conn: Connection;
  let messages: ArticleExtractedV1[];
  const runs: { order: string; content: Set<string>; ids: string[]; ministries: string[]; chambers: string[] }[] = [];

  beforeAll(async () => {
    conn = await connectMongo(inject('mongoUri'), 'admin');
    messages = [...(await corpusPages()).map((p) => extractedOf(p)), ...fixtures];
  });
  afterAll(async () => conn?.close());

  async function indexInOrder(order: readonly ArticleExtractedV1[]): Promise<Store> {
    const store = storeFromDb(conn.db.client.db(uniqueName('order')));
    for (const msg of order) await indexExtraction(store, msg);
    return store;
  }

  const seeds = [0, 1, 20261204, 7];
  it.each(seeds)('order %i (0: as listed, 1: reversed, else seeded shuffle)', async (seed) => {
    const order = seed === 0 ? messages : seed === 1 ? [...messages].reverse() : shuffled(messages, seed);
    const store = await indexInOrder(order);
    const ids = [...(await store.actors.find({})), ...(await store.agreements.find({})), ...(await store.programs.find({}))].map((r) => r._id).sort();
    const ministries = (await store.actors.find({ kind: 'organization' })).filter((a) => [a.name, ...a.aliases].some((n) => /koperasi dan ukm/i.test(n))).map((a) => a.name);
    const chambers = (await store.actors.find({ kind: 'organization' })).filter((a) => a.name.startsWith('Kadin')).map((a) => a.name).sort();
    runs.push({ order: order.map((m) => m.url.split('/')[2]).join(' '), content: await recordsByContent(store), ids, ministries, chambers });
    // The English and Indonesian names of the ministry are one actor, whichever came first.
    expect(ministries).toHaveLength(1);
    expect(chambers).toEqual(['Kadin', 'Kadin Jateng', 'Kadin Jatim']);
    const first = runs[0]!;
    const latest = runs.at(-1)!;
    expect([...latest.content].filter((c) => !first.content.has(c)), `records only in order ${latest.order}`).toEqual([]);
    expect([...first.content].filter((c) => !latest.content.has(c)), `records missing in order ${latest.order}`).toEqual([]);
    expect(latest.ids).toEqual(first.ids);
  });
});
