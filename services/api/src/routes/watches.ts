import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { idOf, type WatchRecord } from '@coopnews/store';
import type { RouteDeps, ZodApp } from '../app.ts';
import { AgreementFilter } from '../query/agreement-filter.ts';
import { IdParams } from '../query/params.ts';
import { readErrors, writeErrors } from '../schemas.ts';
import { badInput, notFound } from '../http-error.ts';
import { atomFeed } from '../watch/atom.ts';
import { allowedHostsOf, webhookTargetProblem } from '../watch/webhook-target.ts';
import { stripCredentials } from '@coopnews/net';

const WatchBody = z.object({
  name: z.string().trim().min(1).max(200),
  filter: AgreementFilter.default({ includeIrrelevant: false, includeDismissed: false }),
  webhookUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  secret: z.string().min(8, 'a webhook secret needs at least 8 characters').max(200).optional(),
});

/** A watch as the api shows it: the secret never leaves, only whether there is one. */
const WatchView = z.object({
  _id: z.string(),
  name: z.string(),
  filter: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  webhookUrl: z.string().optional(),
  hasSecret: z.boolean(),
  createdAt: z.string(),
  feed: z.string().describe('path of the Atom feed'),
});
const viewOf = ({ secret, ...w }: WatchRecord): z.infer<typeof WatchView> => ({ ...w, hasSecret: Boolean(secret), feed: `/watches/${w._id}/feed.atom` });

/** GET /watches lists at most this many (newest first). */
export const WATCHES_LISTED = 1000;
const FeedLimit = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

const stripUndefined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>;

export function watchRoutes(app: ZodApp, { store, guard, webhookAllowedHosts }: RouteDeps): void {
  const tags = ['watches'];
  const allowedHosts = allowedHostsOf(webhookAllowedHosts);
  const security = [{ bearer: [] }];

  app.post(
    '/watches',
    {
      onRequest: guard,
      schema: {
        tags,
        security,
        description: 'Saves a filter (the /agreements query fields). Matching agreement changes go to its Atom feed and, with webhookUrl, are POSTed there signed with X-Coopnews-Signature: sha256=HMAC(secret, body). Without a secret one is made and returned once, here. A webhookUrl on a loopback or private address is refused (400) unless the api allows its host (WEBHOOK_ALLOWED_HOSTS); user:password@ in it is dropped.',
        body: WatchBody,
        response: { 201: WatchView.extend({ secret: z.string().optional() }), ...writeErrors },
      },
    },
    async (req, reply) => {
      const { name, filter, secret } = req.body;
      // Credentials in a stored URL would be served back by GET /watches; the secret signs instead.
      const webhookUrl = req.body.webhookUrl === undefined ? undefined : stripCredentials(req.body.webhookUrl);
      const problem = webhookUrl === undefined ? undefined : webhookTargetProblem(webhookUrl, allowedHosts);
      if (problem !== undefined) throw badInput(`webhookUrl ${webhookUrl} is refused: ${problem} (webhooks go to public addresses only)`, { field: 'webhookUrl' });
      const made = webhookUrl && !secret ? randomBytes(24).toString('base64url') : undefined;
      const watch: WatchRecord = {
        _id: idOf('watch', randomUUID()),
        name,
        filter: stripUndefined(filter),
        ...(webhookUrl ? { webhookUrl } : {}),
        ...((secret ?? made) ? { secret: (secret ?? made)! } : {}),
        createdAt: new Date().toISOString(),
      };
      await store.watches.put(watch);
      return reply.code(201).send({ ...viewOf(watch), ...(made ? { secret: made } : {}) });
    },
  );

  app.get('/watches', { schema: { tags, response: { 200: z.object({ items: z.array(WatchView) }) } } }, async () => {
    // Watches are made by hand, a few per user: a capped read, newest first.
    const { items } = await store.watches.page({}, { by: 'createdAt', dir: -1, limit: WATCHES_LISTED });
    return { items: items.map(viewOf) };
  });

  app.get('/watches/:id', { schema: { tags, params: IdParams, response: { 200: WatchView, ...readErrors } } }, async (req) => {
    const watch = await store.watches.get(req.params.id);
    if (!watch) throw notFound('watch', req.params.id);
    return viewOf(watch);
  });

  app.delete('/watches/:id', { onRequest: guard, schema: { tags, security, params: IdParams, response: { 200: z.object({ deleted: z.string() }), ...writeErrors } } }, async (req) => {
    if (!(await store.watches.remove(req.params.id))) throw notFound('watch', req.params.id);
    return { deleted: req.params.id };
  });

  app.get(
    '/watches/:id/deliveries',
    { schema: { tags, params: IdParams, querystring: FeedLimit, description: 'The webhook delivery log of a watch, latest attempt first (at most `limit`): attempts, status codes, last error.' } },
    async (req) => {
      if (!(await store.watches.get(req.params.id))) throw notFound('watch', req.params.id);
      const { items } = await store.webhookDeliveries.page({ watchId: req.params.id }, { by: 'lastAttemptAt', dir: -1, limit: req.query.limit });
      return { items };
    },
  );

  app.get(
    '/watches/:id/feed.atom',
    { schema: { tags, params: IdParams, querystring: FeedLimit, description: 'Atom 1.0 feed of the agreement changes matching the watch, newest first.' } },
    async (req, reply) => {
      const watch = await store.watches.get(req.params.id);
      if (!watch) throw notFound('watch', req.params.id);
      // The newest `limit` only, sorted and cut by the database (index: watchId, matchedAt, at).
      const events = await store.watchEvents.find({ watchId: watch._id }, { sort: { matchedAt: -1, at: -1, _id: 1 }, limit: req.query.limit });
      const base = `${req.protocol}://${req.host}`;
      return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(watch, events, base));
    },
  );
}
