import { z } from 'zod';
import { stripCredentials } from '@coopnews/net';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { FeedRecord, FeedSpec, type FeedChangedV1 } from '@coopnews/schema';
import type { Store } from '@coopnews/store';
import type { RouteDeps, ZodApp } from '../app.ts';
import { feedId, healthOf, newFeedRecord, STATUS_ORDER, type FeedStatus } from '../feeds/health.ts';
import { notFound } from '../http-error.ts';
import { Flag, IdParams } from '../query/params.ts';
import { readErrors, writeErrors } from '../schemas.ts';

const Status = z.enum(STATUS_ORDER as [FeedStatus, ...FeedStatus[]]);

/** A feed as monitors see it: its record plus health worked out now, and its extraction failures. */
export const FeedView = FeedRecord.extend({
  status: Status,
  stale: z.boolean(),
  usualGapHours: z.number().optional(),
  reason: z.string(),
  /** Open pipeline errors of the extractor for articles of this feed. */
  extractionFailures: z.number().int(),
  /** Pages published over the days kept (`days`). */
  newInDays: z.number().int(),
});
export type FeedView = z.infer<typeof FeedView>;

const SORTS = ['status', 'url', 'lastPollAt', 'lastSuccessAt', 'new', 'extractionFailures'] as const;
const ATTENTION: ReadonlySet<FeedStatus> = new Set(['dead', 'failing', 'stale']);

const FeedsQuery = z.object({
  sort: z.enum(SORTS).default('status').describe('status: dead, failing, stale first'),
  attention: Flag.describe('only dead, failing and stale feeds (what the review queue shows)'),
  includeRemoved: Flag,
});

/** A deployment follows hundreds of feeds; /feeds reads at most this many. */
const FEEDS_READ = 10_000;

/** The views of every feed, sorted; extraction failures counted from the errors collection. */
export async function feedViews(store: Store, query: z.infer<typeof FeedsQuery>, now = new Date()): Promise<FeedView[]> {
  // Feeds are configured by hand (a capped read); failures are counted by the database, one group per feed, not read one by one.
  const [feeds, failures] = await Promise.all([store.feeds.find({}, { limit: FEEDS_READ }), store.errors.countBy({ stage: 'extractor', review: 'open' }, 'context.feedUrl')]);
  const views = feeds
    .map((f) => ({ ...f, ...healthOf(f, now), extractionFailures: failures.get(f.url) ?? 0, newInDays: f.days.reduce((n, d) => n + d.new, 0) }))
    .filter((v) => (query.includeRemoved || v.status !== 'removed') && (!query.attention || ATTENTION.has(v.status)));
  const by: Record<(typeof SORTS)[number], (a: FeedView, b: FeedView) => number> = {
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.consecutiveFailures - a.consecutiveFailures,
    url: () => 0,
    lastPollAt: (a, b) => (b.lastPollAt ?? '').localeCompare(a.lastPollAt ?? ''),
    lastSuccessAt: (a, b) => (a.lastSuccessAt ?? '').localeCompare(b.lastSuccessAt ?? ''),
    new: (a, b) => a.newInDays - b.newInDays,
    extractionFailures: (a, b) => b.extractionFailures - a.extractionFailures,
  };
  return views.sort((a, b) => by[query.sort](a, b) || a.url.localeCompare(b.url));
}

/**
 * /feeds: every feed's health (last poll, last success, last error, items per day, extraction
 * failures, stale and dead flags), and adding, pausing, resuming and removing feeds. A change is
 * stored and published on feeds.changed, from which the fetcher learns it without a restart.
 */
export function feedRoutes(app: ZodApp, { store, guard, publisher }: RouteDeps): void {
  const tags = ['feeds'];
  const security = [{ bearer: [] }];

  app.get(
    '/feeds',
    {
      schema: {
        tags,
        description: 'Every feed with its health. status: dead (gone: HTTP 401/403/404/410, or 5 failed polls in a row), failing (the last poll failed), stale (nothing new for 3 of its usual gaps), pending (not polled yet), paused, healthy.',
        querystring: FeedsQuery,
        response: { 200: z.object({ feeds: z.array(FeedView) }), ...readErrors },
      },
    },
    async (req) => ({ feeds: await feedViews(store, req.query) }),
  );

  /** Stores the wanted state and tells the fetcher. */
  const change = async (record: FeedRecord, state: FeedChangedV1['state']): Promise<FeedView> => {
    if (!publisher) {
      throw new CoopnewsError(ErrorCode.STORE_FAILED, 'this api runs without Kafka, so it cannot tell the fetcher about feed changes: start it with KAFKA_BROKERS reachable', { context: { httpStatus: 503 } });
    }
    const at = new Date().toISOString();
    const known = await store.feeds.get(record._id);
    await store.feeds.put({ ...record, state }, known);
    await publisher.publish('feedsChanged', record.url, { version: 1, feedUrl: record.url, state, ...(state === 'removed' ? {} : { feed: record.spec }), at });
    const [view] = (await feedViews(store, { sort: 'url', attention: false, includeRemoved: true })).filter((v) => v._id === record._id);
    return view!;
  };
  const existing = async (id: string): Promise<FeedRecord> => {
    const record = await store.feeds.get(id);
    if (!record) throw notFound('feed', id);
    return record;
  };

  app.post(
    '/feeds',
    {
      onRequest: guard,
      schema: {
        tags,
        security,
        description: 'Adds a feed (or updates and re-activates a known one); the fetcher polls it from its next poll on, without a restart. canonicalSites: sites its pages may name as canonical besides their own (as in FEEDS_FILE).',
        body: FeedSpec,
        response: { 201: FeedView, ...writeErrors },
      },
    },
    async (req, reply) => {
      // user:password@ is dropped, as the fetcher drops it from FEEDS_FILE: the URL is stored and published.
      const spec = { ...req.body, url: stripCredentials(req.body.url) };
      const known = await store.feeds.get(feedId(spec.url));
      const record: FeedRecord = known ? { ...known, spec, source: 'api' } : newFeedRecord(spec, 'api', new Date().toISOString());
      return reply.code(201).send(await change(record, 'active'));
    },
  );

  for (const [action, state] of [
    ['pause', 'paused'],
    ['resume', 'active'],
  ] as const) {
    app.post(
      `/feeds/:id/${action}`,
      {
        onRequest: guard,
        schema: { tags, security, description: `${action === 'pause' ? 'Pauses' : 'Resumes'} polling of a feed.`, params: IdParams, response: { 200: FeedView, ...writeErrors } },
      },
      async (req) => change(await existing(req.params.id), state),
    );
  }

  app.delete(
    '/feeds/:id',
    {
      onRequest: guard,
      schema: { tags, security, description: 'Stops polling a feed and hides it (GET /feeds?includeRemoved=true still lists it).', params: IdParams, response: { 200: FeedView, ...writeErrors } },
    },
    async (req) => change(await existing(req.params.id), 'removed'),
  );
}
