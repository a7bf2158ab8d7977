import { randomUUID } from 'node:crypto';
import { idOf, type CorrectionRecord, type Store } from '@coopnews/store';

/** Appends a reviewer's decision to the corrections history (who, when, what). */
export async function logCorrection(store: Store, c: Omit<CorrectionRecord, '_id' | 'at'>, now = new Date()): Promise<CorrectionRecord> {
  const at = now.toISOString();
  const rec: CorrectionRecord = { _id: idOf('correction', c.target, c.targetId, c.action, at, randomUUID()), at, ...stripUndefined(c) };
  await store.corrections.put(rec);
  return rec;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
