import { z } from 'zod';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ActorItem, AgreementItem, ProgramItem, withoutContributions } from '../schemas.ts';
import { programItem } from '../read-model/program-rows.ts';

/** Below this confidence a record goes to review even without a stated doubt. */
const DOUBTFUL_BELOW = 0.5;

interface Reviewable {
  _id: string;
  dismissed: boolean;
  confidence: number;
  doubtCount: number;
}
const doubtful = (r: Reviewable) => !r.dismissed && (r.doubtCount > 0 || r.confidence < DOUBTFUL_BELOW);

/** The `limit` least confident doubtful rows (ties by _id), and how many there are. */
function leastConfident<R>(rows: readonly R[], view: (r: R) => Reviewable, limit: number): { rows: R[]; count: number } {
  const found = rows.filter((r) => doubtful(view(r)));
  found.sort((a, b) => view(a).confidence - view(b).confidence || (view(a)._id < view(b)._id ? -1 : 1));
  return { rows: found.slice(0, limit), count: found.length };
}

const ReviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100).describe('at most this many of each kind') });

export function reviewRoutes(app: ZodApp, { store, models }: RouteDeps): void {
  app.get(
    '/review/doubtful',
    {
      schema: {
        tags: ['review'],
        querystring: ReviewQuery,
        description: `Records with stated doubts or confidence below ${DOUBTFUL_BELOW}, not dismissed; least confident first, at most \`limit\` of each kind (counts: how many there are).`,
        response: {
          200: z.object({
            agreements: z.array(AgreementItem),
            actors: z.array(ActorItem),
            programs: z.array(ProgramItem),
            counts: z.object({ agreements: z.number().int(), actors: z.number().int(), programs: z.number().int() }),
          }),
        },
      },
    },
    async (req) => {
      const { limit } = req.query;
      await models.fresh();
      // Chosen from the read models' rows (no collection scan); then only the chosen records are read, by `_id`.
      const agreements = leastConfident(models.agreements.rows, (r) => r, limit);
      const actors = leastConfident(models.actors.rows, (r) => r.item, limit);
      const programs = leastConfident(models.programs.rows, (r) => r, limit);
      const [agreementRecords, actorRecords] = await Promise.all([store.agreements.getMany(agreements.rows.map((r) => r._id)), store.actors.getMany(actors.rows.map((r) => r.item._id))]);
      return {
        agreements: agreementRecords.map(withoutContributions),
        actors: actorRecords.map(withoutContributions),
        programs: programs.rows.map(programItem),
        counts: { agreements: agreements.count, actors: actors.count, programs: programs.count },
      };
    },
  );
}
