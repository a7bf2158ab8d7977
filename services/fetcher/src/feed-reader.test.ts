import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoopnewsError } from '@coopnews/runtime';
import { createFeedReader, parseFeed, type Validators } from './feed-reader.ts';
import { createHttpFetcher } from './http-fetch.ts';
import { page, startTestServer, type TestServer } from './test-server.ts';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kabar Nusantara</title><link>https://kabar.example/</link>
  <item>
    <title>Jateng dan Korsel sepakat</title>
    <link>https://kabar.example/berita/1</link>
    <guid isPermaLink="false">kabar-1</guid>
    <pubDate>Sun, 23 Oct 2022 09:05:00 +0700</pubDate>
    <source url="https://lintas.example">Lintas Jateng</source>
  </item>
  <item><title>Relative link</title><link>/berita/2</link></item>
  <item><title>Only a permalink guid</title><guid>https://kabar.example/berita/3</guid></item>
  <item><title>No link at all</title><guid isPermaLink="false">x-4</guid></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
  <entry>
    <title>MoU UMKM</title>
    <link rel="alternate" href="https://atom.example/mou"/>
    <id>tag:atom.example,2023:mou</id>
    <updated>2023-08-02T10:00:00+07:00</updated>
    <source><title>Jakarta Ledger</title></source>
  </entry>
  <entry><title>Second</title><link href="https://atom.example/2"/><id>https://atom.example/2</id></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items with <source>, resolving relative links and falling back to a permalink guid', async () => {
    const feed = await parseFeed(rss, 'https://kabar.example/rss.xml');
    expect(feed.title).toBe('Kabar Nusantara');
    expect(feed.dropped).toEqual({ 'no http(s) link': 1 });
    expect(feed.problems).toEqual([{ item: 4, what: 'item dropped', why: 'it has no link, permalink guid or URL id' }]);
    expect(feed.items).toEqual([
      {
        link: 'https://kabar.example/berita/1',
        title: 'Jateng dan Korsel sepakat',
        guid: 'kabar-1',
        pubDate: '2022-10-23T02:05:00.000Z',
        outlet: 'Lintas Jateng',
      },
      { link: 'https://kabar.example/berita/2', title: 'Relative link', outlet: 'Kabar Nusantara' },
      { link: 'https://kabar.example/berita/3', title: 'Only a permalink guid', guid: 'https://kabar.example/berita/3', outlet: 'Kabar Nusantara' },
    ]);
  });

  it('uses the configured outlet before the channel title', async () => {
    const feed = await parseFeed(rss, 'https://kabar.example/rss.xml', 'Kabar (configured)');
    expect(feed.items.map((i) => i.outlet)).toEqual(['Lintas Jateng', 'Kabar (configured)', 'Kabar (configured)']);
  });

  it('reads Atom entries: id as guid, alternate link, date, source title', async () => {
    const feed = await parseFeed(atom, 'https://atom.example/feed');
    expect(feed.items).toEqual([
      { link: 'https://atom.example/mou', title: 'MoU UMKM', guid: 'tag:atom.example,2023:mou', pubDate: '2023-08-02T03:00:00.000Z', outlet: 'Jakarta Ledger' },
      { link: 'https://atom.example/2', title: 'Second', guid: 'https://atom.example/2', outlet: 'Atom Outlet' },
    ]);
  });

  it('rejects what is not a feed with a non-retriable ERR_FEED_PARSE naming the feed', async () => {
    const err: unknown = await parseFeed('<html><body>not a feed</body></html>', 'https://x.example/feed').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CoopnewsError);
    expect(err).toMatchObject({ code: 'ERR_FEED_PARSE', retriable: false, context: { url: 'https://x.example/feed' } });
    expect((err as Error).message).toBe('Feed https://x.example/feed could not be read: it is not an RSS or Atom feed (its root element is <html>)');
  });
});

describe('createFeedReader', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('fetches through our HTTP rules, then reads again with a conditional GET', async () => {
    server.routes.set('/rss.xml', page(rss.replaceAll('https://kabar.example', server.base), { contentType: 'application/rss+xml', etag: '"f1"' }));
    const validators = new Map<string, Validators>();
    const read = createFeedReader({ fetcher: createHttpFetcher({ allowPrivate: true, perHostDelayMs: 0 }), validators });
    const first = await read({ url: `${server.base}/rss.xml` });
    expect(first.kind).toBe('ok');
    expect(first.kind === 'ok' && first.items.map((i) => i.link)).toEqual([`${server.base}/berita/1`, `${server.base}/berita/2`, `${server.base}/berita/3`]);
    expect(validators.get(`${server.base}/rss.xml`)).toEqual({ etag: '"f1"' });
    expect(await read({ url: `${server.base}/rss.xml` })).toEqual({ kind: 'not-modified', feedUrl: `${server.base}/rss.xml`, httpStatus: 304 });
    expect(server.requests.filter((r) => r.path === '/rss.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"f1"']);
  });

  it('keeps no validators for a feed that did not parse, so it is read in full next time', async () => {
    server.routes.set('/broken.xml', page('<rss><channel><item><title>cut', { contentType: 'application/rss+xml', etag: '"b1"' }));
    const validators = new Map<string, Validators>();
    const read = createFeedReader({ fetcher: createHttpFetcher({ allowPrivate: true, perHostDelayMs: 0 }), validators });
    await expect(read({ url: `${server.base}/broken.xml` })).rejects.toMatchObject({ code: 'ERR_FEED_PARSE' });
    expect(validators.size).toBe(0);
  });
});
