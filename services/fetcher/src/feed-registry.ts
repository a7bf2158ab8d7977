import type { FeedChangedV1 } from '@coopnews/schema';
import type { FeedConfig } from './feeds-config.ts';

/**
 * The feeds the fetcher polls: those of FEEDS_FILE, then every change from feeds.changed applied
 * in order (added, paused, resumed, removed through the api). The poller asks `active()` at the
 * start of each poll, so a change takes effect at the next poll without a restart.
 */
export interface FeedRegistry {
  apply(change: FeedChangedV1): void;
  active(): FeedConfig[];
}

export function createFeedRegistry(fileFeeds: readonly FeedConfig[]): FeedRegistry {
  const feeds = new Map<string, { feed: FeedConfig; paused: boolean }>(fileFeeds.map((feed) => [feed.url, { feed, paused: false }]));
  return {
    apply(change) {
      if (change.state === 'removed') {
        feeds.delete(change.feedUrl);
        return;
      }
      const feed = change.feed ?? feeds.get(change.feedUrl)?.feed ?? { url: change.feedUrl };
      feeds.set(change.feedUrl, { feed, paused: change.state === 'paused' });
    },
    active: () => [...feeds.values()].filter((f) => !f.paused).map((f) => f.feed),
  };
}
