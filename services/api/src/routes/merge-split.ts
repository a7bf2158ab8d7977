import { z } from 'zod';
import type { RouteDeps, ZodApp } from '../app.ts';
import { IdParams } from '../query/params.ts';
import { ActorItem, withoutContributions, writeErrors } from '../schemas.ts';
import { mergeActors, splitActor } from '../review/actor-merge.ts';

const Meta = { by: z.string().max(100).optional(), note: z.string().max(1000).optional() };
const Correction = z.object({ _id: z.string(), action: z.string(), targetId: z.string(), otherId: z.string().optional(), at: z.string() });

export function mergeRoutes(app: ZodApp, { store, guard, models }: RouteDeps): void {
  const tags = ['review'];
  const security = [{ bearer: [] }];
  app.post(
    '/actors/:id/merge',
    {
      onRequest: guard,
      schema: {
        tags,
        security,
        description: "Merges actor otherId into :id: its contributions, the agreements, programs and articles that name it, and its names' lookups move to :id; otherId is deleted.",
        params: IdParams,
        body: z.object({ otherId: z.string().min(1), ...Meta }),
        response: { 200: z.object({ actor: ActorItem, correction: Correction }), ...writeErrors },
      },
    },
    async (req) => {
      const { actor, correction } = await mergeActors(store, models, req.params.id, req.body.otherId, req.body);
      return { actor: withoutContributions(actor), correction };
    },
  );
  app.post(
    '/actors/:id/split',
    {
      onRequest: guard,
      schema: {
        tags,
        security,
        description: 'Splits off a new actor made of the contributions named one of the aliases.',
        params: IdParams,
        body: z.object({ aliases: z.array(z.string().min(1)).min(1), ...Meta }),
        response: { 200: z.object({ actor: ActorItem, created: ActorItem, correction: Correction }), ...writeErrors },
      },
    },
    async (req) => {
      const { actor, created, correction } = await splitActor(store, models, req.params.id, req.body.aliases, req.body);
      return { actor: withoutContributions(actor), created: withoutContributions(created), correction };
    },
  );
}
