import { z } from 'zod';
import { AgreementRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { modelMatcher, AgreementFilter } from '../query/agreement-filter.ts';
import { AgreementQuery, listAgreements } from '../query/agreement-list.ts';
import { IdParams } from '../query/params.ts';
import { AgreementListItem, cited, pageSchema, readErrors } from '../schemas.ts';
import { withCitations } from '../citations.ts';
import { notFound } from '../http-error.ts';
import type { StatsCount } from '../read-model/agreement-stats.ts';

export { AgreementQuery };

export const StatsRow = z.object({ month: z.string(), key: z.string(), count: z.number().int() }) satisfies z.ZodType<StatsCount>;

export function agreementRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get('/agreements', { schema: { tags: ['agreements'], querystring: AgreementQuery, response: { 200: pageSchema(AgreementListItem), 400: readErrors[400] } } }, async (req) => {
    await models.fresh();
    return listAgreements(models, req.query);
  });

  app.get(
    '/agreements/:id',
    { schema: { tags: ['agreements'], params: IdParams, description: 'The whole record, with its sources grouped by article (sourceArticles) and its citation.', response: { 200: cited(AgreementRecord), ...readErrors } } },
    async (req) => {
      // One `_id` read; the article rows (titles for citations) catch up meanwhile, not after it.
      const [rec] = await Promise.all([store.agreements.get(req.params.id), models.fresh()]);
      if (!rec) throw notFound('agreement', req.params.id);
      return withCitations(rec, models);
    },
  );

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
      // Maintained counters where they answer the filter, else one pass over the rows in memory: never a database scan.
      return models.agreementStats.query(filter, by, modelMatcher(models, filter));
    },
  );
}
