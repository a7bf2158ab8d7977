import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reextract, storePage } from '@coopnews/indexer';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';

const corpusDir = new URL('../../samples', import.meta.url).pathname;

describe('re-extraction over stored pages', () => {
  let store: Store;

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('reextract'));
    const index = JSON.parse(await readFile(join(corpusDir, 'corpus.json'), 'utf8')) as { articles: { url: string; html: string }[] };
    for (const a of index.articles.slice(0, 3)) {
      const html = await readFile(join(corpusDir, a.html), 'utf8');
      await storePage(store, {
        version: 1,
        url: a.url,
        fetchedUrl: `http://127.0.0.1/${a.html}`,
        fetchedAt: '2024-01-01T00:00:00.000Z',
        httpStatus: 200,
        contentHash: createHash('sha256').update(html).digest('hex'),
        html,
      });
    }
  });
  afterAll(async () => {
    await store?.db.dropDatabase();
    await store?.close();
  });

  it('creates the records once, then finds nothing to change, and --force changes no record', async () => {
    const progress: number[] = [];
    const first = await reextract(store, { onProgress: (done) => progress.push(done) });
    expect(first.pages).toBe(3);
    expect(progress).toEqual([1, 2, 3]);
    expect(first.articles.created).toBe(3);
    expect(first.actors.created).toBeGreaterThan(0);
    expect(first.failed).toEqual([]);
    const actors = await store.actors.count();

    const second = await reextract(store);
    expect(second.articles).toEqual({ created: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(second.actors.created + second.actors.updated).toBe(0);

    const forced = await reextract(store, { force: true });
    expect(forced.actors.created).toBe(0);
    expect(forced.agreements.created).toBe(0);
    expect(await store.actors.count()).toBe(actors);
  });
});
