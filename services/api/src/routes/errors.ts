import { z } from 'zod';
import { ErrorRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ErrorFilter, errorQuery } from '../query/record-filters.ts';
import { dbPage } from '../query/paging.ts';
import { Cursor, IdParams, Limit } from '../query/params.ts';
import { ErrorItem, pageSchema, readErrors, writeErrors } from '../schemas.ts';
import { conflict, notFound } from '../http-error.ts';
import { republishPage } from '../review/republish.ts';

const ErrorQuery = ErrorFilter.extend({ limit: Limit, cursor: Cursor });
const Retried = z.object({ id: z.string(), review: z.literal('retried'), republished: z.string().describe('the URL put back on articles.fetched') });

export function errorRoutes(app: ZodApp, { store, guard, publisher }: RouteDeps): void {
  app.get('/errors', { schema: { tags: ['review'], querystring: ErrorQuery, response: { 200: pageSchema(ErrorItem), 400: readErrors[400] } } }, async (req) => {
    const { limit, cursor, ...filter } = req.query;
    // Newest first, paged by the database (index: review, stage, lastAt); the raw input stays out of lists.
    return dbPage(store.errors, errorQuery(filter), { by: 'lastAt', dir: -1, projection: { input: 0 } }, limit, cursor);
  });

  app.get('/errors/:id', { schema: { tags: ['review'], params: IdParams, response: { 200: ErrorRecord, ...readErrors } } }, async (req) => {
    const rec = await store.errors.get(req.params.id);
    if (!rec) throw notFound('error', req.params.id);
    return rec;
  });

  app.post(
    '/errors/:id/dismiss',
    { onRequest: guard, schema: { tags: ['review'], security: [{ bearer: [] }], params: IdParams, response: { 200: ErrorItem, ...writeErrors } } },
    async (req) => {
      const rec = await store.errors.get(req.params.id);
      if (!rec) throw notFound('error', req.params.id);
      const next = { ...rec, review: 'dismissed' as const };
      await store.errors.put(next);
      const { input: _input, ...item } = next;
      return item;
    },
  );

  app.post(
    '/errors/:id/retry',
    {
      onRequest: guard,
      schema: { tags: ['review'], security: [{ bearer: [] }], params: IdParams, description: 'Re-extracts the stored page the error is about.', response: { 200: Retried, ...writeErrors } },
    },
    async (req) => {
      const rec = await store.errors.get(req.params.id);
      if (!rec) throw notFound('error', req.params.id);
      if (!rec.url) throw conflict(`error ${rec._id} (${rec.code}) names no page URL, so there is nothing to re-extract; dismiss it instead`, { id: rec._id });
      const { url } = await republishPage(store, publisher, rec.url);
      await store.errors.put({ ...rec, review: 'retried' });
      return { id: rec._id, review: 'retried' as const, republished: url };
    },
  );

  app.post(
    '/extract/:articleId/retry',
    {
      onRequest: guard,
      schema: {
        tags: ['review'],
        security: [{ bearer: [] }],
        params: z.object({ articleId: z.string().min(1).max(200) }),
        description: 'Re-extracts an article from its stored page (e.g. after an extractor upgrade).',
        response: { 200: z.object({ articleId: z.string(), republished: z.string() }), ...writeErrors },
      },
    },
    async (req) => {
      const article = await store.articles.get(req.params.articleId);
      if (!article) throw notFound('article', req.params.articleId);
      const { url } = await republishPage(store, publisher, article.url);
      return { articleId: article._id, republished: url };
    },
  );
}
