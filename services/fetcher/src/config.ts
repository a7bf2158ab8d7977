import { z } from 'zod';
import { BaseEnv } from '@coopnews/runtime';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

export const FetcherConfig = BaseEnv.extend({
  /** JSON file: {"feeds": [{"url": ..., "outlet"?: ..., "intervalSeconds"?: ...}]} */
  FEEDS_FILE: z.string({ error: 'is required: the JSON file listing the feeds to poll' }).min(1, 'is required: the JSON file listing the feeds to poll'),
  POLL_INTERVAL_SECONDS: z.coerce.number().int().positive().default(300),
  /** Remembers published pages across restarts; in memory when empty. */
  SEEN_FILE: z.string().default('.data/fetcher-seen.json'),
  /** Loopback and private addresses are refused unless this is set (the bundled sample feed needs it). */
  ALLOW_PRIVATE_ADDRESSES: bool,
  RESPECT_ROBOTS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  HOST_DELAY_MS: z.coerce.number().int().nonnegative().default(500),
  HOST_CONCURRENCY: z.coerce.number().int().positive().default(2),
  FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  MAX_PAGE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** Pages taken from one feed per poll (not yet published first, newest first); the rest wait for the next poll. */
  FEED_ITEMS_PER_POLL: z.coerce.number().int().positive().default(50),
  /**
   * A published page is fetched again, to see whether it changed, at most this often, and a poll
   * re-checks at most 5 pages of a feed (checked longest ago first): polls fetch new links first
   * and stay short. 0: whenever a poll has room.
   */
  PAGE_RECHECK_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** Feeds read at once, so one that hangs until its timeout holds up no other. */
  FEED_CONCURRENCY: z.coerce.number().int().positive().default(4),
});
export type FetcherConfig = z.infer<typeof FetcherConfig>;
