import { describe, expect, it } from 'vitest';
import { parseFeedBytes } from './feed-reader.ts';
import { hostileFeeds } from './hostile-feeds.ts';

const base = 'https://news.example';
const cases = hostileFeeds(base);

describe('the hostile and odd feeds', () => {
  it('cover every category with at least 40 feeds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.category))).toEqual(new Set(['state', 'redos', 'recovery', 'charset', 'links-dates', 'titles', 'hostile-net', 'fairness']));
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  // One after the other in one process: a feed must read the same whatever was read before it.
  describe.each(cases.filter((c) => c.behaviour === undefined && c.status === undefined))('$category: $name ($what)', (c) => {
    it('reads as a lenient reader would', async () => {
      const read = parseFeedBytes(c.body, c.headers?.['content-type'] ?? 'application/rss+xml', c.headers?.['content-location'] ?? `${base}/feeds/${c.name}`);
      if ('error' in c.expect) {
        const err = (await read.catch((e: unknown) => e)) as Error & { code?: string };
        expect(err.code).toBe('ERR_FEED_PARSE');
        expect(err.message).toMatch(c.expect.error);
        expect(err.message).toContain(`/feeds/${c.name}`);
        return;
      }
      const feed = await read;
      expect(feed.items.map((i) => i.link)).toEqual(c.expect.links);
      if (c.expect.titles) expect(feed.items.map((i) => i.title)).toEqual(c.expect.titles);
      if (c.expect.dates) expect(feed.items.map((i) => i.pubDate)).toEqual(c.expect.dates);
      if (c.expect.dropped !== undefined) expect(Object.values(feed.dropped).reduce((a, b) => a + b, 0)).toBe(c.expect.dropped);
    }, 60_000); // feeds over a million characters start a parsing worker: seconds on a busy machine
  });
});
