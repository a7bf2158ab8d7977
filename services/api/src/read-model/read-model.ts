import type { Logger } from '@coopnews/runtime';
import type { ChangeLog, SnapshotStore } from '@coopnews/store';

/** What a read model is made of: how a record becomes a row, and the order rows are kept in. */
export interface ReadModelSpec<Rec, Row extends { _id: string }> {
  name: string;
  /** The record by id (null: removed); one `_id` read. */
  get(id: string): Promise<Rec | null>;
  /** Every record, for a rebuild. */
  scan(): AsyncIterable<Rec>;
  /** The slim row lists, stats and exports read. */
  rowOf(rec: Rec): Row;
  /** A total order (ties broken by _id): the order `rows` are kept in. */
  compare(a: Row, b: Row): number;
  changes: ChangeLog;
  snapshots: SnapshotStore<Row>;
  log?: Logger | undefined;
}

/** Something derived from a model's rows (counters) and kept current with them. */
export interface RowObserver<Row> {
  /** All rows anew (start, rebuild, or when the observer is attached). */
  reset(rows: readonly Row[]): void;
  added(row: Row): void;
  removed(row: Row): void;
}

export interface StartInfo {
  from: 'snapshot' | 'records';
  rows: number;
  ms: number;
}

/**
 * How old a look at the change log may be before a read looks again. Writes made in this
 * process (review routes, tests) mark the model stale at once; writers in other processes (the
 * indexer) show up within this interval.
 */
const POLL_MS = 250;

/** After this many applied changes a new snapshot is written, so the next start replays few. */
const SNAPSHOT_EVERY = 5000;
/** A change-log slot still missing after this long is skipped (its writer died between numbering and writing). */
const GAP_GIVE_UP_MS = 10_000;

/**
 * Slim rows of one collection held in memory in one sorted array, built at start from a
 * snapshot (or, when there is none, from the records) and kept current from the change log
 * before every read: lists, stats and exports walk it and never ask the database to scan.
 * `fresh()` costs nothing when it looked less than POLL_MS ago and this process wrote nothing
 * since, else one `_id` read plus one per changed record.
 */
export class ReadModel<Rec, Row extends { _id: string }> {
  #rows: Row[] = [];
  readonly #byId = new Map<string, Row>();
  #seq = 0;
  #gapSince: number | undefined;
  #changedSinceSnapshot = 0;
  #running: Promise<void> | undefined;
  #pending: Promise<void> | undefined;
  #snapshotting: Promise<void> | undefined;
  /** When the last catch-up started (it saw every change numbered before then). */
  #checkedAt = -Infinity;
  #stale = true;
  readonly #observers: RowObserver<Row>[] = [];
  readonly #unlisten: () => void;

  constructor(private readonly spec: ReadModelSpec<Rec, Row>) {
    this.#unlisten = spec.changes.onRecord(() => (this.#stale = true));
  }

  /** Rows in `spec.compare` order. Do not modify. */
  get rows(): readonly Row[] {
    return this.#rows;
  }
  get size(): number {
    return this.#rows.length;
  }
  /** The order rows are kept in. */
  compareRows(a: Row, b: Row): number {
    return this.spec.compare(a, b);
  }
  row(id: string): Row | undefined {
    return this.#byId.get(id);
  }

  /** Keeps `observer` current with the rows from now on, starting with every row as it is. */
  observe(observer: RowObserver<Row>): void {
    this.#observers.push(observer);
    observer.reset(this.#rows);
  }

  /** Loads the latest snapshot and what changed since; without one, rebuilds from the records. */
  async start(): Promise<StartInfo> {
    const t0 = performance.now();
    const snap = await this.spec.snapshots.read();
    if (snap) {
      this.#replace(snap.rows, snap.seq);
      await this.fresh();
      return { from: 'snapshot', rows: this.size, ms: performance.now() - t0 };
    }
    await this.rebuild();
    return { from: 'records', rows: this.size, ms: performance.now() - t0 };
  }

  /** Reads every record again (slow on FerretDB: about 2 ms per agreement) and writes a snapshot. */
  async rebuild(): Promise<void> {
    const seq = await this.spec.changes.latest();
    const rows: Row[] = [];
    for await (const rec of this.spec.scan()) rows.push(this.spec.rowOf(rec));
    this.#replace(rows, seq);
    this.spec.log?.info({ model: this.spec.name, rows: rows.length, seq }, 'read model rebuilt from the records');
    // Not fresh(): a rebuild runs inside a catch-up, which fresh() would wait for.
    await this.#catchUp();
    await this.snapshot();
  }

  /**
   * Applies what changed since the last look. A caller that arrives while a catch-up runs waits
   * for one that starts after it (shared by everyone who arrives meanwhile): a request sees every
   * write of this process that finished before it, and other processes' writes within POLL_MS.
   */
  fresh(): Promise<void> {
    if (!this.#running && !this.#stale && performance.now() - this.#checkedAt < POLL_MS) return Promise.resolve();
    if (!this.#running) {
      this.#running = this.#catchUp().finally(() => (this.#running = undefined));
      return this.#running;
    }
    return (this.#pending ??= this.#running.then(() => {
      this.#pending = undefined;
      return this.fresh();
    }));
  }

  /** Writes a snapshot of the rows as they are now (one at a time). */
  snapshot(): Promise<void> {
    if (this.#snapshotting) return this.#snapshotting;
    const rows = [...this.#rows];
    const seq = this.#seq;
    this.#changedSinceSnapshot = 0;
    this.#snapshotting = this.spec.snapshots.write({ seq, rows }).finally(() => (this.#snapshotting = undefined));
    return this.#snapshotting;
  }

  /** Waits for a snapshot in progress and writes one if anything changed since the last. */
  async close(): Promise<void> {
    this.#unlisten();
    await this.#snapshotting;
    if (this.#changedSinceSnapshot > 0) await this.snapshot();
  }

  async #catchUp(): Promise<void> {
    this.#stale = false;
    this.#checkedAt = performance.now();
    const latest = await this.spec.changes.latest();
    if (latest <= this.#seq) return;
    const { recordIds, through, lost } = await this.spec.changes.since(this.#seq, latest);
    if (lost) {
      this.spec.log?.warn({ model: this.spec.name, seq: this.#seq, latest }, 'read model fell behind the change log: rebuilding');
      return this.rebuild();
    }
    const ids = [...new Set(recordIds)];
    for (let i = 0; i < ids.length; i += 64) {
      const batch = ids.slice(i, i + 64);
      const recs = await Promise.all(batch.map((id) => this.spec.get(id)));
      batch.forEach((id, j) => this.#put(id, recs[j] ? this.spec.rowOf(recs[j]) : undefined));
    }
    this.#seq = through;
    if (through < latest) {
      this.#stale = true;
      this.#gapSince ??= Date.now();
      if (Date.now() - this.#gapSince > GAP_GIVE_UP_MS) {
        this.spec.log?.warn({ model: this.spec.name, seq: through + 1 }, 'change-log slot never written: skipped');
        this.#seq = through + 1;
        this.#gapSince = undefined;
      }
    } else this.#gapSince = undefined;
    this.#changedSinceSnapshot += recordIds.length;
    if (this.#changedSinceSnapshot >= SNAPSHOT_EVERY && !this.#snapshotting) {
      this.snapshot().catch((err: unknown) => this.spec.log?.warn({ err, model: this.spec.name }, 'snapshot failed; the next start replays more changes'));
    }
  }

  #replace(rows: Row[], seq: number): void {
    this.#rows = rows.sort((a, b) => this.spec.compare(a, b));
    this.#byId.clear();
    for (const r of rows) this.#byId.set(r._id, r);
    this.#seq = seq;
    for (const o of this.#observers) o.reset(this.#rows);
  }

  /** Replaces (or removes, when `row` is undefined) one row, keeping the array sorted. */
  #put(id: string, row: Row | undefined): void {
    const old = this.#byId.get(id);
    if (old) {
      const at = this.firstIndex((r) => this.spec.compare(r, old) >= 0);
      if (this.#rows[at]?._id === id) this.#rows.splice(at, 1);
      else this.#rows = this.#rows.filter((r) => r._id !== id);
      this.#byId.delete(id);
      for (const o of this.#observers) o.removed(old);
    }
    if (row) {
      this.#rows.splice(this.firstIndex((r) => this.spec.compare(r, row) > 0), 0, row);
      this.#byId.set(id, row);
      for (const o of this.#observers) o.added(row);
    }
  }

  /** The first index whose row satisfies `after` (which must be false, then true, along `rows`); rows.length if none. */
  firstIndex(after: (row: Row) => boolean): number {
    let lo = 0;
    let hi = this.#rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (after(this.#rows[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
