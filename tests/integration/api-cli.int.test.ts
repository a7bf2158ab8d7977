import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type ZodApp } from '@coopnews/api';
import { recordError } from '@coopnews/indexer';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';
import { seedCorpus } from '../helpers/seed.ts';
import { parseCsv } from './api-format-checks.ts';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../packages/cli/bin/coopnews.js', import.meta.url));
const TOKEN = 'cli-test-token-123';

describe('coopnews CLI against a running api', () => {
  let store: Store;
  let app: ZodApp;
  let api: string;

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('api-cli'));
    await seedCorpus(store, ['dev-001', 'dev-002', 'dev-005']);
    await recordError(store, { version: 1, stage: 'fetcher', code: 'ERR_FETCH_HTTP', message: 'HTTP 500 from the outlet', retriable: false, url: 'https://x.example/a', at: '2024-01-01T00:00:00Z', context: {} });
    app = await buildApp({ store, auth: { apiToken: TOKEN, readsNeedToken: false } });
    api = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
  });

  const cli = (args: string[], env: Record<string, string> = {}) => run('node', [bin, ...args], { env: { ...process.env, COOPNEWS_API: api, ...env } });

  it('queries agreements as JSON and CSV with filters', async () => {
    const json = JSON.parse((await cli(['query', 'agreements', '--country', 'KR'])).stdout) as { countries: string[] }[];
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((a) => a.countries.includes('KR'))).toBe(true);
    const csv = parseCsv((await cli(['query', 'agreements', '--country', 'KR', '--format', 'csv'])).stdout);
    expect(csv.length).toBe(json.length + 1);
    const parquet = await run('node', [bin, 'query', 'edges', '--country', 'KR', '--format', 'parquet'], { env: { ...process.env, COOPNEWS_API: api }, encoding: 'buffer' });
    // A Parquet file starts and ends with the magic PAR1.
    expect(parquet.stdout.subarray(0, 4).toString()).toBe('PAR1');
    expect(parquet.stdout.subarray(-4).toString()).toBe('PAR1');
    const bad = await cli(['query', 'articles', '--country', 'KR']).catch((e: { stderr: string; code: number }) => e);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(/--country does not apply to articles/);
  });

  it('lists and dismisses errors, and manages watches with the token from the environment', async () => {
    const list = (await cli(['errors', 'list'])).stdout;
    expect(list).toContain('ERR_FETCH_HTTP');
    const id = list.split(/\s+/)[0]!;
    const noToken = await cli(['errors', 'dismiss', id]).catch((e: { stderr: string; code: number }) => e);
    expect((noToken as { stderr: string }).stderr).toMatch(/HTTP 401/);
    expect((await cli(['errors', 'dismiss', id], { COOPNEWS_TOKEN: TOKEN })).stdout).toContain('dismissed');
    expect((await cli(['errors', 'list'])).stderr).toContain('no open errors');

    const added = (await cli(['watch', 'add', '--name', 'Korea UMKM', '--country', 'KR', '--sector', 'umkm'], { COOPNEWS_TOKEN: TOKEN })).stdout;
    const watchId = added.split(/\s+/)[0]!;
    expect(added).toContain('/feed.atom');
    expect((await cli(['watch', 'list'])).stdout).toContain('country=KR');
    expect((await cli(['watch', 'rm', watchId], { COOPNEWS_TOKEN: TOKEN })).stdout).toContain(`deleted ${watchId}`);
  });
});
