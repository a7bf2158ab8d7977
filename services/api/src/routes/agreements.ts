import { z } from 'zod';
import { AgreementRecord, AgreementStatus } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { agreementMatcher, AgreementFilter, dayOf, type AgreementView } from '../query/agreement-filter.ts';
import { pageOf, type KeyPart } from '../query/paging.ts';
import { Cursor, IdParams, Limit } from '../query/params.ts';
import { AgreementItem, pageSchema, readErrors } from '../schemas.ts';
import { notFound } from '../http-error.ts';

export const AgreementQuery = AgreementFilter.extend({
  sort: z.enum(['date', '-date', 'status']).default('-date').describe('date: oldest first; -date: newest first; status: by lifecycle, newest first within'),
  limit: Limit,
  cursor: Cursor,
});

const RANK = Object.fromEntries(AgreementStatus.options.map((s, i) => [s, i])) as Record<string, number>;

const sorts: Record<z.infer<typeof AgreementQuery>['sort'], { key: (a: AgreementView) => KeyPart[]; dirs: (1 | -1)[] }> = {
  date: { key: (a) => [dayOf(a)], dirs: [1] },
  '-date': { key: (a) => [dayOf(a)], dirs: [-1] },
  status: { key: (a) => [RANK[a.status] ?? 0, dayOf(a)], dirs: [1, -1] },
};

export const StatsRow = z.object({ month: z.string(), key: z.string(), count: z.number().int() });

export function agreementRoutes(app: ZodApp, { store }: RouteDeps): void {
  app.get('/agreements', { schema: { tags: ['agreements'], querystring: AgreementQuery, response: { 200: pageSchema(AgreementItem), 400: readErrors[400] } } }, async (req) => {
    const { sort, limit, cursor, ...filter } = req.query;
    const m = await agreementMatcher(store, filter);
    const all: AgreementView[] = [];
    for await (const a of store.agreements.stream(m.db, { projection: { contributions: 0 } })) if (m.matches(a)) all.push(a);
    const s = sorts[sort];
    return pageOf(all, s.key, s.dirs, limit, cursor);
  });

  app.get('/agreements/:id', { schema: { tags: ['agreements'], params: IdParams, response: { 200: AgreementRecord, ...readErrors } } }, async (req) => {
    const rec = await store.agreements.get(req.params.id);
    if (!rec) throw notFound('agreement', req.params.id);
    return rec;
  });

  app.get(
    '/stats/agreements',
    {
      schema: {
        tags: ['agreements'],
        description: 'Agreements per month and country, sector or status (an agreement with two sectors counts once for each).',
        querystring: AgreementFilter.extend({ by: z.enum(['country', 'sector', 'status']).default('country') }),
        response: { 200: z.array(StatsRow), 400: readErrors[400] },
      },
    },
    async (req) => {
      const { by, ...filter } = req.query;
      const m = await agreementMatcher(store, filter);
      const counts = new Map<string, number>();
      // Counted here: FerretDB has no date operators and only $sum/$count; `month` is precomputed.
      for await (const a of store.agreements.stream(m.db, { projection: { contributions: 0, statusHistory: 0 } })) {
        if (!m.matches(a)) continue;
        const month = a.month ?? dayOf(a).slice(0, 7);
        // Countries only (KR, ID), not provinces: provinces would double-count each agreement.
        const keys = by === 'status' ? [a.status] : by === 'sector' ? a.sectors : a.countries.filter((c) => !c.includes('-'));
        for (const key of keys.length ? keys : ['(none)']) {
          const k = `${month}\u0000${key}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
      return [...counts]
        .map(([k, count]) => {
          const [month, key] = k.split('\u0000') as [string, string];
          return { month, key, count };
        })
        .sort((a, b) => a.month.localeCompare(b.month) || b.count - a.count || a.key.localeCompare(b.key));
    },
  );
}
