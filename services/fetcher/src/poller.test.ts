import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher } from './create-fetcher.ts';
import { createFeedReader, type Validators } from './feed-reader.ts';
import type { FeedConfig } from './feeds-config.ts';
import { createHttpFetcher, type HttpFetchOptions } from './http-fetch.ts';
import { createPoller, type Logger, type PollerDeps } from './poller.ts';
import { createMemorySeenStore } from './seen-store.ts';
import { page, sink, startTestServer, waitFor, type TestServer } from './test-server.ts';

// The repo's sample news site (samples/): its pages as published, with their feed.
const CORPUS = new URL('../../../samples/', import.meta.url);
const http: HttpFetchOptions = { allowPrivate: true, perHostDelayMs: 0, perHostConcurrency: 4, timeoutMs: 5000 };
const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function pollerFor(
  feeds: FeedConfig[],
  out: ReturnType<typeof sink>,
  extra: Partial<PollerDeps> = {},
  httpOptions: HttpFetchOptions = {},
): ReturnType<typeof createPoller> {
  const fetcher = createHttpFetcher({ ...http, ...httpOptions });
  return createPoller({
    feeds,
    readFeed: createFeedReader({ fetcher, validators: new Map<string, Validators>() }),
    fetchPage: (req) => fetcher.fetchText(req),
    seen: createMemorySeenStore(),
    log: silent,
    ...out,
    ...extra,
  });
}

const rssOf = (links: string[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Outlet</title>${links
    .map((l, i) => `<item><title>Item ${i}</title><link>${l}</link><guid isPermaLink="false">g${i}</guid></item>`)
    .join('')}</channel></rss>`;

describe('the sample news site feed', () => {
  let server: TestServer;
  const corpus = JSON.parse(readFileSync(new URL('corpus.json', CORPUS), 'utf8')) as { articles: { url: string; html: string }[] };

  beforeAll(async () => {
    server = await startTestServer();
    const feed = readFileSync(new URL('feed.xml', CORPUS), 'utf8').replaceAll('{{BASE_URL}}', server.base);
    server.routes.set('/feed.xml', page(feed, { contentType: 'application/rss+xml; charset=utf-8' }));
    for (const article of corpus.articles) {
      const canonical = new URL(article.url);
      const html = readFileSync(new URL(article.html, CORPUS));
      // Served as bytes with no charset in the header, so the page's own <meta> decides.
      server.routes.set(`/${canonical.host}${canonical.pathname}`, page(html, { contentType: 'text/html', etag: `"${article.html}"` }));
    }
  });
  afterAll(() => server.close());

  it('publishes every page once, keyed by its canonical URL, and nothing on the next poll', async () => {
    const out = sink();
    const seenPath = join(await mkdtemp(join(tmpdir(), 'fetcher-seen-')), 'seen.json');
    // The sample site is a mirror we run: its pages may name the outlets' URLs as canonical.
    const feeds = [{ url: `${server.base}/feed.xml`, canonicalSites: ['*'] }];
    const make = (): ReturnType<typeof createFetcher> => createFetcher({ feeds, http, seenPath, log: silent, ...out });

    const n = corpus.articles.length;
    const poller = make();
    expect(await poller.pollOnce()).toEqual({ feeds: 1, items: n, published: n, unchanged: 0, errors: 0 });
    expect(out.errors).toEqual([]);
    expect(out.published.map((m) => m.url).sort()).toEqual(corpus.articles.map((a) => a.url).sort());
    const first = out.published.find((m) => m.url === corpus.articles[0]?.url);
    expect(first).toMatchObject({ version: 1, feedUrl: `${server.base}/feed.xml`, httpStatus: 200, feedItem: { outlet: 'Lintas Jateng' } });
    expect(first?.fetchedUrl.startsWith(`${server.base}/lintasjateng.example/`)).toBe(true);
    // dev-005 declares iso-8859-1 in a <meta http-equiv>; its © must survive decoding.
    expect(out.published.find((m) => m.url === corpus.articles[4]?.url)?.html).toContain('Copyright © ANTARA');

    expect(await poller.pollOnce()).toMatchObject({ published: 0, unchanged: n, errors: 0 });
    expect(out.published).toHaveLength(n);

    // A restarted fetcher reads the same seen-state file and publishes nothing either.
    const before = server.requests.length;
    const restarted = make();
    expect(await restarted.pollOnce()).toMatchObject({ published: 0, unchanged: n, errors: 0 });
    await restarted.stop();
    const pageRequests = server.requests.slice(before).filter((r) => r.path !== '/feed.xml' && r.path !== '/robots.txt');
    expect(pageRequests.every((r) => r.headers['if-none-match'] !== undefined)).toBe(true);
    expect(out.published).toHaveLength(n);
    await poller.stop();
  });
});

describe('createPoller', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.routes.clear();
    server.requests.length = 0;
  });

  it('skips a page whose hash it already published even when the server ignores conditional GET, and republishes a changed one', async () => {
    let body = '<html><head><link rel="canonical" href="https://outlet.example/a"></head><body>v1</body></html>';
    server.routes.set('/feed', page(rssOf([`${server.base}/a`])));
    server.routes.set('/a', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
    const out = sink();
    const poller = pollerFor([{ url: `${server.base}/feed`, canonicalSites: ['outlet.example'] }], out);
    expect(await poller.pollOnce()).toMatchObject({ published: 1, unchanged: 0 });
    expect(await poller.pollOnce()).toMatchObject({ published: 0, unchanged: 1 });
    body = body.replace('v1', 'v2');
    expect(await poller.pollOnce()).toMatchObject({ published: 1, unchanged: 0 });
    expect(out.published.map((m) => [m.url, m.html.includes('v2')])).toEqual([
      ['https://outlet.example/a', false],
      ['https://outlet.example/a', true],
    ]);
    expect(out.published[1]?.contentHash).not.toBe(out.published[0]?.contentHash);
    expect(out.published[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('with recheckAfterMs, fetches a published page again only once that long has passed, while new links are fetched at every poll', async () => {
    let body = '<p>v1</p>';
    const links = [`${server.base}/old`];
    server.routes.set('/feed', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOf(links)));
    server.routes.set('/old', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
    server.routes.set('/new', page('<p>new</p>'));
    let clock = Date.parse('2026-12-04T08:00:00Z');
    const out = sink();
    const poller = pollerFor([{ url: `${server.base}/feed` }], out, { recheckAfterMs: 60_000, now: () => new Date(clock) });
    expect(await poller.pollOnce()).toMatchObject({ items: 1, published: 1, unchanged: 0 });
    body = '<p>v2</p>';
    links.push(`${server.base}/new`);
    clock += 59_000;
    expect(await poller.pollOnce()).toMatchObject({ items: 2, published: 1, unchanged: 1 });
    expect([server.hits('/old'), server.hits('/new')]).toEqual([1, 1]);
    clock += 1_000;
    expect(await poller.pollOnce()).toMatchObject({ items: 2, published: 1, unchanged: 1 });
    expect([server.hits('/old'), server.hits('/new')]).toEqual([2, 1]);
    expect(out.published.map((m) => [m.url.replace(server.base, ''), m.html])).toEqual([
      ['/old', '<p>v1</p>'],
      ['/new', '<p>new</p>'],
      ['/old', '<p>v2</p>'],
    ]);
  });

  it('re-checks at most five published pages of a feed per poll, those checked longest ago first', async () => {
    const paths = Array.from({ length: 8 }, (_, i) => `/p${i}`);
    server.routes.set('/feed', page(rssOf(paths.map((p) => `${server.base}${p}`))));
    for (const p of paths) server.routes.set(p, page(`<p>${p}</p>`));
    let clock = Date.parse('2026-12-04T08:00:00Z');
    const poller = pollerFor([{ url: `${server.base}/feed` }], sink(), { now: () => new Date(clock) });
    const hits = () => paths.map((p) => server.hits(p));
    expect(await poller.pollOnce()).toMatchObject({ items: 8, published: 8 });
    clock += 1000;
    expect(await poller.pollOnce()).toMatchObject({ items: 8, published: 0, unchanged: 8 });
    expect(hits()).toEqual([2, 2, 2, 2, 2, 1, 1, 1]);
    clock += 1000;
    await poller.pollOnce();
    expect(hits()).toEqual([3, 3, 2, 2, 2, 2, 2, 2]);
  });

  it('reads the next feed, and fetches its new pages, while a page of the one before is still loading', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    server.routes.set('/fa', page(rssOf([`${server.base}/slow`])));
    server.routes.set('/slow', (_req, res) => void released.then(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>slow</p>')));
    server.routes.set('/fb', page(rssOf([`${server.base}/b`])));
    server.routes.set('/b', page('<p>b</p>'));
    const out = sink();
    const poll = pollerFor([{ url: `${server.base}/fa` }, { url: `${server.base}/fb` }], out, { feedConcurrency: 1 }).pollOnce();
    await waitFor(() => out.published.length === 1);
    expect([server.hits('/slow'), server.hits('/fb'), out.published[0]?.url]).toEqual([1, 1, `${server.base}/b`]);
    release();
    expect(await poll).toMatchObject({ feeds: 2, published: 2 });
  });

  it('turns each failing item into a pipeline error and goes on with the next', async () => {
    server.routes.set('/robots.txt', page('User-agent: *\nDisallow: /private\n', { contentType: 'text/plain' }));
    server.routes.set('/ok', page('<p>fine</p>'));
    server.routes.set('/slow', () => undefined); // never answers
    server.routes.set('/down', page('busy', { status: 502 }));
    const links = ['/missing', '/slow', '/private/x', '/down', '/ok'].map((p) => `${server.base}${p}`);
    server.routes.set('/feed', page(rssOf(links)));
    const out = sink();
    const counts = await pollerFor([{ url: `${server.base}/feed`, name: 'test feed' }], out, { itemConcurrency: 1 }, { timeoutMs: 200 }).pollOnce();

    expect(counts).toEqual({ feeds: 1, items: 5, published: 1, unchanged: 0, errors: 4 });
    expect(out.published.map((m) => m.url)).toEqual([`${server.base}/ok`]);
    expect(out.errors.map((e) => [e.url, e.code, e.retriable])).toEqual([
      [`${server.base}/missing`, 'ERR_FETCH_HTTP', false],
      [`${server.base}/slow`, 'ERR_FETCH_TIMEOUT', true],
      [`${server.base}/private/x`, 'ERR_FETCH_BLOCKED', false],
      [`${server.base}/down`, 'ERR_FETCH_HTTP', true],
    ]);
    const [missing] = out.errors;
    expect(missing).toMatchObject({ version: 1, stage: 'fetcher', context: { feedUrl: `${server.base}/feed`, feedName: 'test feed', status: 404 } });
    expect(missing?.message).toContain(`${server.base}/missing`);
    expect(JSON.parse(missing?.input ?? '{}')).toMatchObject({ link: `${server.base}/missing`, title: 'Item 0' });
  });

  it('reports a feed that fails and still polls the other feeds', async () => {
    server.routes.set('/bad-feed', page('<html>no feed here</html>'));
    server.routes.set('/good-feed', page(rssOf([`${server.base}/p`])));
    server.routes.set('/p', page('<p>p</p>'));
    const out = sink();
    const counts = await pollerFor([{ url: `${server.base}/bad-feed` }, { url: `${server.base}/good-feed` }], out).pollOnce();
    expect(counts).toEqual({ feeds: 2, items: 1, published: 1, unchanged: 0, errors: 1 });
    expect(out.errors).toMatchObject([{ code: 'ERR_FEED_PARSE', url: `${server.base}/bad-feed`, retriable: false, context: { feedUrl: `${server.base}/bad-feed` } }]);
  });

  it('keys a page claiming another site\'s article by its fetched URL, with the refused claim in warnings', async () => {
    server.routes.set('/feed', page(rssOf([`${server.base}/hijack`])));
    server.routes.set('/hijack', page('<html><head><link rel="canonical" href="https://victim.example/berita/mou-42"></head><body>fake MoU</body></html>'));
    const out = sink();
    await pollerFor([{ url: `${server.base}/feed` }], out).pollOnce();
    expect(out.published).toHaveLength(1);
    expect(out.published[0]).toMatchObject({
      url: `${server.base}/hijack`,
      warnings: [`canonical refused: rel=canonical https://victim.example/berita/mou-42 is on victim.example, not on the fetched page's site 127.0.0.1`],
    });
  });

  it('fetches a link found in two feeds once per poll', async () => {
    server.routes.set('/f1', page(rssOf([`${server.base}/same`])));
    server.routes.set('/f2', page(rssOf([`${server.base}/same`])));
    server.routes.set('/same', page('<p>same</p>'));
    const out = sink();
    expect(await pollerFor([{ url: `${server.base}/f1` }, { url: `${server.base}/f2` }], out).pollOnce()).toMatchObject({ items: 1, published: 1 });
    expect(server.hits('/same')).toBe(1);
  });

  it('does not mark a page seen when publishing it fails, so the next poll publishes it', async () => {
    server.routes.set('/feed', page(rssOf([`${server.base}/p`])));
    server.routes.set('/p', page('<p>p</p>'));
    const out = sink();
    let failNext = true;
    const poller = pollerFor([{ url: `${server.base}/feed` }], out, {
      publish: async (m) => {
        if (failNext) {
          failNext = false;
          throw new Error('broker unavailable');
        }
        await out.publish(m);
      },
    });
    await expect(poller.pollOnce()).rejects.toThrow('broker unavailable');
    expect(await poller.pollOnce()).toMatchObject({ published: 1 });
    expect(out.published).toHaveLength(1);
    expect(out.errors).toEqual([]);
  });

  it('reports a bug of ours on one item as ERR_INTERNAL and goes on', async () => {
    server.routes.set('/feed', page(rssOf([`${server.base}/boom`, `${server.base}/p`])));
    server.routes.set('/p', page('<p>p</p>'));
    const out = sink();
    const fetcher = createHttpFetcher(http);
    const counts = await pollerFor([{ url: `${server.base}/feed` }], out, {
      itemConcurrency: 1,
      fetchPage: (req) => (req.url.endsWith('/boom') ? Promise.reject(new TypeError('x is undefined')) : fetcher.fetchText(req)),
    }).pollOnce();
    expect(counts).toMatchObject({ published: 1, errors: 1 });
    expect(out.errors).toMatchObject([{ code: 'ERR_INTERNAL', message: 'x is undefined', retriable: false, url: `${server.base}/boom` }]);
  });

  it('stops the poll when the seen store fails, instead of blaming each page', async () => {
    server.routes.set('/feed', page(rssOf([`${server.base}/p`, `${server.base}/q`])));
    const out = sink();
    const seen = { get: () => Promise.reject(new Error('disk full')), set: () => Promise.resolve() };
    await expect(pollerFor([{ url: `${server.base}/feed` }], out, { seen }).pollOnce()).rejects.toThrow('disk full');
    expect(out.errors).toEqual([]);
    expect(out.published).toEqual([]);
  });

  it('polls feeds with intervalSeconds only when due, when asked for due feeds only', async () => {
    server.routes.set('/hourly', page(rssOf([])));
    server.routes.set('/always', page(rssOf([])));
    const poller = pollerFor([{ url: `${server.base}/hourly`, intervalSeconds: 3600 }, { url: `${server.base}/always` }], sink());
    expect(await poller.pollOnce({ dueOnly: true })).toMatchObject({ feeds: 2 });
    expect(await poller.pollOnce({ dueOnly: true })).toMatchObject({ feeds: 1 });
    expect(await poller.pollOnce()).toMatchObject({ feeds: 2 });
    expect([server.hits('/hourly'), server.hits('/always')]).toEqual([2, 3]);
  });

  it('start polls at once and then every interval; stop waits for the poll in flight and is idempotent', async () => {
    let release: (() => void) | undefined;
    server.routes.set('/feed', page(rssOf([`${server.base}/held`, `${server.base}/never`])));
    server.routes.set('/never', page('<p>never</p>'));
    server.routes.set('/held', (_req, res) => {
      release = () => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>held</p>');
    });
    const out = sink();
    const poller = pollerFor([{ url: `${server.base}/feed` }], out, { itemConcurrency: 1 });
    poller.start(10);
    await waitFor(() => release !== undefined);

    let stopped = false;
    const stopping = poller.stop();
    void stopping.then(() => (stopped = true));
    expect(poller.stop()).toBe(stopping);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release?.();
    await stopping;
    expect(stopped).toBe(true);
    // The page in flight was published; the next item was not started, and no new poll began.
    expect(out.published.map((m) => m.fetchedUrl)).toEqual([`${server.base}/held`]);
    expect(server.hits('/never')).toBe(0);
    expect(server.hits('/feed')).toBe(1);
    await expect(poller.pollOnce()).rejects.toThrow(/stopped/);
  });

  it('keeps polling on the interval', async () => {
    server.routes.set('/feed', page(rssOf([])));
    const poller = pollerFor([{ url: `${server.base}/feed` }], sink());
    poller.start(10);
    await waitFor(() => server.hits('/feed') >= 3);
    await poller.stop();
    const hits = server.hits('/feed');
    // An absence can only be checked over a window: three intervals.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.hits('/feed')).toBe(hits);
  });
});
