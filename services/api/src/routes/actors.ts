import { z } from 'zod';
import { ActorRecord } from '@coopnews/schema';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ActorFilter, actorMatcher } from '../query/record-filters.ts';
import { cutPage, decodeCursor, rowsAfter } from '../query/paging.ts';
import { Cursor, IdParams, Limit } from '../query/params.ts';
import { ActorListItem, AgreementListItem, cited, pageSchema, ProgramItem, readErrors } from '../schemas.ts';
import { citedItem, withCitations } from '../citations.ts';
import { notFound } from '../http-error.ts';
import type { ActorRow } from '../read-model/actor-rows.ts';
import { programItem } from '../read-model/program-rows.ts';

export const ActorQuery = ActorFilter.extend({ limit: Limit, cursor: Cursor });

/** Agreements /actors/:id lists (newest first); the rest are a /agreements?actor= away. */
const AGREEMENTS_SHOWN = 200;

export function actorRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get('/actors', { schema: { tags: ['actors'], querystring: ActorQuery, response: { 200: pageSchema(ActorListItem), 400: readErrors[400] } } }, async (req) => {
    const { limit, cursor, ...filter } = req.query;
    await models.fresh();
    const matches = actorMatcher(filter);
    // Rows are kept in list order (most-reported first, then name, then _id): find the cursor's place.
    const after = cursor ? decodeCursor(cursor, 2) : undefined;
    const probe = after && ({ _id: after.id, sortName: String(after.key[1]), item: { articleCount: Number(after.key[0]) } } as ActorRow);
    return cutPage(rowsAfter(models.actors, probe), (r) => matches(r.item), limit, (r) => [r.item.articleCount, r.sortName], (r) => r.item);
  });

  app.get(
    '/actors/:id',
    {
      schema: {
        tags: ['actors'],
        params: IdParams,
        description: `The actor with its contributions, its sources grouped by article and its citation, the newest ${AGREEMENTS_SHOWN} agreements it is a party to (as list items; agreementCount counts them all, /agreements?actor=<id> pages them) and the programs it organizes or joins.`,
        response: { 200: z.object({ actor: cited(ActorRecord), agreements: z.array(AgreementListItem), agreementCount: z.number().int(), programs: z.array(ProgramItem) }), ...readErrors },
      },
    },
    async (req) => {
      const actor = await store.actors.get(req.params.id);
      if (!actor) throw notFound('actor', req.params.id);
      const id = actor._id;
      await models.fresh();
      // The newest few, and how many there are: a country's actor is a party to most agreements (/agreements?actor= pages them all).
      const agreements = [];
      let agreementCount = 0;
      const rows = models.agreements.rows;
      for (let i = rows.length - 1; i >= 0; i--) {
        if (rows[i]!.dismissed || !rows[i]!.partyIds.includes(id)) continue;
        if (agreementCount++ < AGREEMENTS_SHOWN) agreements.push(citedItem(rows[i]!.item, models));
      }
      // From the program read model: a program collection grows with the news, and FerretDB would decode all of it.
      const programs = models.programs.rows.filter((p) => !p.dismissed && (p.organizerIds.includes(id) || p.participantIds.includes(id))).map(programItem);
      return { actor: withCitations(actor, models), agreements, agreementCount, programs };
    },
  );
}
