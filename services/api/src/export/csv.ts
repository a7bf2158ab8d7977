import type { Cell, Columns } from './table.ts';

/**
 * RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. Lists
 * join with "; ". Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: quotes come from untrusted pages.
 */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const raw = Array.isArray(value) ? value.join('; ') : String(value);
  const s = typeof value !== 'number' && typeof value !== 'boolean' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: readonly Cell[]): string => cells.map(csvCell).join(',') + '\r\n';

/** One line at a time: the header, then each record as it comes from the database. */
export async function* csvLines<T>(items: AsyncIterable<T>, columns: Columns<T>): AsyncGenerator<string> {
  yield csvRow(columns.map((c) => c.name));
  for await (const item of items) yield csvRow(columns.map((c) => c.get(item)));
}

export async function* jsonLines<T>(items: AsyncIterable<T>, json: (item: T) => unknown = (item) => item): AsyncGenerator<string> {
  for await (const item of items) yield JSON.stringify(json(item)) + '\n';
}
