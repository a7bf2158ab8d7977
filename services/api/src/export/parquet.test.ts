import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetStream, parquetValue } from './parquet.ts';
import { table } from './table.ts';

interface Thing {
  id: string;
  day?: string;
  at: string;
  n: number;
  tags?: string[];
  ok: boolean;
}
const columns = table<Thing>(
  ['id', 'string', (t) => t.id],
  ['day', 'date', (t) => t.day],
  ['seen', 'timestamp', (t) => t.at],
  ['n', 'int', (t) => t.n],
  ['tags', 'strings', (t) => t.tags],
  ['ok', 'boolean', (t) => t.ok],
);

const dir = await mkdtemp(join(tmpdir(), 'coopnews-parquet-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function query(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql.replace('$file', `'${file}'`))).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    c.closeSync();
  }
}

describe('parquetStream', () => {
  it('writes typed columns that DuckDB reads back as dates, instants, integers and lists', async () => {
    async function* items(): AsyncGenerator<Thing> {
      yield { id: 'a', day: '2022-10-23', at: '2022-10-23T14:05:00+07:00', n: 3, tags: ['umkm', 'batik'], ok: true };
      yield { id: 'b', at: 'not a date', n: 0, tags: [], ok: false };
      yield { id: 'c', day: '2022-10', at: '2024-01-01T00:00:00Z', n: 7, ok: true };
    }
    const file = join(dir, 'typed.parquet');
    await writeFile(file, parquetStream(items(), columns));
    const types = Object.fromEntries((await query(file, 'DESCRIBE SELECT * FROM $file')).map((r) => [r.column_name, r.column_type]));
    expect(types).toEqual({ id: 'VARCHAR', day: 'DATE', seen: 'TIMESTAMP WITH TIME ZONE', n: 'INTEGER', tags: 'VARCHAR[]', ok: 'BOOLEAN' });
    const rows = await query(file, "SELECT id, strftime(day, '%Y-%m-%d') AS day, epoch_ms(seen) AS seen, n, tags, ok FROM $file");
    expect(rows).toEqual([
      { id: 'a', day: '2022-10-23', seen: BigInt(Date.parse('2022-10-23T07:05:00Z')), n: 3, tags: ['umkm', 'batik'], ok: true },
      // An unreadable instant and a partial date are nulls, not invented values; an empty list stays empty, a missing one is null.
      { id: 'b', day: null, seen: null, n: 0, tags: [], ok: false },
      { id: 'c', day: null, seen: BigInt(Date.parse('2024-01-01T00:00:00Z')), n: 7, tags: null, ok: true },
    ]);
  });

  it('writes each row group out before reading the rows of the next (memory holds one group)', async () => {
    const out: string[] = [];
    let bytesBeforeLastGroup = 0;
    async function* items(): AsyncGenerator<Thing> {
      for (let i = 0; i < 10; i++) {
        // The 9th row is read only after the first four groups of two went out.
        if (i === 8) bytesBeforeLastGroup = received;
        out.push(`row ${i}`);
        // As the export routes do: the event loop gets a turn between rows, so the client can read.
        await new Promise((resolve) => setImmediate(resolve));
        yield { id: `t${i}`, at: '2024-01-01T00:00:00Z', n: i, ok: i % 2 === 0 };
      }
    }
    let received = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of parquetStream(items(), columns, 2)) {
      received += (chunk as Buffer).length;
      chunks.push(chunk as Buffer);
    }
    expect(bytesBeforeLastGroup).toBeGreaterThan(4);
    const file = join(dir, 'groups.parquet');
    await writeFile(file, Buffer.concat(chunks));
    expect(await query(file, "SELECT count(*)::INT AS n FROM parquet_metadata($file) GROUP BY row_group_id HAVING n > 0 ORDER BY ALL")).toHaveLength(5);
    expect((await query(file, 'SELECT id FROM $file')).map((r) => r.id)).toEqual(out.map((_, i) => `t${i}`));
  });

  it('writes a valid empty file with the columns when nothing matches', async () => {
    async function* none(): AsyncGenerator<Thing> {}
    const file = join(dir, 'empty.parquet');
    await writeFile(file, parquetStream(none(), columns));
    expect((await query(file, 'DESCRIBE SELECT * FROM $file')).map((r) => r.column_name)).toEqual(['id', 'day', 'seen', 'n', 'tags', 'ok']);
    expect(await query(file, 'SELECT count(*)::INT AS n FROM $file')).toEqual([{ n: 0 }]);
  });

  it('converts cells by column type', () => {
    expect(parquetValue('int', 2.9)).toBe(2);
    expect(parquetValue('strings', ['x'])).toEqual(['x']);
    expect(parquetValue('string', undefined)).toBeNull();
  });
});
