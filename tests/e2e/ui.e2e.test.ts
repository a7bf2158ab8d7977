import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore, type Store } from '@coopnews/store';
import { buildApp } from '../../services/api/src/app.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { seedCorpus, seedError, seedHostile } from './ui-seed.ts';

/** The page's globals, typed by hand: the tests' tsconfig has no DOM lib. */
type PageGlobals = { location: { hash: string }; document: { querySelector(sel: string): { textContent: string | null } | null } };

/**
 * The web UI in a real browser (Debian's Chromium driven by playwright-core) against the real
 * api over a freshly seeded database: search, an agreement with its evidence marked in the
 * article text, untrusted text rendering inert, and a reviewer dismissing an error.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOKEN = 'ui-test-token';
const SHOTS = { search: '/tmp/coopnews-ui-search.png', agreement: '/tmp/coopnews-ui-agreement.png', review: '/tmp/coopnews-ui-review.png', chart: '/tmp/coopnews-ui-chart.png', actor: '/tmp/coopnews-ui-actor.png', inert: '/tmp/coopnews-ui-inert-evidence.png' };

interface Source {
  articleId: string;
  quote: string;
  start: number;
  end: number;
}

describe('web UI in Chromium', () => {
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let browser: Browser;
  let page: Page;
  let base = '';
  let hostile: Awaited<ReturnType<typeof seedHostile>>;
  let errorId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}; the browser tests need it. Run: bash scripts/install-chromium.sh (or set CHROMIUM_PATH)`);
    }
    store = await openStore(inject('mongoUri'), uniqueName('ui'));
    await seedCorpus(store, ['dev-001', 'dev-002', 'dev-003', 'dev-004', 'dev-005']);
    hostile = await seedHostile(store);
    errorId = await seedError(store);

    app = await buildApp({ store, auth: { apiToken: TOKEN, readsNeedToken: false } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
    } catch (err) {
      throw new Error(`Chromium at ${CHROMIUM} did not start (${String(err).split('\n')[0]}); reinstall it with: bash scripts/install-chromium.sh`);
    }
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('dialog', (d) => void d.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (store) {
      await store.db.dropDatabase().catch(() => undefined);
      await store.close();
    }
  });

  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(base + path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  it('serves the UI shell and its modules', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/ui/app.js');
    expect((await fetch(`${base}/ui/js/pages/agreement.js`)).status).toBe(200);
  });

  it('searches agreements, with export links carrying the filters', async () => {
    await page.goto(`${base}/#/agreements`);
    await page.locator('#agreement-results tbody tr').first().waitFor();
    const all = await page.locator('#agreement-results tbody tr').count();
    expect(all).toBeGreaterThan(1);

    await page.fill('#ag-country', 'KR');
    await page.click('form.search button[type=submit]');
    // Functions, not strings: the page's CSP forbids eval, which string predicates need.
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).location.hash.includes('country=KR'));
    await page.locator('#agreement-results tbody tr').first().waitFor();
    const ids = await page.locator('#agreement-results tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const fromApi = await api<{ items: { _id: string }[] }>('/agreements?country=KR&limit=50');
    expect(ids).toEqual(fromApi.items.map((a) => a._id));
    expect(await page.locator('a', { hasText: 'CSV' }).getAttribute('href')).toBe('/agreements.csv?country=KR');
    await page.screenshot({ path: SHOTS.search, fullPage: true });
  });

  it('opens an agreement and marks each evidence quote in its article text', async () => {
    await page.goto(`${base}/#/agreements?country=KR`);
    const link = page.locator('#agreement-results tbody tr:not([data-id="' + hostile.agreementId + '"]) a.record-link').first();
    await link.waitFor();
    const id = (await link.evaluate((a) => a.closest('tr')?.getAttribute('data-id')))!;
    await link.click();
    await page.waitForFunction((want) => (globalThis as unknown as PageGlobals).location.hash === want, `#/agreements/${id}`);
    await page.locator('section.source .article-text mark').first().waitFor();

    const rec = await api<{ sources: Source[]; parties: { id: string; name: string }[] }>(`/agreements/${id}`);
    const marks = await page.locator('section.source .article-text mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(rec.sources.some((s) => marks.includes(s.quote))).toBe(true);
    // The text around the mark is the article text itself, in order.
    const article = await api<{ text: string }>(`/articles/${rec.sources[0]!.articleId}`);
    const shown = await page.locator(`section.source[data-article-id="${rec.sources[0]!.articleId}"] .article-text .text`).textContent();
    expect(shown).toBe(article.text);
    // Each quote can bring its mark into view; no stray "null"/"undefined" from empty values.
    expect(await page.locator('section.source button.show-mark').count()).toBe(rec.sources.length);
    expect(await page.locator('main').innerText()).not.toMatch(/\b(null|undefined|NaN)\b|\[object Object\]/);
    // Parties link to their actor pages.
    for (const p of rec.parties) expect(await page.locator(`a[href="#/actors/${p.id}"]`).count()).toBeGreaterThan(0);
    // Sources count articles, each article section holding its quotes.
    const articleIds = new Set(rec.sources.map((s) => s.articleId));
    expect(await page.locator('#sources-h').textContent()).toBe(`Sources (${articleIds.size})`);
    expect(await page.locator('section.source').count()).toBe(articleIds.size);
    // "Cite this agreement" copies the api's citation and shows it.
    const { citation } = await api<{ citation: { text: string } }>(`/agreements/${id}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.click('button.cite:has-text("Cite this agreement")');
    const cited = page.locator('p.cite-record .citation-text');
    await cited.waitFor();
    expect(await cited.textContent()).toBe(citation.text);
    const clipboard = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(clipboard).toBe(citation.text);
    await page.screenshot({ path: SHOTS.agreement, fullPage: true });
  });

  it('renders markup in untrusted text inert (article text, quote, summary, party names)', async () => {
    await page.goto(`${base}/#/agreements/${hostile.agreementId}`);
    const mark = page.locator('section.source .article-text mark').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe(hostile.quote);
    const text = await page.locator('section.source .article-text .text').textContent();
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>window.__pwned=2</script>');
    expect(await page.locator('main img, main script, main b, main i').count()).toBe(0);
    expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('<img src=x');
    await page.locator('section.source').first().screenshot({ path: SHOTS.inert });

    await page.goto(`${base}/#/agreements?q=Hostile`);
    await page.locator(`#agreement-results tr[data-id="${hostile.agreementId}"]`).waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.goto(`${base}/#/actors/${hostile.actorId}`);
    await page.locator('ol.timeline li').first().waitFor();
    expect(await page.locator('main img, main script, main i').count()).toBe(0);
    await page.screenshot({ path: SHOTS.actor, fullPage: true });
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('lets a reviewer dismiss a pipeline error, asking for the token once', async () => {
    await page.goto(`${base}/#/review`);
    const item = page.locator(`#error-list li[data-id="${errorId}"]`);
    await item.waitFor();
    expect(await item.locator('.message').textContent()).toContain('<img src=x');
    await item.locator('details.raw-input summary').click();
    await page.locator(`li[data-id="${errorId}"] pre.raw`, { hasText: '<html><body>' }).waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    await page.locator(`#doubtful-agreements li[data-id="${hostile.agreementId}"]`).waitFor();
    await page.screenshot({ path: SHOTS.review, fullPage: true });

    await item.getByRole('button', { name: 'Dismiss' }).click();
    const dialog = page.locator('dialog.token-dialog');
    await dialog.waitFor();
    await page.fill('#token-input', TOKEN);
    await dialog.getByRole('button', { name: 'Save token' }).click();
    await item.waitFor({ state: 'detached' });

    const dismissed = await api<{ items: { _id: string; review: string }[] }>('/errors?review=dismissed');
    expect(dismissed.items.find((e) => e._id === errorId)?.review).toBe('dismissed');
    expect((await store.errors.get(errorId))?.review).toBe('dismissed');
    expect(await page.evaluate("sessionStorage.getItem('coopnews.token')")).toBe(TOKEN);

    // A doubtful agreement corrected from the queue (the token is kept, so no dialog now).
    const doubtful = page.locator(`#doubtful-agreements li[data-id="${hostile.agreementId}"]`);
    await doubtful.locator('details.correct summary').click();
    await doubtful.getByLabel('Status').selectOption('agreed');
    await doubtful.getByLabel('Type').selectOption('cooperation');
    await doubtful.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForFunction(
      (aid) => (globalThis as unknown as PageGlobals).document.querySelector(`#doubtful-agreements li[data-id="${aid}"] .badge`)?.textContent === 'Agreed',
      hostile.agreementId,
    );
    const corrected = await api<{ status: string; type: string; corrected?: Record<string, unknown> }>(`/agreements/${hostile.agreementId}`);
    expect(corrected).toMatchObject({ status: 'agreed', type: 'cooperation', corrected: { status: 'agreed', type: 'cooperation' } });
    expect(await page.locator('dialog.token-dialog').count()).toBe(0);
  });

  it('loads more agreements with the cursor, without repeating any', async () => {
    await page.goto(`${base}/#/agreements?limit=3`);
    const rows = page.locator('#agreement-results tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.locator('#agreement-results tbody tr').nth(5).waitFor();
    const ids = await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(6);
    const first = await api<{ items: { _id: string }[] }>('/agreements?limit=6');
    expect(ids).toEqual(first.items.map((a) => a._id));
  });

  it('adds a watch with a webhook, links its Atom feed, and deletes it', async () => {
    await page.goto(`${base}/#/watches?country=KR&sector=umkm`);
    await page.locator('#w-name').waitFor();
    expect(await page.inputValue('#w-country')).toBe('KR');
    await page.fill('#w-name', 'Korea <b>UMKM</b>');
    await page.fill('#w-webhookUrl', 'https://hooks.example/coopnews');
    await page.click('form.search button[type=submit]');
    const item = page.locator('#watch-list li.watch').first();
    await item.waitFor();
    expect(await item.locator('h3').textContent()).toBe('Korea <b>UMKM</b>');
    const [watch] = (await api<{ items: { _id: string; filter: Record<string, unknown>; webhookUrl?: string }[] }>('/watches')).items;
    expect(watch?.filter).toMatchObject({ country: 'KR', sector: 'umkm' });
    expect(watch?.webhookUrl).toBe('https://hooks.example/coopnews');
    const feed = await item.getByRole('link', { name: 'Atom feed' }).getAttribute('href');
    expect(feed).toBe(`/watches/${watch!._id}/feed.atom`);
    expect((await fetch(base + feed!)).headers.get('content-type')).toContain('atom');
    await item.getByRole('button', { name: 'Delete' }).click();
    await page.locator('#watch-list li.watch').waitFor({ state: 'detached' });
    expect((await api<{ items: unknown[] }>('/watches')).items).toEqual([]);
  });

  it('draws the chart of agreements over time', async () => {
    await page.goto(`${base}/#/chart?by=country`);
    await page.locator('svg.chart rect').first().waitFor();
    expect(await page.locator('ul.legend li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: SHOTS.chart, fullPage: true });
  });

  it('raised no script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
