import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CoopnewsError } from '@coopnews/runtime';
import { createHttpFetcher, type FetchOk, type HttpFetchOptions } from './http-fetch.ts';
import { page, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
const fast: HttpFetchOptions = { allowPrivate: true, perHostDelayMs: 0, timeoutMs: 2000 };

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

async function failure(p: Promise<unknown>): Promise<CoopnewsError> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CoopnewsError);
  return err as CoopnewsError;
}

async function ok(p: Promise<unknown>): Promise<FetchOk> {
  const res = (await p) as FetchOk;
  expect(res.kind).toBe('ok');
  return res;
}

describe('decoding', () => {
  it('decodes utf-8 and keeps content type and validators', async () => {
    server.routes.set('/utf8', page('<p>Kerja sama “UMKM” — Jabodetabek</p>', { etag: '"u1"' }));
    const res = await ok(createHttpFetcher(fast).fetchText({ url: `${server.base}/utf8` }));
    expect(res.text).toBe('<p>Kerja sama “UMKM” — Jabodetabek</p>');
    expect(res).toMatchObject({ status: 200, charset: 'utf-8', etag: '"u1"', contentType: 'text/html; charset=utf-8', finalUrl: `${server.base}/utf8` });
  });

  it('decodes windows-1252 named in the Content-Type header', async () => {
    server.routes.set('/cp1252', page(Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]), { contentType: 'text/html; charset=windows-1252' }));
    const res = await ok(createHttpFetcher(fast).fetchText({ url: `${server.base}/cp1252` }));
    expect(res.text).toBe('“café”');
    expect(res.charset).toBe('windows-1252');
  });

  it('falls back to <meta charset> and http-equiv when the header names none', async () => {
    const body = (meta: string): Buffer => Buffer.concat([Buffer.from(`<html><head>${meta}</head><body>`), Buffer.from([0xa9, 0x20, 0xe9]), Buffer.from('</body>')]);
    server.routes.set('/meta', page(body('<meta charset="windows-1252">'), { contentType: 'text/html' }));
    server.routes.set('/equiv', page(body('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />'), { contentType: 'text/html' }));
    server.routes.set('/none', page(Buffer.from('<p>Rp 1 juta – murah</p>'), { contentType: 'text/html' }));
    const fetcher = createHttpFetcher(fast);
    expect((await ok(fetcher.fetchText({ url: `${server.base}/meta` }))).text).toContain('© é');
    expect((await ok(fetcher.fetchText({ url: `${server.base}/equiv` }))).text).toContain('© é');
    const none = await ok(fetcher.fetchText({ url: `${server.base}/none` }));
    expect(none.text).toBe('<p>Rp 1 juta – murah</p>');
    expect(none.charset).toBe('utf-8');
  });

  it('decompresses gzip bodies', async () => {
    server.routes.set('/gz', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync('<p>dikompres ✓</p>'));
    });
    expect((await ok(createHttpFetcher(fast).fetchText({ url: `${server.base}/gz` }))).text).toBe('<p>dikompres ✓</p>');
  });
});

describe('redirects', () => {
  it('follows a chain and reports the final URL and each hop', async () => {
    for (const [from, to] of [
      ['/r1', '/r2'],
      ['/r2', `${'/r3'}`],
      ['/r3', '/final#frag'],
    ] as const) {
      server.routes.set(from, (_req, res) => res.writeHead(from === '/r2' ? 301 : 302, { location: to }).end());
    }
    server.routes.set('/final', page('<p>here</p>'));
    const res = await ok(createHttpFetcher(fast).fetchText({ url: `${server.base}/r1` }));
    expect(res.finalUrl).toBe(`${server.base}/final`);
    expect(res.redirects).toEqual([`${server.base}/r1`, `${server.base}/r2`, `${server.base}/r3`]);
    expect(res.text).toBe('<p>here</p>');
  });

  it('gives up after maxRedirects hops with a non-retriable ERR_FETCH_HTTP', async () => {
    for (let i = 0; i < 10; i++) server.routes.set(`/loop${i}`, (_req, res) => res.writeHead(302, { location: `/loop${i + 1}` }).end());
    const err = await failure(createHttpFetcher({ ...fast, maxRedirects: 5 }).fetchText({ url: `${server.base}/loop0` }));
    expect(err.code).toBe('ERR_FETCH_HTTP');
    expect(err.retriable).toBe(false);
    expect(err.message).toMatch(/Too many redirects.*after 5/);
    expect(err.context.url).toBe(`${server.base}/loop0`);
    expect(server.hits('/loop5')).toBe(1);
    expect(server.hits('/loop6')).toBe(0);
  });

  it('checks every hop: a redirect to a non-http scheme is refused', async () => {
    server.routes.set('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    const err = await failure(createHttpFetcher(fast).fetchText({ url: `${server.base}/to-file` }));
    expect(err.code).toBe('ERR_FETCH_BLOCKED');
    expect(err.context).toMatchObject({ url: `${server.base}/to-file`, hopUrl: 'file:///etc/passwd' });
  });

  it('refuses a redirect to a Location that is not a URL', async () => {
    server.routes.set('/bad-location', (_req, res) => res.writeHead(302, { location: 'http://[not-a-host/' }).end());
    const err = await failure(createHttpFetcher(fast).fetchText({ url: `${server.base}/bad-location` }));
    expect(err).toMatchObject({ code: 'ERR_FETCH_BLOCKED', retriable: false, context: { url: `${server.base}/bad-location` } });
    expect(err.message).toMatch(/not a valid URL/);
  });

  it('checks every hop against robots.txt', async () => {
    server.routes.set('/robots.txt', page('User-agent: *\nDisallow: /secret\n', { contentType: 'text/plain' }));
    server.routes.set('/open', (_req, res) => res.writeHead(301, { location: '/secret/page' }).end());
    server.routes.set('/secret/page', page('no'));
    const err = await failure(createHttpFetcher(fast).fetchText({ url: `${server.base}/open` }));
    expect(err.code).toBe('ERR_FETCH_BLOCKED');
    expect(server.hits('/secret/page')).toBe(0);
  });
});

describe('limits and failures', () => {
  it('times out a slow endpoint with a retriable ERR_FETCH_TIMEOUT', async () => {
    server.routes.set('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start'); // ...and never ends
    });
    const started = Date.now();
    const err = await failure(createHttpFetcher({ ...fast, timeoutMs: 150 }).fetchText({ url: `${server.base}/slow` }));
    expect(err.code).toBe('ERR_FETCH_TIMEOUT');
    expect(err.retriable).toBe(true);
    expect(err.message).toContain(`${server.base}/slow`);
    expect(err.context).toMatchObject({ url: `${server.base}/slow`, timeoutMs: 150 });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    server.routes.set('/big', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': 10_000 }).end('x'.repeat(10_000)));
    const err = await failure(createHttpFetcher({ ...fast, maxBodyBytes: 1000 }).fetchText({ url: `${server.base}/big` }));
    expect(err.code).toBe('ERR_FETCH_TOO_LARGE');
    expect(err.retriable).toBe(false);
    expect(err.message).toMatch(/Content-Length 10000, limit 1000 bytes/);
  });

  it('aborts a chunked body once it passes the limit', async () => {
    server.routes.set('/stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      // Keeps sending until the client hangs up, so only the client's limit can end it.
      const send = (): void => {
        if (res.destroyed) return;
        res.write('y'.repeat(512), () => setImmediate(send));
      };
      send();
    });
    const err = await failure(createHttpFetcher({ ...fast, maxBodyBytes: 4096 }).fetchText({ url: `${server.base}/stream` }));
    expect(err.code).toBe('ERR_FETCH_TOO_LARGE');
    expect(err.message).toMatch(/more than 4096 bytes/);
  });

  it('counts the decompressed size, so a small gzip bomb is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(200_000, 0x20));
    server.routes.set('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.byteLength }).end(bomb);
    });
    expect(bomb.byteLength).toBeLessThan(10_000);
    const err = await failure(createHttpFetcher({ ...fast, maxBodyBytes: 50_000 }).fetchText({ url: `${server.base}/bomb` }));
    expect(err.code).toBe('ERR_FETCH_TOO_LARGE');
  });

  it('makes 5xx retriable and 4xx not, with the status in the context', async () => {
    server.routes.set('/down', page('oops', { status: 503 }));
    const fetcher = createHttpFetcher(fast);
    const e503 = await failure(fetcher.fetchText({ url: `${server.base}/down` }));
    expect(e503).toMatchObject({ code: 'ERR_FETCH_HTTP', retriable: true, context: { url: `${server.base}/down`, status: 503 } });
    expect(e503.message).toBe(`Fetching ${server.base}/down failed: HTTP 503; the host is left alone for 60 s (Retry-After)`);
    // A new fetcher: this one now leaves the host alone after its 503.
    const e404 = await failure(createHttpFetcher(fast).fetchText({ url: `${server.base}/missing` }));
    expect(e404).toMatchObject({ code: 'ERR_FETCH_HTTP', retriable: false, context: { status: 404 } });
  });

  it('reports a refused connection as a retriable ERR_FETCH_NETWORK', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await failure(createHttpFetcher(fast).fetchText({ url: `http://127.0.0.1:${port}/x` }));
    expect(err).toMatchObject({ code: 'ERR_FETCH_NETWORK', retriable: true, context: { url: `http://127.0.0.1:${port}/x`, errno: 'ECONNREFUSED' } });
  });
});

describe('private-address guard', () => {
  it('refuses 127.0.0.1 and localhost unless allowPrivate, without sending a request', async () => {
    server.routes.set('/p', page('private'));
    const guarded = createHttpFetcher({ ...fast, allowPrivate: false });
    const err = await failure(guarded.fetchText({ url: `${server.base}/p` }));
    expect(err).toMatchObject({ code: 'ERR_FETCH_BLOCKED', retriable: false, context: { url: `${server.base}/p`, address: '127.0.0.1' } });
    expect(err.message).toMatch(/127\.0\.0\.1, which is not a public address \(loopback/);
    const viaName = await failure(guarded.fetchText({ url: server.base.replace('127.0.0.1', 'localhost') + '/p' }));
    expect(viaName.code).toBe('ERR_FETCH_BLOCKED');
    expect(server.requests).toHaveLength(0);
    await ok(createHttpFetcher(fast).fetchText({ url: `${server.base}/p` }));
  });

  it('refuses a non-http URL', async () => {
    const err = await failure(createHttpFetcher(fast).fetchText({ url: 'file:///etc/passwd' }));
    expect(err.code).toBe('ERR_FETCH_BLOCKED');
  });
});

describe('robots.txt', () => {
  beforeEach(() => {
    server.routes.set(
      '/robots.txt',
      page('User-agent: *\nDisallow: /\n\nUser-agent: coopnews\nDisallow: /private\nAllow: /private/ok\n', { contentType: 'text/plain' }),
    );
    for (const p of ['/news', '/private/x', '/private/ok']) server.routes.set(p, page(`<p>${p}</p>`));
  });

  it('honours the group for our agent, and fetches robots.txt once per host', async () => {
    const fetcher = createHttpFetcher(fast);
    await ok(fetcher.fetchText({ url: `${server.base}/news` }));
    await ok(fetcher.fetchText({ url: `${server.base}/private/ok` }));
    const err = await failure(fetcher.fetchText({ url: `${server.base}/private/x` }));
    expect(err).toMatchObject({ code: 'ERR_FETCH_BLOCKED', retriable: false, context: { url: `${server.base}/private/x` } });
    expect(err.message).toMatch(/robots\.txt disallows it for user agent coopnews/);
    expect(server.hits('/private/x')).toBe(0);
    expect(server.hits('/robots.txt')).toBe(1);
  });

  it('treats a missing robots.txt as allowing all, and an unreadable one as a retriable refusal', async () => {
    server.routes.delete('/robots.txt');
    await ok(createHttpFetcher(fast).fetchText({ url: `${server.base}/private/x` }));
    // 500, not 503: a 503 would also make us leave the host alone for a while (Retry-After).
    server.routes.set('/robots.txt', page('broken', { status: 500 }));
    const fetcher = createHttpFetcher(fast);
    const err = await failure(fetcher.fetchText({ url: `${server.base}/news` }));
    expect(err).toMatchObject({ code: 'ERR_FETCH_HTTP', retriable: true });
    expect(err.message).toMatch(/robots\.txt .* could not be read/);
    // Not cached: once it is back, the next fetch reads it again.
    server.routes.set('/robots.txt', page('User-agent: *\nAllow: /\n', { contentType: 'text/plain' }));
    await ok(fetcher.fetchText({ url: `${server.base}/news` }));
  });

  it('can be switched off', async () => {
    await ok(createHttpFetcher({ ...fast, respectRobots: false }).fetchText({ url: `${server.base}/private/x` }));
    expect(server.hits('/robots.txt')).toBe(0);
  });
});

describe('conditional GET', () => {
  it('sends If-None-Match and If-Modified-Since and reports 304 as not-modified', async () => {
    const lastModified = 'Sun, 23 Oct 2022 02:00:00 GMT';
    server.routes.set('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': lastModified }).end('<p>v1</p>');
    });
    const fetcher = createHttpFetcher(fast);
    const first = await ok(fetcher.fetchText({ url: `${server.base}/cond` }));
    expect(first).toMatchObject({ etag: '"v1"', lastModified });
    const second = await fetcher.fetchText({ url: `${server.base}/cond`, etag: first.etag!, lastModified: first.lastModified! });
    expect(second).toMatchObject({ kind: 'not-modified', status: 304, etag: '"v1"' });
  });
});

describe('politeness', () => {
  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    server.routes.set('/held', (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('ok'), 20);
    });
    const fetcher = createHttpFetcher({ ...fast, perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => fetcher.fetchText({ url: `${server.base}/held` })));
    expect(server.maxActive).toBe(2);
    expect(server.hits('/robots.txt')).toBe(1);
  });

  it('honours a robots.txt Crawl-delay longer than perHostDelayMs', async () => {
    server.routes.set('/robots.txt', page('User-agent: coopnews\nCrawl-delay: 0.05\n', { contentType: 'text/plain' }));
    server.routes.set('/crawl', page('ok'));
    const fetcher = createHttpFetcher({ ...fast, perHostDelayMs: 0 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 3 }, () => fetcher.fetchText({ url: `${server.base}/crawl` })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 50 - 2);
    expect(server.hits('/crawl')).toBe(3);
  });

  it('spaces request starts to one host by perHostDelayMs', async () => {
    server.routes.set('/spaced', page('ok'));
    const fetcher = createHttpFetcher({ ...fast, perHostDelayMs: 40, respectRobots: false });
    // Measured on the client: arrival times at the server jitter with connection setup under load.
    const started = Date.now();
    await Promise.all(Array.from({ length: 4 }, () => fetcher.fetchText({ url: `${server.base}/spaced` })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 40 - 2);
    expect(server.hits('/spaced')).toBe(4);
  });
});
