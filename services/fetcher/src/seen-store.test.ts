import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonFileSeenStore, createMemorySeenStore } from './seen-store.ts';

describe('seen stores', () => {
  it('remembers entries in memory', async () => {
    const seen = createMemorySeenStore();
    expect(await seen.get('https://a.example/1')).toBeUndefined();
    await seen.set('https://a.example/1', { contentHash: 'h1', etag: '"e"' });
    expect(await seen.get('https://a.example/1')).toEqual({ contentHash: 'h1', etag: '"e"' });
  });

  it('persists to a JSON file that a new instance reads back', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'seen-')), 'state', 'seen.json');
    const first = createJsonFileSeenStore(path);
    await Promise.all([
      first.set('https://a.example/1', { contentHash: 'h1' }),
      first.set('https://a.example/2', { contentHash: 'h2', lastModified: 'Sun, 23 Oct 2022 02:00:00 GMT' }),
      ...Array.from({ length: 50 }, (_, i) => first.set(`https://b.example/${i}`, { contentHash: `b${i}` })),
    ]);
    const again = createJsonFileSeenStore(path);
    expect(await again.get('https://a.example/1')).toEqual({ contentHash: 'h1' });
    expect(await again.get('https://a.example/2')).toEqual({ contentHash: 'h2', lastModified: 'Sun, 23 Oct 2022 02:00:00 GMT' });
    expect(await again.get('https://b.example/49')).toEqual({ contentHash: 'b49' });
    expect(Object.keys((JSON.parse(await readFile(path, 'utf8')) as { entries: object }).entries)).toHaveLength(52);
  });

  it('refuses a corrupt file, naming it', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'seen-')), 'seen.json');
    await writeFile(path, '{"version":1,"entries":{"u":{"nohash":1}}}');
    await expect(createJsonFileSeenStore(path).get('u')).rejects.toThrow(new RegExp(`Seen-state file ${path} is corrupt`));
  });
});
