import type { Db } from 'mongodb';

/**
 * A numbered log of which records of one collection changed, so a reader (the api's read
 * model) can catch up by `_id` reads alone: one counter document per collection, and one slot
 * per change in a ring of RING_SIZE slots (`<collection>:<seq mod RING_SIZE>`). Every read and
 * write goes by `_id` (FerretDB scans anything else). A reader further behind than the ring
 * rebuilds from the records. Writers: the store's repositories after each put and remove.
 */
export const RING_SIZE = 1 << 17;

interface SeqDoc {
  _id: string;
  seq: number;
}
interface SlotDoc {
  _id: string;
  seq: number;
  /** The record that changed (or was removed). */
  recordId: string;
}

export interface ChangeLog {
  readonly collection: string;
  /** Numbers the changes of these records and writes their slots. */
  record(...recordIds: string[]): Promise<void>;
  /** The number of the latest change (0: none yet). */
  latest(): Promise<number>;
  /**
   * The records changed after `after` up to `upTo`, in order, read up to `through`: less than
   * `upTo` when a slot is not written yet (a writer between numbering and writing; read again
   * from `through`). `lost` means the ring moved past `after`: rebuild from the records.
   */
  since(after: number, upTo: number): Promise<{ recordIds: string[]; through: number; lost: boolean }>;
  /** Calls `listener` after each change this process records in this log (writers elsewhere are seen by polling `latest`). */
  onRecord(listener: () => void): () => void;
}

/** In-process listeners per database and collection, so a reader learns of a local write at once. */
const listeners = new WeakMap<Db, Map<string, Set<() => void>>>();
function listenersOf(db: Db, collection: string): Set<() => void> {
  let byName = listeners.get(db);
  if (!byName) listeners.set(db, (byName = new Map()));
  let set = byName.get(collection);
  if (!set) byName.set(collection, (set = new Set()));
  return set;
}

export function changeLog(db: Db, collection: string): ChangeLog {
  const seqs = db.collection<SeqDoc>('change_seq');
  const slots = db.collection<SlotDoc>('change_log');
  const slotId = (seq: number) => `${collection}:${seq % RING_SIZE}`;
  const local = listenersOf(db, collection);
  return {
    collection,
    onRecord(listener) {
      local.add(listener);
      return () => local.delete(listener);
    },
    async record(...recordIds) {
      if (recordIds.length === 0) return;
      const doc = await seqs.findOneAndUpdate({ _id: collection }, { $inc: { seq: recordIds.length } }, { upsert: true, returnDocument: 'after' });
      const last = doc!.seq;
      await slots.bulkWrite(
        recordIds.map((recordId, i) => {
          const seq = last - recordIds.length + 1 + i;
          return { replaceOne: { filter: { _id: slotId(seq) }, replacement: { _id: slotId(seq), seq, recordId }, upsert: true } };
        }),
        { ordered: false },
      );
      for (const listener of local) listener();
    },
    latest: async () => (await seqs.findOne({ _id: collection }))?.seq ?? 0,
    async since(after, upTo) {
      if (upTo - after >= RING_SIZE) return { recordIds: [], through: after, lost: true };
      const recordIds: string[] = [];
      // Batches of parallel by-_id reads: one round trip each on FerretDB's fast path.
      for (let from = after + 1; from <= upTo; from += 64) {
        const seqsHere = Array.from({ length: Math.min(64, upTo - from + 1) }, (_, i) => from + i);
        const docs = await Promise.all(seqsHere.map((s) => slots.findOne({ _id: slotId(s) })));
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i];
          const seq = seqsHere[i]!;
          if (d && d.seq > seq) return { recordIds, through: seq - 1, lost: true };
          if (!d || d.seq < seq) return { recordIds, through: seq - 1, lost: false };
          recordIds.push(d.recordId);
        }
      }
      return { recordIds, through: upTo, lost: false };
    },
  };
}
