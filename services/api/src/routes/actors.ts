import { z } from 'zod';
import { ActorRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ActorFilter, actorMatcher } from '../query/record-filters.ts';
import { cutPage, decodeCursor } from '../query/paging.ts';
import { Cursor, IdParams, Limit } from '../query/params.ts';
import { ActorListItem, AgreementListItem, cited, pageSchema, ProgramItem, readErrors } from '../schemas.ts';
import { citedItem, withCitations } from '../citations.ts';
import { notFound } from '../http-error.ts';
import type { ActorRow } from '../read-model/actor-rows.ts';

export const ActorQuery = ActorFilter.extend({ limit: Limit, cursor: Cursor });

export function actorRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get('/actors', { schema: { tags: ['actors'], querystring: ActorQuery, response: { 200: pageSchema(ActorListItem), 400: readErrors[400] } } }, async (req) => {
    const { limit, cursor, ...filter } = req.query;
    await models.fresh();
    const matches = actorMatcher(filter);
    const model = models.actors;
    let start = 0;
    if (cursor) {
      // Rows are kept in list order (most-reported first, then name, then _id): find the cursor's place.
      const { key, id } = decodeCursor(cursor, 2);
      const probe = { _id: id, sortName: String(key[1]), item: { articleCount: Number(key[0]) } } as ActorRow;
      start = model.firstIndex((r) => model.compareRows(r, probe) > 0);
    }
    const rows = model.rows;
    function* walk(): Generator<ActorRow> {
      for (let i = start; i < rows.length; i++) yield rows[i]!;
    }
    return cutPage(walk(), (r) => matches(r.item), limit, (r) => [r.item.articleCount, r.sortName], (r) => r.item);
  });

  app.get(
    '/actors/:id',
    {
      schema: {
        tags: ['actors'],
        params: IdParams,
        description: 'The actor with its contributions, its sources grouped by article and its citation, the agreements it is a party to (as list items) and the programs it organizes or joins.',
        response: { 200: z.object({ actor: cited(ActorRecord), agreements: z.array(AgreementListItem), programs: z.array(ProgramItem) }), ...readErrors },
      },
    },
    async (req) => {
      const actor = await store.actors.get(req.params.id);
      if (!actor) throw notFound('actor', req.params.id);
      const id = actor._id;
      await models.fresh();
      const agreements = [];
      const rows = models.agreements.rows;
      for (let i = rows.length - 1; i >= 0; i--) if (!rows[i]!.dismissed && rows[i]!.partyIds.includes(id)) agreements.push(citedItem(rows[i]!.item, models));
      const [organizes, joins] = await Promise.all([
        store.programs.find({ organizerIds: id }, { projection: { contributions: 0 } }),
        store.programs.find({ participantIds: id }, { projection: { contributions: 0 } }),
      ]);
      const programs = [...new Map([...organizes, ...joins].map((p) => [p._id, p])).values()];
      return { actor: withCitations(actor, models), agreements, programs: programs.filter((p) => !p.dismissed) };
    },
  );
}
