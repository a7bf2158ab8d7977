import { z } from 'zod';
import { ActorRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ActorFilter, actorMatcher } from '../query/record-filters.ts';
import { pageOf } from '../query/paging.ts';
import { Cursor, IdParams, Limit } from '../query/params.ts';
import { ActorItem, AgreementItem, pageSchema, ProgramItem, readErrors } from '../schemas.ts';
import { notFound } from '../http-error.ts';

export const ActorQuery = ActorFilter.extend({ limit: Limit, cursor: Cursor });

export function actorRoutes(app: ZodApp, { store }: RouteDeps): void {
  app.get('/actors', { schema: { tags: ['actors'], querystring: ActorQuery, response: { 200: pageSchema(ActorItem), 400: readErrors[400] } } }, async (req) => {
    const { limit, cursor, ...filter } = req.query;
    const m = actorMatcher(filter);
    const all = (await store.actors.find(m.db, { projection: { contributions: 0 } })).filter(m.matches);
    // Most-reported first: the actors a researcher is likely after.
    return pageOf(all, (a) => [a.articleIds.length, a.name.toLowerCase()], [-1, 1], limit, cursor);
  });

  app.get(
    '/actors/:id',
    {
      schema: {
        tags: ['actors'],
        params: IdParams,
        description: 'The actor with its contributions, the agreements it is a party to and the programs it organizes or joins.',
        response: { 200: z.object({ actor: ActorRecord, agreements: z.array(AgreementItem), programs: z.array(ProgramItem) }), ...readErrors },
      },
    },
    async (req) => {
      const actor = await store.actors.get(req.params.id);
      if (!actor) throw notFound('actor', req.params.id);
      const id = actor._id;
      const [agreements, organizes, joins] = await Promise.all([
        store.agreements.find({ partyIds: id }, { projection: { contributions: 0 } }),
        store.programs.find({ organizerIds: id }, { projection: { contributions: 0 } }),
        store.programs.find({ participantIds: id }, { projection: { contributions: 0 } }),
      ]);
      const programs = [...new Map([...organizes, ...joins].map((p) => [p._id, p])).values()];
      return { actor, agreements: agreements.filter((a) => !a.dismissed), programs: programs.filter((p) => !p.dismissed) };
    },
  );
}
