import { MongoClient, type Db } from 'mongodb';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';

export interface Connection {
  db: Db;
  close(): Promise<void>;
}

export async function connectMongo(uri: string, dbName: string): Promise<Connection> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000, appName: 'coopnews' });
  try {
    await client.connect();
    await client.db(dbName).command({ ping: 1 });
  } catch (err) {
    await client.close().catch(() => undefined);
    throw new CoopnewsError(ErrorCode.STORE_FAILED, `cannot reach MongoDB at ${uri.replace(/\/\/[^@/]*@/, '//[redacted]@')}: ${(err as Error).message}`, {
      retriable: true,
      cause: err,
    });
  }
  let closed: Promise<void> | undefined;
  return { db: client.db(dbName), close: () => (closed ??= client.close()) };
}
