import { z } from 'zod';
import type { RouteDeps, ZodApp } from '../app.ts';
import { ActorItem, AgreementItem, ProgramItem } from '../schemas.ts';

/** Below this confidence a record goes to review even without a stated doubt. */
const DOUBTFUL_BELOW = 0.5;

const doubtful = (r: { doubts: string[]; confidence: number; dismissed: boolean }) => !r.dismissed && (r.doubts.length > 0 || r.confidence < DOUBTFUL_BELOW);

export function reviewRoutes(app: ZodApp, { store }: RouteDeps): void {
  app.get(
    '/review/doubtful',
    {
      schema: {
        tags: ['review'],
        description: `Records with stated doubts or confidence below ${DOUBTFUL_BELOW}, not dismissed; least confident first.`,
        response: { 200: z.object({ agreements: z.array(AgreementItem), actors: z.array(ActorItem), programs: z.array(ProgramItem) }) },
      },
    },
    async () => {
      const opts = { projection: { contributions: 0 as const } };
      const byConfidence = <T extends { confidence: number; _id: string }>(xs: T[]) => xs.sort((a, b) => a.confidence - b.confidence || a._id.localeCompare(b._id));
      const notDismissed = { dismissed: { $ne: true } };
      const [agreements, actors, programs] = await Promise.all([
        store.agreements.find(notDismissed, opts),
        store.actors.find(notDismissed, opts),
        store.programs.find(notDismissed, opts),
      ]);
      return {
        agreements: byConfidence(agreements.filter(doubtful)),
        actors: byConfidence(actors.filter(doubtful)),
        programs: byConfidence(programs.filter(doubtful)),
      };
    },
  );
}
