/** A cell as the exports see it; each format writes it its own way (CSV text, JSON, a typed Parquet value). */
export type Cell = string | number | boolean | undefined | null | readonly string[];

/**
 * What a column holds, so formats that have types can keep them: Parquet writes `date` as a
 * DATE (from `YYYY-MM-DD`), `timestamp` as a UTC instant (from ISO 8601), `int` as INT32 and
 * `strings` as a LIST; CSV writes every kind as text.
 */
export type ColumnType = 'string' | 'strings' | 'int' | 'double' | 'boolean' | 'date' | 'timestamp';

export interface Column<T> {
  name: string;
  type: ColumnType;
  get: (item: T) => Cell;
}
export type Columns<T> = readonly Column<T>[];

export type ColumnSpec<T> = [name: string, type: ColumnType, get: (item: T) => Cell];

/** Columns from `[name, type, get]` triples: a table reads as one line per column. */
export const table = <T>(...specs: ColumnSpec<T>[]): Columns<T> => specs.map(([name, type, get]) => ({ name, type, get }));
