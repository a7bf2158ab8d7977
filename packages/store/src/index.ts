export { idOf } from './ids.ts';
export { normalizeKey } from './keys.ts';
export { keyIndex } from './key-index.ts';
export { connectMongo, type Connection } from './connect.ts';
export { ensureIndexes } from './indexes.ts';
export { createRepository, type Repository, type WriteOutcome, type FindOptions } from './repositories/repository.ts';
export { openStore, storeFromDb, type Store, type KeyRecord, type CorrectionRecord } from './store.ts';
export type { Filter, Sort, Db } from 'mongodb';
export { WatchRecord, WatchEventRecord, WebhookDeliveryRecord } from './monitoring.ts';
