import { z } from 'zod';
import { ArticleRecord, ProgramRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ArticleFilter, articleMatcher, ProgramFilter, programMatcher } from '../query/record-filters.ts';
import { cutPage, decodeCursor, rowsAfter } from '../query/paging.ts';
import { programItem, type ProgramRow } from '../read-model/program-rows.ts';
import type { ArticleRow } from '../read-model/article-rows.ts';
import { Cursor, IdParams, Limit } from '../query/params.ts';
import { ArticleItem, cited, pageSchema, ProgramItem, readErrors } from '../schemas.ts';
import { withCitations } from '../citations.ts';
import { notFound } from '../http-error.ts';
import { idOf } from '@coopnews/store';

export const ProgramQuery = ProgramFilter.extend({ limit: Limit, cursor: Cursor });
export const ArticleQuery = ArticleFilter.extend({ limit: Limit, cursor: Cursor });

export function programRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get('/programs', { schema: { tags: ['programs'], querystring: ProgramQuery, response: { 200: pageSchema(ProgramItem), 400: readErrors[400] } } }, async (req) => {
    const { limit, cursor, ...filter } = req.query;
    await models.fresh();
    const matches = programMatcher(filter);
    // Rows are kept in list order (most-reported first, then name, then _id): find the cursor's place.
    const after = cursor ? decodeCursor(cursor, 2) : undefined;
    const probe = after && ({ _id: after.id, sortName: String(after.key[1]), articleCount: Number(after.key[0]) } as ProgramRow);
    return cutPage(rowsAfter(models.programs, probe), matches, limit, (r) => [r.articleCount, r.sortName], programItem);
  });

  app.get('/programs/:id', { schema: { tags: ['programs'], params: IdParams, response: { 200: cited(ProgramRecord), ...readErrors } } }, async (req) => {
    const rec = await store.programs.get(req.params.id);
    if (!rec) throw notFound('program', req.params.id);
    await models.fresh();
    return withCitations(rec, models);
  });
}

export function articleRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get('/articles', { schema: { tags: ['articles'], querystring: ArticleQuery, response: { 200: pageSchema(ArticleItem), 400: readErrors[400] } } }, async (req) => {
    const { limit, cursor, ...filter } = req.query;
    await models.fresh();
    const m = articleMatcher(filter);
    const model = models.articles;
    // Newest first: walk the rows (oldest first) backwards from just before the cursor.
    const after = cursor ? decodeCursor(cursor, 1) : undefined;
    const at = String(after?.key[0] ?? '');
    const start = after ? model.firstIndex((r) => r.at > at || (r.at === at && r._id >= after.id)) - 1 : model.size - 1;
    const rows = model.rows;
    function* walk(): Generator<ArticleRow> {
      for (let i = start; i >= 0; i--) yield rows[i]!;
    }
    return cutPage(walk(), (r) => m.matches(r.item), limit, (r) => [r.at], (r) => r.item);
  });

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        params: IdParams,
        description: 'The article with its text and the ids of the records it contributes to (actorIds, agreementIds, programIds).',
        response: { 200: ArticleRecord.extend({ pageStored: z.boolean() }), ...readErrors },
      },
    },
    async (req) => {
      const rec = await store.articles.get(req.params.id);
      if (!rec) throw notFound('article', req.params.id);
      const page = await store.pages.find({ _id: pageIdOf(rec.url) }, { projection: { _id: 1 } });
      return { ...rec, pageStored: page.length > 0 };
    },
  );
}

/** Pages are keyed like the indexer keys them (services/indexer storePage). */
export const pageIdOf = (url: string): string => idOf('page', url);
