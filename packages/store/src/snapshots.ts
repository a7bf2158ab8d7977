import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from 'mongodb';

/**
 * Snapshots of a read model: its rows as gzip'd JSON in chunks of CHUNK_ROWS, written under a
 * new generation and then named by one manifest document, so a reader never mixes two
 * snapshots. Every read is by `_id`: 100,000 rows load in a few dozen reads, where FerretDB
 * would decode every record of a scan. `shape` names the row format; a reader that expects
 * another shape ignores the snapshot.
 */
const CHUNK_ROWS = 2000;

interface ManifestDoc {
  _id: string;
  shape: string;
  generation: string;
  seq: number;
  chunks: number;
  rows: number;
  writtenAt: string;
}
interface ChunkDoc {
  _id: string;
  gzipBase64: string;
}

export interface Snapshot<R> {
  /** The change-log number the rows include. */
  seq: number;
  rows: R[];
}

export interface SnapshotStore<R> {
  read(): Promise<Snapshot<R> | null>;
  write(snapshot: Snapshot<R>): Promise<void>;
}

/** `revive` makes a row of what JSON.parse gives back (default: the parsed value itself). */
export function snapshotStore<R>(db: Db, name: string, shape: string, revive: (raw: unknown) => R = (raw) => raw as R): SnapshotStore<R> {
  const docs = db.collection<ManifestDoc | ChunkDoc>('snapshots');
  const manifestId = `${name}:manifest`;
  const chunkId = (generation: string, i: number) => `${name}:${generation}:${i}`;
  const readManifest = async () => (await docs.findOne({ _id: manifestId })) as ManifestDoc | null;
  return {
    async read() {
      const m = await readManifest();
      if (!m || m.shape !== shape) return null;
      const rows: R[] = [];
      for (let i = 0; i < m.chunks; i++) {
        const chunk = (await docs.findOne({ _id: chunkId(m.generation, i) })) as ChunkDoc | null;
        // A newer snapshot replaced this one while we read: the caller rebuilds.
        if (!chunk) return null;
        for (const r of JSON.parse(gunzipSync(Buffer.from(chunk.gzipBase64, 'base64')).toString('utf8')) as unknown[]) rows.push(revive(r));
      }
      return { seq: m.seq, rows };
    },
    async write({ seq, rows }) {
      const previous = await readManifest();
      const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      let chunks = 0;
      for (let i = 0; i < rows.length; i += CHUNK_ROWS, chunks++) {
        const gzipBase64 = gzipSync(JSON.stringify(rows.slice(i, i + CHUNK_ROWS))).toString('base64');
        await docs.replaceOne({ _id: chunkId(generation, chunks) }, { _id: chunkId(generation, chunks), gzipBase64 }, { upsert: true });
      }
      const manifest: ManifestDoc = { _id: manifestId, shape, generation, seq, chunks, rows: rows.length, writtenAt: new Date().toISOString() };
      await docs.replaceOne({ _id: manifestId }, manifest, { upsert: true });
      if (previous) for (let i = 0; i < previous.chunks; i++) await docs.deleteOne({ _id: chunkId(previous.generation, i) });
    },
  };
}
