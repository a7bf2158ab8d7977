import { z } from 'zod';

/** A feed as configured: what the fetcher needs to poll it. Same fields as a FEEDS_FILE entry. */
export const FeedSpec = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }),
    /** For logs and error context. */
    name: z.string().min(1).optional(),
    /** Outlet name for items whose feed gives no <source>; wins over the channel title. */
    outlet: z.string().min(1).optional(),
    /** Poll this feed at most this often; unset means on every poll. */
    intervalSeconds: z.number().int().positive().optional(),
    /** Sites (registrable domains) this feed's pages may name as their canonical URL besides their own; "*" any (a mirror you run). */
    canonicalSites: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type FeedSpec = z.infer<typeof FeedSpec>;

/**
 * The wanted state of one feed, published by the api when a monitor adds, pauses, resumes or
 * removes it (keyed by the feed URL, on a compacted topic: the latest message per feed is its
 * state). The fetcher reads the topic from the start and polls what is active, without a restart.
 */
export const FeedChangedV1 = z.object({
  version: z.literal(1),
  feedUrl: z.string(),
  state: z.enum(['active', 'paused', 'removed']),
  /** The feed's settings; absent for a removal. */
  feed: FeedSpec.optional(),
  at: z.string(),
  by: z.string().optional(),
});
export type FeedChangedV1 = z.infer<typeof FeedChangedV1>;
