import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_BUDGET } from '@coopnews/extract';
import type { ArticleFetchedV1 } from '@coopnews/schema';
import { createLogger } from '@coopnews/runtime';
import { articlePage, asUtf8, nestedDivs, png } from '../../../tests/helpers/hostile-pages.ts';
import { startIsolatedExtractor } from './isolated-extractor.ts';

const fetched = (url: string, html: string): ArticleFetchedV1 => ({
  version: 1,
  url,
  fetchedUrl: url,
  fetchedAt: '2023-01-11T10:00:00.000Z',
  httpStatus: 200,
  contentHash: `hash-${url}`,
  html,
});

describe('isolated extraction (worker thread with a time limit)', { timeout: 60_000 }, () => {
  // The page budget is lifted so that the deep page reaches the parser and only the clock stops it.
  const extractor = startIsolatedExtractor({
    budget: { ...DEFAULT_PAGE_BUDGET, maxDepth: 1_000_000, maxElements: 1_000_000 },
    timeoutMs: 5_000,
    memoryMb: 512,
    log: createLogger({ service: 'test', level: 'silent' }),
  });
  afterAll(() => extractor.close());

  it('extracts a page in the worker', async () => {
    const out = await extractor.extract(fetched('https://news.example/a', articlePage()));
    expect(out.url).toBe('https://news.example/a');
    expect(out.result.agreements.length).toBeGreaterThan(0);
  });

  it("brings the library's typed refusal back across the thread", async () => {
    await expect(extractor.extract(fetched('https://news.example/png', asUtf8(png())))).rejects.toMatchObject({
      name: 'CoopnewsError',
      code: 'ERR_EXTRACT_NOT_TEXT',
      retriable: false,
      context: { url: 'https://news.example/png' },
    });
  });

  it('stops a page over its time, keeps the event loop free meanwhile, and goes on with a fresh worker', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    // 100,000 nested <div>s take the parser over ten seconds of CPU.
    const slow = extractor.extract(fetched('https://news.example/deep', nestedDivs(100_000)));
    await expect(slow).rejects.toMatchObject({ code: 'ERR_EXTRACT_OVER_BUDGET', retriable: false, message: expect.stringContaining('took longer than 5000 ms') });
    clearInterval(ticker);
    // A blocked event loop would not have ticked while the page ran (five seconds: about a hundred ticks).
    expect(ticks).toBeGreaterThan(5);
    const next = await extractor.extract(fetched('https://news.example/b', articlePage()));
    expect(next.result.agreements.length).toBeGreaterThan(0);
  });
});
