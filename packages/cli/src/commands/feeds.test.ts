import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFeeds } from '../../../../services/fetcher/src/hostile-feeds.ts';
import { page, startTestServer, type TestServer } from '../../../../services/fetcher/src/test-server.ts';
import { checkFeed, type CheckOptions } from './feeds.ts';

const BIN = fileURLToPath(new URL('../../bin/coopnews.js', import.meta.url));
const defaults: CheckOptions = { allowPrivate: false, robots: true, timeout: '5000' };

async function check(source: string, opts: Partial<CheckOptions> = {}): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await checkFeed(source, { ...defaults, ...opts }, (l) => stdout.push(l), (l) => stderr.push(l));
  return { code, stdout, stderr };
}

describe('coopnews feeds check', () => {
  let dir: string;
  let server: TestServer;
  const base = 'https://news.example';
  const file = async (name: string): Promise<string> => {
    const c = hostileFeeds(base).find((x) => x.name === name);
    const path = join(dir, `${name}.xml`);
    await writeFile(path, c!.body);
    return path;
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feeds-check-'));
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('prints one JSON line per item and each problem on stderr, exit 0 (a file read as the fetcher reads it)', async () => {
    const got = await check(await file('bad-item-links'));
    expect(got.code).toBe(0);
    expect(got.stdout.map((l) => JSON.parse(l) as unknown)).toEqual([{ link: `${base}/a/3`, guid: 'id-3', title: 'Item 3', publishedAt: '2026-12-04T08:00:00.000Z' }]);
    expect(got.stderr).toEqual(['item 1: item dropped: its link "javascript:alert(1)" is not an http(s) URL', 'item 2: item dropped: it has no link, permalink guid or URL id']);
  });

  it('decodes and repairs like the fetcher (windows-1252 declared as UTF-8, HTML entities)', async () => {
    expect(JSON.parse((await check(await file('cp1252-declared-utf8'))).stdout[0]!)).toMatchObject({ title: '“Café” – 5 €' });
    const got = await check(await file('html-entities'));
    expect(JSON.parse(got.stdout[0]!)).toMatchObject({ title: 'Café talk — UMKM' });
    expect(got.stderr).toContain('repaired: 3 HTML entities turned into characters');
  });

  it('exits 1 with one clear line when the feed gives no items or cannot be read', async () => {
    const broken = await check(await file('decl-only'));
    expect(broken).toMatchObject({ code: 1, stdout: [], stderr: [expect.stringMatching(/^coopnews feeds check: cannot read .*decl-only\.xml: .*no root element/)] });
    const empty = join(dir, 'no-items.xml');
    await writeFile(empty, '<rss version="2.0"><channel><title>t</title><item><title>x</title></item></channel></rss>');
    const none = await check(empty);
    expect(none.code).toBe(1);
    expect(none.stderr.at(-1)).toBe(`coopnews feeds check: ${empty} gave no items (dropped: 1 no http(s) link)`);
  });

  it("reads a URL through the fetcher's HTTP rules (address guard, robots.txt, status)", async () => {
    server.routes.set('/feed', page(`<rss version="2.0"><channel><title>t</title><item><title>A</title><link>/a</link></item></channel></rss>`, { contentType: 'application/rss+xml' }));
    server.routes.set('/down', page('oops', { status: 500 }));
    const ok = await check(`${server.base}/feed`, { allowPrivate: true });
    expect(ok).toMatchObject({ code: 0, stdout: [JSON.stringify({ link: `${server.base}/a`, guid: null, title: 'A', publishedAt: null })] });
    expect((await check(`${server.base}/feed`)).stderr[0]).toMatch(/not a public address \(loopback/);
    expect(await check(`${server.base}/down`, { allowPrivate: true })).toMatchObject({ code: 1, stderr: [`coopnews feeds check: cannot read ${server.base}/down: Fetching ${server.base}/down failed: HTTP 500`] });
  });

  it('is the `coopnews feeds check` command: items on stdout, exit code', { timeout: 60_000 }, async () => {
    const path = await file('xml-base');
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'feeds', 'check', path], { timeout: 60_000 });
    expect(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { link: string }).link)).toEqual([`${base}/a/1`, `${base}/a/2`]);
    const failed = await promisify(execFile)(process.execPath, [BIN, 'feeds', 'check', join(dir, 'missing.xml')]).catch((e: unknown) => e as { code: number; stderr: string });
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/^coopnews feeds check: cannot read .*missing\.xml: ENOENT/) });
  });
});
