// The hostile and odd feeds served from loopback through the real poller loop: real HTTP
// fetcher, feed reader, fair page queue. Every feed must end in one outcome, every failure in one
// error record naming the feed, what and why, and the other feeds must be polled while one hangs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineErrorV1 } from '@coopnews/schema';
import { createFeedReader, type Validators } from './feed-reader.ts';
import { hostileFeeds, type HostileFeed } from './hostile-feeds.ts';
import { createHttpFetcher } from './http-fetch.ts';
import { createPoller, type FeedOutcome, type Logger } from './poller.ts';
import { createMemorySeenStore } from './seen-store.ts';
import { page, sink, startTestServer, type Route, type TestServer } from './test-server.ts';

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const CAP = 20;

function serve(c: HostileFeed): Route {
  const headers = { 'content-type': 'application/rss+xml', ...c.headers };
  if (c.behaviour === 'hang') return () => undefined; // accepts, never answers
  if (c.behaviour === 'drip') {
    return (_req, res) => {
      res.writeHead(200, headers);
      let i = 0;
      const timer = setInterval(() => (i < c.body.length ? res.write(c.body.subarray(i, ++i)) : res.end()), 250);
      res.on('close', () => clearInterval(timer));
    };
  }
  return (_req, res) => res.writeHead(c.status ?? 200, headers).end(c.body);
}

// A bound for a loaded machine, not a speed check: hangs and drips each take the 1.5 s timeout.
describe('hostile feeds through the real poller loop', { timeout: 60_000 }, () => {
  let server: TestServer;
  let cases: HostileFeed[];
  const out = sink();
  const { published, errors } = out;
  const outcomes: FeedOutcome[] = [];
  let poller: ReturnType<typeof createPoller>;

  beforeAll(async () => {
    server = await startTestServer();
    cases = hostileFeeds(server.base);
    for (const c of cases) {
      server.routes.set(`/feeds/${c.name}`, serve(c));
      if ('links' in c.expect) for (const link of c.expect.links) server.routes.set(new URL(link).pathname, page(`<html><head><title>${link}</title></head><body><p>${link}</p></body></html>`));
    }
    const fetcher = createHttpFetcher({ allowPrivate: true, perHostDelayMs: 0, perHostConcurrency: 8, timeoutMs: 1500 });
    poller = createPoller({
      feeds: cases.map((c) => ({ url: `${server.base}/feeds/${c.name}`, name: c.name })),
      readFeed: createFeedReader({ fetcher, validators: new Map<string, Validators>() }),
      fetchPage: (req) => fetcher.fetchText(req),
      seen: createMemorySeenStore(),
      log: silent,
      maxItemsPerFeed: CAP,
      feedConcurrency: 4,
      itemConcurrency: 8,
      onFeedPolled: (o) => outcomes.push(o),
      ...out,
    });
  });
  afterAll(async () => {
    await poller.stop();
    await server.close();
  });

  it('finishes the poll with one outcome per feed and one clear error record per failing feed', async () => {
    const counts = await poller.pollOnce();
    expect(counts.feeds).toBe(cases.length);
    expect(outcomes.map((o) => o.feedName).sort()).toEqual(cases.map((c) => c.name).sort());

    const failing = cases.filter((c) => 'error' in c.expect);
    expect(errors).toHaveLength(failing.length);
    for (const c of failing) {
      const feedUrl = `${server.base}/feeds/${c.name}`;
      const records = errors.filter((e) => e.url === feedUrl);
      expect(records, c.name).toHaveLength(1);
      const [record] = records as [PipelineErrorV1];
      expect(record.message, c.name).toMatch((c.expect as { error: RegExp }).error);
      expect(record.message, c.name).toContain(feedUrl); // the feed, what failed, and why
      expect(record).toMatchObject({ stage: 'fetcher', context: { feedUrl, feedName: c.name } });
      expect(outcomes.find((o) => o.feedName === c.name)).toMatchObject({ result: 'error', error: { code: record.code } });
    }
  });

  it('published every page the readable feeds link to, taking at most the cap of the big one (newest first)', () => {
    const expected = new Set(cases.filter((c) => c.name !== 'ten-thousand').flatMap((c) => ('links' in c.expect ? c.expect.links : [])));
    const got = published.map((m) => m.fetchedUrl);
    expect(new Set(got.filter((u) => !u.includes('/big/')))).toEqual(expected);
    expect(got.filter((u) => u.includes('/big/')).sort()).toEqual(Array.from({ length: CAP }, (_, i) => `${server.base}/big/${9999 - i}`).sort());
    expect(outcomes.find((o) => o.feedName === 'ten-thousand')?.items).toMatchObject({ seen: 10_000, published: CAP, deferred: 10_000 - CAP });
    expect(new Set(got).size).toBe(got.length); // a link in several feeds is fetched once
  });

  it('polled other feeds while one hung', () => {
    const order = outcomes.map((o) => o.feedName);
    const hung = order.indexOf('server-hangs');
    const laterInConfig = cases.slice(cases.findIndex((c) => c.name === 'server-hangs') + 1).map((c) => c.name);
    expect(order.slice(0, hung).some((name) => laterInConfig.includes(name as string))).toBe(true);
  });

  it('takes the next newest pages of the big feed on the next poll', async () => {
    const before = published.length;
    await poller.pollOnce();
    const next = published.slice(before).filter((m) => m.fetchedUrl.includes('/big/')).map((m) => m.fetchedUrl);
    expect(next.sort()).toEqual(Array.from({ length: CAP }, (_, i) => `${server.base}/big/${9999 - CAP - i}`).sort());
  });
});

describe('a host that asks us to wait', () => {
  let busy: TestServer;
  let down: TestServer;
  let calm: TestServer;
  beforeAll(async () => {
    [busy, down, calm] = await Promise.all([startTestServer(), startTestServer(), startTestServer()]);
  });
  afterAll(async () => {
    await Promise.all([busy.close(), down.close(), calm.close()]);
  });

  it('is left alone for its Retry-After (429 and 503), while other hosts are still served', async () => {
    busy.routes.set('/feed', (_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    busy.routes.set('/other-feed', page('<rss version="2.0"><channel><title>b</title></channel></rss>'));
    down.routes.set('/feed', (_req, res) => res.writeHead(503).end('maintenance')); // no Retry-After: a minute by default
    calm.routes.set('/feed', page(`<rss version="2.0"><channel><title>c</title><item><title>x</title><link>${calm.base}/x</link></item></channel></rss>`, { contentType: 'application/rss+xml' }));
    calm.routes.set('/x', page('<p>x</p>'));
    const fetcher = createHttpFetcher({ allowPrivate: true, perHostDelayMs: 0 });
    const errors: PipelineErrorV1[] = [];
    const poller = createPoller({
      feeds: [{ url: `${busy.base}/feed` }, { url: `${down.base}/feed` }, { url: `${calm.base}/feed` }, { url: `${busy.base}/other-feed` }],
      feedConcurrency: 1, // in this order, so the busy host has answered before its second feed
      readFeed: createFeedReader({ fetcher, validators: new Map() }),
      fetchPage: (req) => fetcher.fetchText(req),
      seen: createMemorySeenStore(),
      log: silent,
      publish: () => Promise.resolve(),
      publishError: (e) => {
        errors.push(e);
        return Promise.resolve();
      },
    });
    expect(await poller.pollOnce()).toMatchObject({ feeds: 4, published: 1, errors: 3 });
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/HTTP 429; the host is left alone for 3600 s/),
      expect.stringMatching(/HTTP 503; the host is left alone for 60 s/),
      expect.stringMatching(/other-feed: .*answered HTTP 429 and asked to be left alone until/),
    ]);
    await poller.pollOnce();
    // Neither host is asked again while it asked us to wait; the calm one is.
    expect([busy.hits('/feed'), busy.hits('/other-feed'), down.hits('/feed'), calm.hits('/feed')]).toEqual([1, 0, 1, 2]);
    await poller.stop();
  });
});
