import { z } from 'zod';
import { AgreementRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { modelMatcher, AgreementFilter } from '../query/agreement-filter.ts';
import { AgreementQuery, listAgreements } from '../query/agreement-list.ts';
import { IdParams } from '../query/params.ts';
import { AgreementListItem, pageSchema, readErrors } from '../schemas.ts';
import { notFound } from '../http-error.ts';

export { AgreementQuery };

export const StatsRow = z.object({ month: z.string(), key: z.string(), count: z.number().int() });

export function agreementRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get('/agreements', { schema: { tags: ['agreements'], querystring: AgreementQuery, response: { 200: pageSchema(AgreementListItem), 400: readErrors[400] } } }, async (req) => {
    await models.fresh();
    return listAgreements(models, req.query);
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
      await models.fresh();
      const matches = modelMatcher(models, filter);
      // month -> key -> count; one pass over the read model's rows in memory, no database scan.
      const counts = new Map<string, Map<string, number>>();
      const add = (month: string, key: string): true => {
        let byKey = counts.get(month);
        if (!byKey) counts.set(month, (byKey = new Map()));
        byKey.set(key, (byKey.get(key) ?? 0) + 1);
        return true;
      };
      for (const row of models.agreements.rows) {
        if (!matches(row)) continue;
        const a = row.item;
        const month = a.month ?? row.day.slice(0, 7);
        let counted = false;
        if (by === 'status') counted = add(month, a.status);
        else if (by === 'sector') for (const s of a.sectors) counted = add(month, s);
        // Countries only (KR, ID), not provinces: provinces would double-count each agreement.
        else for (const c of a.countries) if (!c.includes('-')) counted = add(month, c);
        if (!counted) add(month, '(none)');
      }
      return [...counts]
        .flatMap(([month, byKey]) => [...byKey].map(([key, count]) => ({ month, key, count })))
        .sort((a, b) => a.month.localeCompare(b.month) || b.count - a.count || a.key.localeCompare(b.key));
    },
  );
}
