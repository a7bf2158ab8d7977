import type { Db } from 'mongodb';
import type { ActorRecord, AgreementRecord, ArticleRecord, ErrorRecord, FeedRecord, PageRecord, ProgramRecord } from '@coopnews/schema';
import { connectMongo } from './connect.ts';
import { createRepository, type Repository } from './repositories/repository.ts';
import { ensureIndexes } from './indexes.ts';
import { changeLog } from './change-log.ts';
import { writeEpoch, type WriteEpoch } from './write-epoch.ts';
import type { WatchEventRecord, WatchRecord, WebhookDeliveryRecord } from './monitoring.ts';

/** Maps a normalized name or alias to the canonical record that carries it. */
export interface KeyRecord {
  _id: string;
  kind: string;
  key: string;
  targetIds: string[];
}

/** A reviewer's decision, kept apart from records so re-extraction never overwrites it. */
export interface CorrectionRecord {
  _id: string;
  target: 'actor' | 'agreement' | 'program';
  targetId: string;
  action: 'edit' | 'dismiss' | 'merge' | 'split';
  fields?: Record<string, unknown>;
  /** For merge: the record merged into targetId. For split: the aliases that form a new actor. */
  otherId?: string;
  aliases?: string[];
  by?: string;
  at: string;
  note?: string;
}

export interface Store {
  db: Db;
  articles: Repository<ArticleRecord>;
  pages: Repository<PageRecord>;
  actors: Repository<ActorRecord>;
  agreements: Repository<AgreementRecord>;
  programs: Repository<ProgramRecord>;
  errors: Repository<ErrorRecord>;
  keys: Repository<KeyRecord>;
  corrections: Repository<CorrectionRecord>;
  watches: Repository<WatchRecord>;
  watchEvents: Repository<WatchEventRecord>;
  webhookDeliveries: Repository<WebhookDeliveryRecord>;
  /** Feeds' configuration and health (the api keeps it from feeds.changed and feeds.polled). */
  feeds: Repository<FeedRecord>;
  /** Bumped by every writer of the folded records (articles, actors, agreements, programs, keys). */
  epoch: WriteEpoch;
  close(): Promise<void>;
}

/** What records carry per article (growing with their mentions) and no query filters on: stored as JSON strings (RepositoryOptions.packed). */
const RECORD_PACKED = ['contributions', 'sources', 'mergeReasons'] as const;

/** The api's read models (services/api/src/read-model) follow agreements, actors, articles and programs through their change logs. */
export function storeFromDb(db: Db, close: () => Promise<void> = async () => undefined): Store {
  const epoch = writeEpoch(db);
  return {
    db,
    epoch,
    articles: createRepository<ArticleRecord>(db, 'articles', { changes: changeLog(db, 'articles'), epoch }),
    pages: createRepository<PageRecord>(db, 'pages'),
    actors: createRepository<ActorRecord>(db, 'actors', { changes: changeLog(db, 'actors'), epoch, packed: RECORD_PACKED }),
    agreements: createRepository<AgreementRecord>(db, 'agreements', { changes: changeLog(db, 'agreements'), epoch, packed: [...RECORD_PACKED, 'statusHistory'] }),
    programs: createRepository<ProgramRecord>(db, 'programs', { changes: changeLog(db, 'programs'), epoch, packed: RECORD_PACKED }),
    errors: createRepository<ErrorRecord>(db, 'errors'),
    keys: createRepository<KeyRecord>(db, 'keys', { epoch }),
    corrections: createRepository<CorrectionRecord>(db, 'corrections'),
    watches: createRepository<WatchRecord>(db, 'watches'),
    watchEvents: createRepository<WatchEventRecord>(db, 'watch_events'),
    webhookDeliveries: createRepository<WebhookDeliveryRecord>(db, 'webhook_deliveries'),
    feeds: createRepository<FeedRecord>(db, 'feeds'),
    close,
  };
}

/** Connects, ensures indexes, and returns the repositories. */
export async function openStore(uri: string, dbName: string): Promise<Store> {
  const conn = await connectMongo(uri, dbName);
  await ensureIndexes(conn.db);
  return storeFromDb(conn.db, conn.close);
}
