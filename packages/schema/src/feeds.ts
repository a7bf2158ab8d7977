import { z } from 'zod';
import { FeedSpec } from './messages/feed-changed.ts';

/** One day of a feed's polls (UTC day), for "items seen and new per day". */
export const FeedDay = z.object({
  day: z.string(),
  polls: z.number().int().nonnegative(),
  failedPolls: z.number().int().nonnegative(),
  /** Item links listed by the feed, summed over the day's polls. */
  seen: z.number().int().nonnegative(),
  /** Pages published as new or changed. */
  new: z.number().int().nonnegative(),
  /** Items whose page could not be fetched. */
  failedItems: z.number().int().nonnegative(),
});
export type FeedDay = z.infer<typeof FeedDay>;

/**
 * A feed's configuration and health, kept by the api from feeds.changed (what monitors asked for)
 * and feeds.polled (what the fetcher saw). `_id` is idOf('feed', url).
 */
export const FeedRecord = z.object({
  _id: z.string(),
  url: z.string(),
  spec: FeedSpec,
  /** active/paused/removed when a monitor set it through the api; feeds from FEEDS_FILE are active. */
  state: z.enum(['active', 'paused', 'removed']),
  /** api: added through the api; file: known from polls only (FEEDS_FILE of the fetcher). */
  source: z.enum(['api', 'file']),
  addedAt: z.string(),
  lastPollAt: z.string().optional(),
  lastSuccessAt: z.string().optional(),
  lastOutcome: z.enum(['ok', 'not-modified', 'error']).optional(),
  lastHttpStatus: z.number().int().optional(),
  lastError: z.object({ at: z.string(), code: z.string(), message: z.string(), httpStatus: z.number().int().optional() }).optional(),
  consecutiveFailures: z.number().int().nonnegative(),
  /** When a poll last published a new page; with `newAt` it gives the feed's usual rhythm. */
  lastNewAt: z.string().optional(),
  /** The last (up to 20) times a poll found new pages, oldest first. */
  newAt: z.array(z.string()),
  /** The last 14 days with polls, oldest first. */
  days: z.array(FeedDay),
});
export type FeedRecord = z.infer<typeof FeedRecord>;
