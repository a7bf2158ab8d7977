import type { AnyBulkWriteOperation, Filter } from 'mongodb';
import type { Repository, WriteOutcome } from './repositories/repository.ts';
import type { FoldedCollection, RecordCache } from './record-cache.ts';
import type { Store } from './store.ts';
import { same } from './same.ts';

/**
 * The repositories one article's fold reads and writes, with reads cached and writes held back:
 * `flush()` writes every document that changed in one bulk request per collection (records,
 * then keys, then the article last). Lookups the fold will need can be fetched in one wave
 * beforehand (`getMany`), instead of one round trip after another. Since the article record is
 * written last, a fold cut short by a crash is redone in full on the next delivery.
 */
export interface UnitOfWork {
  actors: CachedRepository<Store['actors'] extends Repository<infer T> ? T : never>;
  agreements: CachedRepository<Store['agreements'] extends Repository<infer T> ? T : never>;
  programs: CachedRepository<Store['programs'] extends Repository<infer T> ? T : never>;
  keys: CachedRepository<Store['keys'] extends Repository<infer T> ? T : never>;
  articles: CachedRepository<Store['articles'] extends Repository<infer T> ? T : never>;
  /** Writes what changed; returns the number of documents written. */
  flush(): Promise<number>;
}

export interface CachedRepository<T extends { _id: string }> {
  get(id: string): Promise<T | null>;
  getMany(ids: readonly string[]): Promise<T[]>;
  /** Compares with the current (cached) state like Repository.put, but only records the change. */
  put(doc: T, known?: T | null): Promise<WriteOutcome>;
  remove(id: string): Promise<boolean>;
}

interface Cached<T extends { _id: string }> extends CachedRepository<T> {
  operations(): AnyBulkWriteOperation<T>[];
  write(): Promise<number>;
}

/**
 * Documents per bulk request. FerretDB 1.24 runs a request's statements in one SQLite
 * transaction and slows down more than linearly with its size: one of 143 replaced actors
 * (525 KB) did not finish in minutes, where chunks of 16 took 5 ms a document.
 */
const BULK_OPS = 16;

/** `cache`: what the database held at earlier folds (the indexer's), read before the database and updated after each write. */
function cached<T extends { _id: string }>(repo: Repository<T>, collection: FoldedCollection, cache?: RecordCache): Cached<T> {
  /** What the database holds (null: absent), as read. */
  const stored = new Map<string, T | null>();
  /** What the fold made of it. */
  const current = new Map<string, T | null>();
  const loading = new Map<string, Promise<T | null>>();

  const get = async (id: string): Promise<T | null> => {
    if (current.has(id)) return current.get(id)!;
    const remembered = cache?.recall<T>(collection, id);
    if (remembered !== undefined) {
      stored.set(id, remembered);
      current.set(id, remembered);
      return remembered;
    }
    let load = loading.get(id);
    if (!load) {
      load = repo.get(id).then((doc) => {
        if (!stored.has(id)) stored.set(id, doc);
        if (!current.has(id)) current.set(id, doc);
        return current.get(id)!;
      });
      loading.set(id, load);
    }
    return load;
  };
  const operations = (): AnyBulkWriteOperation<T>[] =>
    [...current].flatMap(([id, doc]): AnyBulkWriteOperation<T>[] => {
      const before = stored.get(id) ?? null;
      if (doc === null) return before ? [{ deleteOne: { filter: { _id: id } as Filter<T> } }] : [];
      if (before && same(before, doc)) return [];
      return [{ replaceOne: { filter: { _id: id } as Filter<T>, replacement: repo.stored(doc), upsert: true } }];
    });
  return {
    get,
    // One lookup per id, all at once: `$in` would scan the whole collection on FerretDB.
    getMany: async (ids) => {
      const docs: (T | null)[] = await Promise.all([...new Set(ids)].map(get));
      return docs.filter((d): d is T => d !== null);
    },
    async put(doc, known) {
      if (known !== undefined && !current.has(doc._id)) {
        stored.set(doc._id, known);
        current.set(doc._id, known);
      }
      const existing = await get(doc._id);
      current.set(doc._id, doc);
      if (existing && same(existing, doc)) return 'unchanged';
      return existing ? 'updated' : 'created';
    },
    async remove(id) {
      const existing = await get(id);
      current.set(id, null);
      return existing !== null;
    },
    operations,
    async write() {
      const ops = operations();
      if (ops.length > 0) {
        for (let i = 0; i < ops.length; i += BULK_OPS) await repo.collection.bulkWrite(ops.slice(i, i + BULK_OPS), { ordered: true });
        // Read models (the api's) follow the collection's change log: number these changes too.
        await repo.changes?.record(...ops.map(idOfOperation));
      }
      for (const [id, doc] of current) {
        stored.set(id, doc);
        cache?.remember(collection, id, doc);
      }
      return ops.length;
    },
  };
}

/**
 * `cache`: what earlier folds of this process read and wrote (the indexer's), used instead of a
 * read and kept current by the writes; the caller checks it against the write epoch first.
 * Every flush that writes bumps the epoch, so other processes' caches learn of it.
 */
export function unitOfWork(store: Pick<Store, 'actors' | 'agreements' | 'programs' | 'keys' | 'articles' | 'epoch'>, cache?: RecordCache): UnitOfWork {
  const actors = cached(store.actors, 'actors', cache);
  const agreements = cached(store.agreements, 'agreements', cache);
  const programs = cached(store.programs, 'programs', cache);
  const keys = cached(store.keys, 'keys', cache);
  const articles = cached(store.articles, 'articles', cache);
  const writeAll = async (): Promise<number> => {
    // One collection after another, the article last. Not in parallel: FerretDB runs each bulk
    // write as SQLite transactions on one file, and two large ones at once stalled for minutes
    // (batches of 100+ records); MongoDB loses little by it.
    let written = 0;
    for (const repo of [actors, agreements, programs, keys, articles]) written += await repo.write();
    return written;
  };
  return {
    actors,
    agreements,
    programs,
    keys,
    articles,
    async flush() {
      let written: number;
      try {
        written = await writeAll();
      } catch (err) {
        cache?.forget();
        throw err;
      }
      if (written > 0) {
        const n = await store.epoch.bump();
        cache?.wrote(n);
      }
      return written;
    },
  };
}

function idOfOperation<T extends { _id: string }>(op: AnyBulkWriteOperation<T>): string {
  const filter = 'replaceOne' in op ? op.replaceOne.filter : 'deleteOne' in op ? op.deleteOne.filter : undefined;
  return String((filter as { _id?: unknown } | undefined)?._id);
}
