import { z } from 'zod';
import { ActorKind, AgreementStatus, AgreementType, OrgCategory } from '@coopnews/schema';
import type { Repository, Store } from '@coopnews/store';
import type { RouteDeps, ZodApp } from '../app.ts';
import { IdParams } from '../query/params.ts';
import { ActorItem, AgreementItem, ProgramItem, writeErrors } from '../schemas.ts';
import { notFound } from '../http-error.ts';
import { logCorrection } from '../review/log.ts';

const Meta = { by: z.string().max(100).optional().describe('who made the decision, for the history'), note: z.string().max(1000).optional() };
const nonEmpty = <T extends z.ZodObject>(o: T) => o.refine((f) => Object.keys(f).length > 0, 'give at least one field to correct');

const AgreementFields = nonEmpty(z.object({ type: AgreementType.optional(), status: AgreementStatus.optional(), sectors: z.array(z.string().min(1)).optional(), summary: z.string().min(1).optional() }).strict());
const ActorFields = nonEmpty(
  z.object({ name: z.string().min(1).optional(), kind: ActorKind.optional(), category: OrgCategory.optional(), country: z.string().min(2).max(6).optional(), roles: z.array(z.string()).optional() }).strict(),
);
const ProgramFields = nonEmpty(z.object({ name: z.string().min(1).optional(), acronym: z.string().optional(), kind: z.string().optional() }).strict());
// A POST without a body arrives as null.
const DismissBody = z.object(Meta).nullish();

type Target = 'agreement' | 'actor' | 'program';
type Editable = { _id: string; corrected?: Record<string, unknown> | undefined; dismissed: boolean; contributions: unknown[] };

/**
 * Corrections live in the record's `corrected` (the indexer folds them over whatever
 * extraction says, so they survive re-extraction) and in store.corrections (the history).
 */
export function correctionRoutes(app: ZodApp, { store, guard }: RouteDeps): void {
  const repos: { [K in Target]: { path: string; repo: (s: Store) => Repository<Editable & { _id: string }>; fields: z.ZodType<Record<string, unknown>>; item: z.ZodType } } = {
    agreement: { path: 'agreements', repo: (s) => s.agreements as unknown as Repository<Editable>, fields: AgreementFields, item: AgreementItem },
    actor: { path: 'actors', repo: (s) => s.actors as unknown as Repository<Editable>, fields: ActorFields, item: ActorItem },
    program: { path: 'programs', repo: (s) => s.programs as unknown as Repository<Editable>, fields: ProgramFields, item: ProgramItem },
  };

  for (const [target, t] of Object.entries(repos) as [Target, (typeof repos)[Target]][]) {
    const tags = ['review'];
    const security = [{ bearer: [] }];
    app.post(
      `/${t.path}/:id/correct`,
      { onRequest: guard, schema: { tags, security, params: IdParams, body: z.object({ fields: t.fields, ...Meta }), response: { 200: t.item, ...writeErrors } } },
      async (req) => {
        const repo = t.repo(store);
        const rec = await repo.get(req.params.id);
        if (!rec) throw notFound(target, req.params.id);
        const { fields, by, note } = req.body as { fields: Record<string, unknown>; by?: string; note?: string };
        const corrected = { ...(rec.corrected ?? {}), ...fields };
        const next = { ...rec, ...fields, corrected };
        await repo.put(next);
        await logCorrection(store, { target, targetId: rec._id, action: 'edit', fields, by, note });
        const { contributions: _c, ...item } = next;
        return item;
      },
    );
    app.post(
      `/${t.path}/:id/dismiss`,
      { onRequest: guard, schema: { tags, security, params: IdParams, body: DismissBody, response: { 200: t.item, ...writeErrors } } },
      async (req) => {
        const repo = t.repo(store);
        const rec = await repo.get(req.params.id);
        if (!rec) throw notFound(target, req.params.id);
        const next = { ...rec, dismissed: true };
        await repo.put(next);
        await logCorrection(store, { target, targetId: rec._id, action: 'dismiss', by: req.body?.by, note: req.body?.note });
        const { contributions: _c, ...item } = next;
        return item;
      },
    );
  }

  app.get(
    '/corrections',
    {
      schema: {
        tags: ['review'],
        description: 'The history of review decisions, newest first.',
        querystring: z.object({ targetId: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
      },
    },
    async (req) => {
      // The newest `limit`, sorted and cut by the database (index: targetId, at).
      const { items } = await store.corrections.page(req.query.targetId ? { targetId: req.query.targetId } : {}, { by: 'at', dir: -1, limit: req.query.limit });
      return items;
    },
  );
}
