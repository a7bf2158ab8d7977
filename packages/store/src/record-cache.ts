import type { WriteEpoch } from './write-epoch.ts';

/** The collections an article's fold reads and writes (the unit of work's). */
export const FOLDED = ['actors', 'agreements', 'programs', 'keys', 'articles'] as const;
export type FoldedCollection = (typeof FOLDED)[number];

/** A Map that forgets the least recently used entries beyond `limit`. */
export class BoundedMap<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly limit: number) {}
  get size(): number {
    return this.#map.size;
  }
  get(id: string): V | undefined {
    const v = this.#map.get(id);
    if (v !== undefined) {
      this.#map.delete(id);
      this.#map.set(id, v);
    }
    return v;
  }
  set(id: string, v: V): void {
    this.#map.delete(id);
    this.#map.set(id, v);
    if (this.#map.size > this.limit) this.#map.delete(this.#map.keys().next().value!);
  }
  clear(): void {
    this.#map.clear();
  }
}

/**
 * What the database holds of the folded records (null: absent), kept by the indexer from one
 * article to the next so that names, actors and agreements seen before cost no round trip.
 * It is right only while the indexer is the sole writer: `check()` before a fold compares the
 * write epoch with the value after the indexer's own last write and forgets everything when
 * somebody else wrote in between. Records are never modified in place (folds build new ones),
 * so holding the same objects is safe.
 */
export class RecordCache {
  readonly #records: Record<FoldedCollection, BoundedMap<unknown>>;
  #epoch: number | undefined;
  hits = 0;
  misses = 0;

  /** `limit`: records held per collection (key documents, which are small: ten times as many). */
  constructor(limit = 20_000) {
    this.#records = {
      actors: new BoundedMap(limit),
      agreements: new BoundedMap(limit),
      programs: new BoundedMap(limit),
      keys: new BoundedMap(limit * 10),
      articles: new BoundedMap(limit),
    };
  }

  /** What the database held of `id` at the last fold (null: absent), or undefined when not known. */
  recall<T>(collection: FoldedCollection, id: string): T | null | undefined {
    const doc = this.#records[collection].get(id) as T | null | undefined;
    if (doc === undefined) this.misses++;
    else this.hits++;
    return doc;
  }

  /** What the database holds of `id` now (after a read or this indexer's write). */
  remember(collection: FoldedCollection, id: string, doc: unknown): void {
    this.#records[collection].set(id, doc);
  }

  /** Before a fold: forgets what it holds if anybody else wrote since this indexer's last write. */
  async check(epoch: WriteEpoch): Promise<void> {
    const now = await epoch.current();
    if (now !== this.#epoch) this.#reset(now);
  }

  /** After this indexer's own writes moved the epoch to `n`: still right only if nobody else wrote in between. */
  wrote(n: number): void {
    if (this.#epoch !== undefined && n === this.#epoch + 1) this.#epoch = n;
    else this.#reset(n);
  }

  /** A write failed part way: what the database holds is unknown. */
  forget(): void {
    this.#reset(undefined);
  }

  #reset(epoch: number | undefined): void {
    for (const c of FOLDED) this.#records[c].clear();
    this.#epoch = epoch;
  }
}
