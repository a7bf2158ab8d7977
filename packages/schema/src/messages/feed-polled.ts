import { z } from 'zod';

/**
 * What one poll of one feed came to, published by the fetcher after every feed it reads (keyed
 * by the feed URL). Whoever keeps feed health (the api) folds these into a FeedRecord.
 */
export const FeedPolledV1 = z.object({
  version: z.literal(1),
  feedUrl: z.string(),
  feedName: z.string().optional(),
  /** When the poll of this feed started, and how long reading the feed and its pages took. */
  at: z.string(),
  durationMs: z.number().int().nonnegative(),
  /** ok: the feed was read; not-modified: it answered 304; error: it could not be read or parsed. */
  result: z.enum(['ok', 'not-modified', 'error']),
  /** The feed response's status (for errors, when the server answered). */
  httpStatus: z.number().int().optional(),
  error: z.object({ code: z.string(), message: z.string(), retriable: z.boolean() }).optional(),
  items: z.object({
    /** Items in the feed with a usable link. */
    seen: z.number().int().nonnegative(),
    /** Items the reader dropped (no http(s) link, unreadable). */
    dropped: z.number().int().nonnegative(),
    /** New or changed pages published to articles.fetched. */
    published: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    /** Pages that could not be fetched (each also went to pipeline.errors). */
    failed: z.number().int().nonnegative(),
    /** Left for the next poll (over the per-feed cap, or their host asked to wait). */
    deferred: z.number().int().nonnegative(),
  }),
});
export type FeedPolledV1 = z.infer<typeof FeedPolledV1>;
