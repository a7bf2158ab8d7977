import { z } from 'zod';

/** Query-string building blocks shared by the list routes, exports and watches. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD', abort: true })
  .refine((s) => {
    // A real calendar day: 2022-13-45 and 2023-02-29 are refused, not compared as text.
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'expected a calendar date YYYY-MM-DD (month 01-12, a day that month has)');
/** Query strings carry "true"/"false"; JSON bodies (watch filters) carry booleans. */
export const Flag = z.union([z.boolean(), z.stringbool()]).default(false);
export const Limit = z.coerce.number().int().min(1).max(200).default(50);
export const Cursor = z.string().max(2000).optional().describe('opaque; the nextCursor of the previous page');
export const Text = z.string().trim().max(200);

export const IdParams = z.object({ id: z.string().min(1).max(200) });

/** Case-insensitive regex over free text; the user's text is escaped, never interpreted. */
export function textRegex(q: string | undefined): RegExp | undefined {
  if (!q) return undefined;
  return new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
