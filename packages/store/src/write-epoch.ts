import type { Db } from 'mongodb';

/**
 * One counter that every writer of the records the indexer folds (actors, agreements,
 * programs, keys, articles) increments after its writes. The indexer keeps those records in
 * memory across articles; the counter tells it whether anybody else wrote since its own last
 * write (a reviewer's merge, a `coopnews reextract` in another process, a second indexer),
 * in which case it forgets what it holds. One `_id` read per check, one `$inc` per write batch.
 */
export interface WriteEpoch {
  /** The counter as it is now (0: nobody wrote yet). */
  current(): Promise<number>;
  /** Counts one write batch; returns the counter after it. */
  bump(): Promise<number>;
}

interface EpochDoc {
  _id: string;
  n: number;
}

export function writeEpoch(db: Db): WriteEpoch {
  const docs = db.collection<EpochDoc>('write_epoch');
  return {
    current: async () => (await docs.findOne({ _id: 'records' }))?.n ?? 0,
    async bump() {
      const doc = await docs.findOneAndUpdate({ _id: 'records' }, { $inc: { n: 1 } }, { upsert: true, returnDocument: 'after' });
      return doc!.n;
    },
  };
}
