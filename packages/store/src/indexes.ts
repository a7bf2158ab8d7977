import type { Db } from 'mongodb';

/**
 * Secondary indexes for the api's filters and sorts. FerretDB 1.x (SQLite) accepts them but
 * still scans; real MongoDB uses them (a compound index per filter + sort of a list that pages
 * in the database). Plain ascending indexes only: FerretDB has no text,
 * partial or TTL indexes.
 */
const INDEXES: Record<string, Record<string, 1 | -1>[]> = {
  articles: [{ publishedDate: -1 }, { outlet: 1 }, { relevant: 1 }],
  actors: [{ keys: 1 }, { kind: 1 }, { country: 1 }],
  agreements: [{ month: -1 }, { status: 1 }, { type: 1 }, { sectors: 1 }, { countries: 1 }, { partyIds: 1 }],
  programs: [{ keys: 1 }],
  // The lists no read model serves page in the database: filter fields, then the sort key and _id.
  errors: [
    { review: 1, lastAt: -1, _id: 1 },
    { review: 1, stage: 1, lastAt: -1, _id: 1 },
    { lastAt: -1, _id: 1 },
  ],
  watches: [{ createdAt: -1, _id: 1 }],
  watch_events: [{ watchId: 1, matchedAt: -1, at: -1, _id: 1 }],
  webhook_deliveries: [{ watchId: 1, lastAttemptAt: -1, _id: 1 }],
  corrections: [
    { targetId: 1, at: -1, _id: 1 },
    { at: -1, _id: 1 },
  ],
};

export async function ensureIndexes(db: Db): Promise<void> {
  for (const [collection, specs] of Object.entries(INDEXES)) {
    for (const spec of specs) await db.collection(collection).createIndex(spec);
  }
}
