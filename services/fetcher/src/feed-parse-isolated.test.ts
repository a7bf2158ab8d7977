import { describe, expect, it } from 'vitest';
import { feedParseDefaults, parseFeed, parseFeedInProcess } from './feed-reader.ts';

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
const item = (i: number) => `<item><title>Judul ${i}</title><link>https://news.example/a/${i}</link><guid>g${i}</guid><pubDate>Mon, 06 Oct 2025 10:00:00 +0700</pubDate></item>`;

describe('feeds larger than the in-process limit parse in a worker thread', () => {
  it('gives the same items as parsing in process', async () => {
    let items = '';
    for (let i = 0; items.length <= feedParseDefaults.inProcessChars; i++) items += item(i);
    const text = rss(items);
    const inWorker = await parseFeed(text, 'https://news.example/feed');
    expect(inWorker.items.length).toBeGreaterThan(5000);
    expect(inWorker).toEqual(await parseFeedInProcess(text, 'https://news.example/feed', {}));
  }, 60_000); // a worker start and a 1 MB parse on a busy machine

  it('stops a parse over its deadline with one clear error, and the event loop runs meanwhile', async () => {
    // Deep nesting: minutes of synchronous xml2js work if nothing stopped it.
    const text = rss(`<item><title>x</title><link>https://news.example/1</link><description>${'<a>'.repeat(1_000_000)}${'</a>'.repeat(1_000_000)}</description></item>`);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const err = await parseFeed(text, 'https://news.example/deep', { deadlineMs: 300 }).then(
      () => undefined,
      (e: unknown) => e as Error & { code?: string },
    );
    clearInterval(timer);
    expect(err?.code).toBe('ERR_FEED_PARSE');
    expect(err?.message).toBe('Feed https://news.example/deep could not be read: parsing did not finish within 300 ms');
    expect(ticks).toBeGreaterThan(0);
  }, 30_000);
});
