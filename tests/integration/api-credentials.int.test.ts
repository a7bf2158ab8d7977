import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type ZodApp } from '@coopnews/api';
import { indexExtraction, recordError, storePage } from '@coopnews/indexer';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';
import { corpusPages, extractedOf, fetchedOf } from '../helpers/seed.ts';

const TOKEN = 'credentials-test-token';
const SECRET = 's3cr3t-Pa55';

/**
 * Issue 13: URLs stored with `user:password@` (before ingestion stripped them, or written by
 * another path such as a reviewer's tool) never leave the api with them: not in JSON, Atom,
 * GraphML, CSV, JSON lines or Parquet.
 */
describe('no served URL carries credentials, whatever is stored', () => {
  let store: Store;
  let app: ZodApp;
  let dir: string;
  let clean: string;
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('creds'));
    const [page] = await corpusPages(['dev-001']);
    const url = new URL(page!.url);
    clean = url.href;
    url.username = 'reader';
    url.password = SECRET;
    const credentialed = { ...page!, url: url.href };
    // Straight into the store through the indexer's own functions: nothing on this path strips.
    await storePage(store, fetchedOf(credentialed));
    await indexExtraction(store, extractedOf(credentialed));
    await recordError(store, { version: 1, stage: 'fetcher', code: 'ERR_FETCH_HTTP', message: `HTTP 500 from ${url.href}`, retriable: false, url: url.href, at: '2024-01-01T00:00:00Z', context: { feedUrl: `https://bot:${SECRET}@feeds.example/rss` } });
    app = await buildApp({ store, auth: { apiToken: TOKEN, readsNeedToken: false } });
    const watch = await app.inject({ method: 'POST', url: '/watches', headers: { authorization: `Bearer ${TOKEN}` }, payload: { name: 'all', filter: {} } });
    const watchId = (watch.json() as { _id: string })._id;
    const [agreement] = await store.agreements.find({});
    await store.watchEvents.put({ _id: 'evt-1', watchId, agreementId: agreement!._id, change: 'created', status: agreement!.status, type: agreement!.type, parties: [], sectors: [], summary: agreement!.summary, sourceUrl: url.href, at: '2024-01-01T00:00:00Z', matchedAt: '2024-01-01T00:00:01Z' });
    for (const kind of ['agreements', 'actors', 'programs', 'articles', 'errors']) ids[kind] = (await store[kind as 'agreements'].find({}, { projection: { _id: 1 } })).map((r) => r._id);
    ids.watches = [watchId];
    dir = await mkdtemp(join(tmpdir(), 'coopnews-creds-'));
  });
  afterAll(async () => {
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stores the credentials (so the checks below are not vacuous)', async () => {
    const [article] = await store.articles.find({});
    expect(article!.url).toContain(SECRET);
    const [agreement] = await store.agreements.find({});
    expect(JSON.stringify(agreement)).toContain(SECRET);
    expect(ids.agreements!.length).toBeGreaterThan(0);
  });

  async function body(url: string): Promise<string> {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    if (!url.endsWith('.parquet')) return res.body;
    // Parquet pages are compressed: read the values back rather than grepping bytes.
    const file = join(dir, `${uniqueName('x')}.parquet`);
    await writeFile(file, res.rawPayload);
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await c.runAndReadAll(`SELECT * FROM '${file}'`)).getRowObjectsJson();
    c.closeSync();
    return JSON.stringify(rows);
  }

  it('in every JSON answer, list and record', async () => {
    const urls = ['/agreements?includeIrrelevant=true', '/actors', '/programs', '/articles?includeIrrelevant=true', '/errors?review=all', '/review/doubtful', '/watches'];
    for (const [kind, list] of Object.entries(ids)) for (const id of list) urls.push(`/${kind}/${id}`);
    let sawCleanUrl = false;
    for (const url of urls) {
      const text = await body(url);
      expect(text, url).not.toContain(SECRET);
      expect(text, url).not.toMatch(/reader(:|%3A)/);
      sawCleanUrl ||= text.includes(clean);
    }
    expect(sawCleanUrl).toBe(true);
  });

  it('in the Atom feed, the network graph and every export format', async () => {
    const urls = [`/watches/${ids.watches![0]}/feed.atom`, '/network.graphml?includeIrrelevant=true'];
    for (const kind of ['agreements', 'actors', 'programs', 'articles', 'edges']) for (const ext of ['csv', 'jsonl', 'parquet']) urls.push(`/${kind}.${ext}${kind === 'agreements' || kind === 'articles' || kind === 'edges' ? '?includeIrrelevant=true' : ''}`);
    for (const url of urls) {
      const text = await body(url);
      expect(text, url).not.toContain(SECRET);
      if (/(agreements|articles)\.(csv|jsonl|parquet)/.test(url) || url.endsWith('.atom')) expect(text, url).toContain(clean.replace(/^https?:\/\//, ''));
    }
  });
});
