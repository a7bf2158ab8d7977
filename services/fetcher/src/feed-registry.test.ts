import { describe, expect, it } from 'vitest';
import type { FeedChangedV1 } from '@coopnews/schema';
import { createFeedRegistry } from './feed-registry.ts';

const change = (feedUrl: string, state: FeedChangedV1['state'], name?: string): FeedChangedV1 => ({
  version: 1,
  feedUrl,
  state,
  ...(state === 'removed' ? {} : { feed: { url: feedUrl, ...(name ? { name } : {}) } }),
  at: '2026-12-03T00:00:00Z',
});

describe('createFeedRegistry', () => {
  it('starts with the file feeds and applies additions, pauses, resumptions and removals in order', () => {
    const registry = createFeedRegistry([{ url: 'https://a.example/feed' }]);
    registry.apply(change('https://b.example/rss', 'active', 'B'));
    expect(registry.active()).toEqual([{ url: 'https://a.example/feed' }, { url: 'https://b.example/rss', name: 'B' }]);
    registry.apply(change('https://a.example/feed', 'paused'));
    expect(registry.active().map((f) => f.url)).toEqual(['https://b.example/rss']);
    registry.apply(change('https://a.example/feed', 'active'));
    registry.apply(change('https://b.example/rss', 'removed'));
    expect(registry.active().map((f) => f.url)).toEqual(['https://a.example/feed']);
  });

  it('keeps the settings a change carries, canonicalSites included', () => {
    const registry = createFeedRegistry([]);
    registry.apply({ version: 1, feedUrl: 'https://m.example/rss', state: 'active', feed: { url: 'https://m.example/rss', canonicalSites: ['kabar.example'] }, at: '2026-12-04T00:00:00Z' });
    expect(registry.active()).toEqual([{ url: 'https://m.example/rss', canonicalSites: ['kabar.example'] }]);
  });
});
