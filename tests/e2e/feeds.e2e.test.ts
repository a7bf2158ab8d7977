import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ApiConfig, createApiService } from '@coopnews/api';
import { createFetcherService, FetcherConfig } from '@coopnews/fetcher';
import { loadConfig } from '@coopnews/runtime';
import { page as serve, startTestServer, type TestServer } from '../../services/fetcher/src/test-server.ts';
import { logSink } from '../helpers/log-sink.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * Feed health end to end: a local outlet with a healthy feed, a failing one (HTTP 500) and a dead
 * one (HTTP 404, added through the api while the fetcher runs). The real fetcher polls them and
 * publishes each outcome on feeds.polled; the real api folds them into /feeds, which the CLI's
 * `coopnews feeds status`, the Feeds page in Chromium and the review queue show. Pausing and
 * removing through the CLI and api reach the running fetcher over feeds.changed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'feeds-test-token';
const bin = fileURLToPath(new URL('../../packages/cli/bin/coopnews.js', import.meta.url));
const run = promisify(execFile);

interface Feed {
  _id: string;
  url: string;
  status: string;
  reason: string;
  lastHttpStatus?: number;
  lastSuccessAt?: string;
  days: { polls: number; seen: number; new: number }[];
}

const rss = (base: string, paths: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar Test</title>${paths.map((p, i) => `<item><title>Item ${i}</title><link>${base}${p}</link></item>`).join('')}</channel></rss>`;

describe('feed health: /feeds, coopnews feeds status and the Feeds page', () => {
  const name = uniqueName('feeds');
  const env = { KAFKA_BROKERS: inject('kafkaBrokers'), MONGODB_URI: inject('mongoUri'), MONGODB_DB: name, TOPIC_PREFIX: `${name}.`, LOG_LEVEL: 'warn' };
  const { log } = logSink('feeds');
  let outlet: TestServer;
  let api: ReturnType<typeof createApiService>;
  let fetcher: ReturnType<typeof createFetcherService>;
  let restart: () => ReturnType<typeof createFetcherService>;
  let base = '';
  let browser: Browser | undefined;
  const urls = { healthy: '', failing: '', dead: '' };

  const get = async (path: string): Promise<Feed[]> => ((await (await fetch(base + path)).json()) as { feeds: Feed[] }).feeds;
  const write = (method: string, path: string, body?: unknown) =>
    fetch(base + path, { method, headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const cli = (args: string[]) => run('node', [bin, ...args], { env: { ...process.env, COOPNEWS_API: base, COOPNEWS_TOKEN: TOKEN } });

  beforeAll(async () => {
    outlet = await startTestServer();
    urls.healthy = `${outlet.base}/healthy.xml`;
    urls.failing = `${outlet.base}/failing.xml`;
    urls.dead = `${outlet.base}/dead.xml`;
    outlet.routes.set('/healthy.xml', serve(rss(outlet.base, ['/a1', '/a2']), { contentType: 'application/rss+xml' }));
    outlet.routes.set('/a1', serve('<html><head><title>A1</title></head><body><p>one</p></body></html>'));
    outlet.routes.set('/a2', serve('<html><head><title>A2</title></head><body><p>two</p></body></html>'));
    outlet.routes.set('/failing.xml', serve('upstream down', { status: 500, contentType: 'text/plain' }));
    outlet.routes.set('/dead.xml', serve('gone', { status: 404, contentType: 'text/plain' }));

    const dir = await mkdtemp(join(tmpdir(), 'coopnews-feeds-'));
    const feedsFile = join(dir, 'feeds.json');
    await writeFile(feedsFile, JSON.stringify({ feeds: [{ url: urls.healthy, name: 'Healthy' }, { url: urls.failing, name: 'Failing' }] }));
    api = createApiService(loadConfig(ApiConfig, { ...env, PORT: '0', API_TOKEN: TOKEN }), log);
    await api.start();
    base = api.url()!;
    restart = () =>
      createFetcherService(
        loadConfig(FetcherConfig, { ...env, FEEDS_FILE: feedsFile, SEEN_FILE: join(dir, 'seen.json'), ALLOW_PRIVATE_ADDRESSES: 'true', HOST_DELAY_MS: '0', POLL_INTERVAL_SECONDS: '3600' }),
        log,
      );
    fetcher = restart();
    await fetcher.start();
  });

  afterAll(async () => {
    await browser?.close();
    await fetcher?.stop();
    await api?.stop();
    await outlet?.close();
  });

  it('serves each feed\'s health at /feeds: a feed added through the api is polled without a restart', async () => {
    const added = await write('POST', '/feeds', { url: urls.dead, name: 'Dead' });
    expect(added.status).toBe(201);
    const feeds = await waitFor(
      async () => {
        const all = await get('/feeds');
        return all.length === 3 && all.every((f) => f.status !== 'pending') && all;
      },
      { timeoutMs: 60_000, what: 'three polled feeds at /feeds' },
    );
    // Failing ones first: dead, then failing, then healthy.
    expect(feeds.map((f) => [f.url, f.status, f.lastHttpStatus])).toEqual([
      [urls.dead, 'dead', 404],
      [urls.failing, 'failing', 500],
      [urls.healthy, 'healthy', 200],
    ]);
    const [dead, failing, healthy] = feeds as [Feed, Feed, Feed];
    expect(dead.reason).toContain('HTTP 404');
    expect(dead.lastSuccessAt).toBeUndefined();
    expect(failing.reason).toContain('HTTP 500');
    // Two items per read; the two pages are new once (the feed may be read again after the addition).
    const today = healthy.days.at(-1)!;
    expect(today).toMatchObject({ seen: 2 * today.polls, new: 2 });
    const attention = await get('/feeds?attention=true');
    expect(attention.map((f) => f.status)).toEqual(['dead', 'failing']);
    const openapi = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/feeds', '/feeds/{id}/pause', '/feeds/{id}/resume', '/feeds/{id}']));
  });

  it('coopnews feeds status lists them, failing first, with the reason', async () => {
    const { stdout } = await cli(['feeds', 'status']);
    const rows = stdout.split('\n').filter((l) => /^(dead|failing|healthy|stale)\s/.test(l));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['dead', 'failing', 'healthy']);
    expect(rows[0]).toContain(urls.dead);
    expect(rows[2]).toMatch(/\s\d+\/2\s/); // items seen / new today
    expect(stdout).toContain('HTTP 404');
  });

  it('shows the Feeds page in Chromium, failing first and sortable, and the review queue lists the feeds needing attention', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}; the browser tests need it. Run: bash scripts/install-chromium.sh (or set CHROMIUM_PATH)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    const page: Page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(`${base}/#/feeds`);
    await page.waitForSelector('#feed-rows tr');
    const rows = () => page.$$eval('#feed-rows tr', (trs) => trs.map((tr) => [tr.getAttribute('data-status'), tr.getAttribute('data-url'), tr.querySelector('.col-http')?.textContent]));
    expect(await rows()).toEqual([
      ['dead', urls.dead, '404'],
      ['failing', urls.failing, '500'],
      ['healthy', urls.healthy, '200'],
    ]);
    expect(await page.textContent('#feeds-summary')).toContain('3 feeds: 1 dead, 1 failing, 1 healthy');
    await page.screenshot({ path: '/tmp/coopnews-ui-feeds.png', fullPage: true });
    await page.click('button[data-sort="feed"]');
    expect((await rows()).map((r) => r[1])).toEqual([urls.dead, urls.failing, urls.healthy].sort());
    await page.click('button[data-sort="new"]');
    await page.click('button[data-sort="new"]');
    expect((await rows())[0]?.[1]).toBe(urls.healthy); // most new pages first on the second click
    await page.goto(`${base}/#/review`);
    await page.waitForSelector('#attention-feeds li');
    expect(await page.$$eval('#attention-feeds li', (lis) => lis.map((li) => li.getAttribute('data-status')))).toEqual(['dead', 'failing']);
    expect(errors).toEqual([]);
  });

  it('pauses through the CLI and removes through the api; the running fetcher stops polling them', async () => {
    expect((await cli(['feeds', 'pause', urls.healthy])).stdout).toContain('paused');
    const [dead] = (await get('/feeds')).filter((f) => f.url === urls.dead);
    expect((await write('DELETE', `/feeds/${dead!._id}`)).status).toBe(200);
    expect((await get('/feeds')).map((f) => [f.url, f.status])).toEqual([
      [urls.failing, 'failing'],
      [urls.healthy, 'paused'],
    ]);
    // Once the fetcher has the changes (feeds.changed), a poll reads only the failing feed.
    const poller = fetcher.poller()!;
    await waitFor(
      async () => {
        const before = { healthy: outlet.hits('/healthy.xml'), dead: outlet.hits('/dead.xml'), failing: outlet.hits('/failing.xml') };
        await poller.pollOnce();
        return outlet.hits('/healthy.xml') === before.healthy && outlet.hits('/dead.xml') === before.dead && outlet.hits('/failing.xml') > before.failing;
      },
      { timeoutMs: 30_000, what: 'a poll without the paused and removed feeds' },
    );
    expect((await cli(['feeds', 'resume', urls.healthy])).stdout).toContain(urls.healthy);
  });

  it('after a restart, never polls a feed of FEEDS_FILE removed through the api; POST /feeds takes canonicalSites', async () => {
    // The failing feed is in FEEDS_FILE; removed through the api, a restarted fetcher must not poll it even once.
    const [failing] = (await get('/feeds')).filter((f) => f.url === urls.failing);
    expect((await write('DELETE', `/feeds/${failing!._id}`)).status).toBe(200);
    const mirror = `${outlet.base}/mirror.xml`;
    outlet.routes.set('/mirror.xml', serve(rss(outlet.base, ['/a1']), { contentType: 'application/rss+xml' }));
    const added = await write('POST', '/feeds', { url: mirror, name: 'Mirror', canonicalSites: ['kabar.example'] });
    expect(added.status).toBe(201);
    expect(((await added.json()) as { spec: { canonicalSites?: string[] } }).spec.canonicalSites).toEqual(['kabar.example']);

    await fetcher.stop();
    const before = { failing: outlet.hits('/failing.xml'), healthy: outlet.hits('/healthy.xml'), mirror: outlet.hits('/mirror.xml') };
    fetcher = restart();
    await fetcher.start();
    await waitFor(async () => outlet.hits('/healthy.xml') > before.healthy && outlet.hits('/mirror.xml') > before.mirror, { timeoutMs: 30_000, what: 'the restarted fetcher polling its active feeds' });
    await fetcher.poller()!.pollOnce();
    expect(outlet.hits('/failing.xml')).toBe(before.failing);
  });
});
