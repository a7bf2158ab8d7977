import { PassThrough, type Readable } from 'node:stream';
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { Cell, Column, Columns, ColumnType } from './table.ts';

/** Rows per row group: large enough for good compression, small enough that memory stays flat (one group at a time). */
export const ROW_GROUP_ROWS = 5000;

const utf8 = { type: 'BYTE_ARRAY', converted_type: 'UTF8' } as const;

/** Each column type's Parquet schema (a LIST is three elements: the standard three-level list). */
function schemaOf(c: Column<unknown>): SchemaElement[] {
  const name = c.name;
  const optional = { name, repetition_type: 'OPTIONAL' } as const;
  const leaf: Record<Exclude<ColumnType, 'strings'>, SchemaElement> = {
    string: { ...optional, ...utf8 },
    int: { ...optional, type: 'INT32' },
    double: { ...optional, type: 'DOUBLE' },
    boolean: { ...optional, type: 'BOOLEAN' },
    date: { ...optional, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
    timestamp: { ...optional, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' } },
  };
  if (c.type !== 'strings') return [leaf[c.type]];
  return [
    { ...optional, converted_type: 'LIST', logical_type: { type: 'LIST' }, num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    { name: 'element', repetition_type: 'OPTIONAL', ...utf8 },
  ];
}

export function parquetSchema(columns: Columns<never>): SchemaElement[] {
  return [{ name: 'root', num_children: columns.length }, ...columns.flatMap((c) => schemaOf(c as Column<unknown>))];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A cell as Parquet stores it: dates and instants become Date (a partial or unreadable date is null), lists stay lists. */
export function parquetValue(type: ColumnType, v: Cell): unknown {
  if (v === undefined || v === null) return null;
  switch (type) {
    case 'date':
      return typeof v === 'string' && DAY.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    case 'timestamp': {
      const t = typeof v === 'string' ? Date.parse(v) : NaN;
      return Number.isNaN(t) ? null : new Date(t);
    }
    case 'int':
      return typeof v === 'number' ? Math.trunc(v) : null;
    default:
      return v;
  }
}

/**
 * Hands every row group to `out` as soon as it is encoded (hyparquet-writer calls `flush` after
 * each group and waits for a returned promise), and waits while the client reads slower than
 * we write: the file is never held whole, only the group being encoded.
 */
class StreamSink extends ByteWriter {
  constructor(private readonly out: PassThrough) {
    super(1 << 16);
  }
  flush(): Promise<void> | undefined {
    if (this.index === 0) return undefined;
    // A copy: the buffer is reused for the next group.
    const ok = this.out.write(Buffer.from(this.buffer.slice(0, this.index)));
    this.index = 0;
    if (ok || this.out.destroyed) return undefined;
    return new Promise((resolve) => {
      const done = () => {
        this.out.off('drain', done).off('close', done);
        resolve();
      };
      this.out.on('drain', done).on('close', done);
    });
  }
  override finish(): void {
    void this.flush();
    this.out.end();
  }
}

/**
 * A Parquet file of `items`, streamed: rows are gathered into groups of `groupRows`, each group
 * is encoded column by column and written out before the next is read. An error mid-way
 * destroys the stream (the client sees a cut-off download, never a file that looks whole).
 */
export function parquetStream<T>(items: AsyncIterable<T>, columns: Columns<T>, groupRows = ROW_GROUP_ROWS): Readable {
  const out = new PassThrough();
  const write = async () => {
    const writer = new ParquetWriter({ writer: new StreamSink(out), schema: parquetSchema(columns as Columns<never>), createdBy: 'coopnews' });
    let batch: T[] = [];
    const writeBatch = async () => {
      const columnData = columns.map((c) => ({ name: c.name, data: batch.map((item) => parquetValue(c.type, c.get(item))) }));
      batch = [];
      await writer.write({ columnData, rowGroupSize: groupRows });
    };
    for await (const item of items) {
      if (out.destroyed) return;
      batch.push(item);
      if (batch.length >= groupRows) await writeBatch();
    }
    if (batch.length) await writeBatch();
    await writer.finish();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
