import { afterAll, describe, expect, inject, it } from 'vitest';
import { indexBatch, indexExtraction, storePage, storePages } from '@coopnews/indexer';
import { connectMongo, keyId, RecordCache, storeFromDb, unitOfWork, type Connection, type KeyRecord, type Store } from '@coopnews/store';
import { recordsByContent } from '../helpers/content.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { corpusPages, extractedOf, fetchedOf } from '../helpers/seed.ts';

describe('the indexer folds batches over a cache of the records it wrote', () => {
  let conn: Connection;
  const stores: Store[] = [];
  const fresh = async (name: string) => {
    conn ??= await connectMongo(inject('mongoUri'), 'admin');
    const store = storeFromDb(conn.db.client.db(uniqueName(name)));
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    for (const s of stores) await s.db.dropDatabase();
    await conn?.close();
  });

  it('stores the same records from batches with a cache as from one article at a time without one', async () => {
    const messages = (await corpusPages()).map((p) => extractedOf(p));
    // Each page twice, as two outlets would print it: the second copy meets the first's records in the cache.
    const copies = [...messages, ...messages.map((m) => ({ ...m, url: m.url.replace('://', '://copy.') }))];
    const single = await fresh('batch-single');
    for (const m of copies) await indexExtraction(single, m);

    const batched = await fresh('batch-batched');
    const cache = new RecordCache();
    for (let i = 0; i < copies.length; i += 5) await indexBatch(batched, copies.slice(i, i + 5), { cache });
    expect(await recordsByContent(batched)).toEqual(await recordsByContent(single));
    expect(cache.hits).toBeGreaterThan(cache.misses);

    // A replayed batch writes nothing.
    const before = await batched.epoch.current();
    const reports = await indexBatch(batched, copies.slice(0, 5), { cache });
    expect(reports.map((r) => r.article)).toEqual(Array(5).fill('unchanged'));
    expect(await batched.epoch.current()).toBe(before);
  });

  it('stores a batch of pages as one page at a time would', async () => {
    const fetched = (await corpusPages()).map((p) => fetchedOf(p));
    const one = await fresh('pages-one');
    for (const m of fetched) await storePage(one, m);
    const many = await fresh('pages-many');
    await storePages(many, [...fetched, fetched[0]!]);
    await storePages(many, fetched.slice(0, 3));
    const all = async (s: Store) => (await s.pages.find({})).sort((a, b) => a._id.localeCompare(b._id));
    expect(await all(many)).toEqual(await all(one));
  });

  it('forgets what it holds when another writer touched the records, and only then', async () => {
    const store = await fresh('batch-epoch');
    const cache = new RecordCache();
    const id = keyId('organization', 'name', 'kementerian contoh');
    const key = (targetIds: string[]): KeyRecord => ({ _id: id, kind: 'organization:name', key: 'kementerian contoh', targetIds });

    await cache.check(store.epoch);
    const mine = unitOfWork(store, cache);
    expect(await mine.keys.get(id)).toBeNull();
    await mine.keys.put(key(['act_a']));
    await mine.flush();

    // Its own write: served from memory, no read.
    await cache.check(store.epoch);
    const hits = cache.hits;
    expect((await unitOfWork(store, cache).keys.get(id))?.targetIds).toEqual(['act_a']);
    expect(cache.hits).toBe(hits + 1);

    // A reviewer's merge through the repository, then a second indexer's unit of work: both seen.
    await store.keys.put(key(['act_b']));
    await cache.check(store.epoch);
    expect((await unitOfWork(store, cache).keys.get(id))?.targetIds).toEqual(['act_b']);
    const other = unitOfWork(store, new RecordCache());
    await other.keys.put(key(['act_c']));
    await other.flush();
    await cache.check(store.epoch);
    expect((await unitOfWork(store, cache).keys.get(id))?.targetIds).toEqual(['act_c']);
  });
});
