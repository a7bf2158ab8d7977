import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoopnewsError } from '@coopnews/runtime';
import { loadFeedsFile, parseFeedsFile } from './feeds-config.ts';

async function rejection(p: Promise<unknown>): Promise<CoopnewsError> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CoopnewsError);
  return err as CoopnewsError;
}

describe('feeds file', () => {
  it('drops credentials from feed URLs and keeps the canonicalSites allow-list', () => {
    expect(parseFeedsFile(JSON.stringify({ feeds: [{ url: 'https://user:secret@a.example/rss', canonicalSites: ['antaranews.com'] }] }), 'f.json')).toEqual({
      feeds: [{ url: 'https://a.example/rss', canonicalSites: ['antaranews.com'] }],
    });
  });

  it('loads a valid file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feeds-'));
    const path = join(dir, 'feeds.json');
    await writeFile(path, JSON.stringify({ feeds: [{ url: 'https://a.example/rss', name: 'A', outlet: 'Antara', intervalSeconds: 300 }, { url: 'http://b.example/atom' }] }));
    expect(await loadFeedsFile(path)).toEqual({
      feeds: [{ url: 'https://a.example/rss', name: 'A', outlet: 'Antara', intervalSeconds: 300 }, { url: 'http://b.example/atom' }],
    });
  });

  it('names the file, the path of every problem and why', () => {
    const text = JSON.stringify({ feeds: [{ url: 'ftp://x.example/' }, { url: 'https://a.example/', intervalSeconds: 0, colour: 'red' }, { url: 'https://a.example/' }] });
    let err: unknown;
    try {
      parseFeedsFile(text, '/etc/coopnews/feeds.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoopnewsError);
    const e = err as CoopnewsError;
    expect(e.code).toBe('ERR_CONFIG_INVALID');
    expect(e.message).toMatch(/^Feeds file \/etc\/coopnews\/feeds\.json is invalid: /);
    expect(e.message).toContain('feeds[0].url: must be an absolute http(s) URL');
    expect(e.message).toMatch(/feeds\[1\]\.intervalSeconds: Too small/);
    expect(e.message).toMatch(/feeds\[1\]: Unrecognized key: "colour"/);
    expect(e.message).toContain('feeds[2].url: duplicates feeds[1].url');
    expect(e.context).toMatchObject({ file: '/etc/coopnews/feeds.json' });
  });

  it('reports bad JSON, an empty list and a missing file', async () => {
    expect(() => parseFeedsFile('{"feeds": [', 'f.json')).toThrow(/Feeds file f\.json is not valid JSON/);
    expect(() => parseFeedsFile('{"feeds": []}', 'f.json')).toThrow(/feeds: lists no feeds/);
    const missing = await rejection(loadFeedsFile('/nonexistent/feeds.json'));
    expect(missing.message).toMatch(/Cannot read feeds file \/nonexistent\/feeds\.json: ENOENT/);
  });
});
