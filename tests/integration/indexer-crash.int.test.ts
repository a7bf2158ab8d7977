import { afterAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { indexExtraction } from '@coopnews/indexer';
import { connectMongo, storeFromDb, type Connection, type Store } from '@coopnews/store';
import { recordsByContent } from '../helpers/content.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { corpusDir, corpusPages, extractedOf } from '../helpers/seed.ts';

const noCorpus = !existsSync(corpusDir);

/**
 * A store whose `crashAt`-th bulk write (counting over all collections) fails as a killed
 * process would: that write and every later one never happen.
 */
function crashingStore(store: Store, crashAt: number): Store {
  let writes = 0;
  for (const repo of [store.actors, store.agreements, store.programs, store.keys, store.articles]) {
    const real = repo.collection.bulkWrite.bind(repo.collection) as (...a: unknown[]) => Promise<unknown>;
    const crashing = async (...a: unknown[]) => {
      if (++writes >= crashAt) throw new Error(`killed before write ${writes}`);
      return real(...a);
    };
    Object.defineProperty(repo, 'collection', { value: Object.assign(Object.create(repo.collection) as object, { bulkWrite: crashing }) });
  }
  return store;
}

describe.skipIf(noCorpus)('indexer killed between its writes: the redelivered message repairs everything', () => {
  let conn: Connection;
  afterAll(async () => conn?.close());

  it('leaves, after a crash at any write and a redo, the same records as an uninterrupted run', async () => {
    conn = await connectMongo(inject('mongoUri'), 'admin');
    const db = (name: string) => storeFromDb(conn.db.client.db(uniqueName(name)));
    const pages = await corpusPages();
    // Articles that share records (the same event from several outlets), then the one that crashes.
    const before = pages.slice(0, 6).map((p) => extractedOf(p));
    const victim = extractedOf(pages[6]!);

    const clean = db('crash-clean');
    for (const m of [...before, victim]) await indexExtraction(clean, m);
    const expected = await recordsByContent(clean);

    for (let crashAt = 1; crashAt <= 5; crashAt++) {
      const store = db(`crash-${crashAt}`);
      for (const m of before) await indexExtraction(store, m);
      const crashing = crashingStore(storeFromDb(store.db), crashAt);
      await indexExtraction(crashing, victim).catch(() => undefined);
      // Redelivery: the same message again, on a healthy store.
      await indexExtraction(store, victim);
      expect(await recordsByContent(store), `crash at write ${crashAt}`).toEqual(expected);
      await store.db.dropDatabase();
    }
    await clean.db.dropDatabase();
  });
});
