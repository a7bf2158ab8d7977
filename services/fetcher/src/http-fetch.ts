// node:http rather than the built-in fetch (undici): we must check the address a hop actually
// connects to (the `lookup` hook pins the connection to the addresses we vetted, so DNS cannot
// change between check and connect), follow redirects one hop at a time, and stop reading a body
// at the byte limit. The global fetch offers no lookup hook without importing undici itself.
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { decodeBody, type CharsetSource } from './decode.ts';
import { createHostGates } from './host-gate.ts';
import { addressRange, isPrivateAddress } from '@coopnews/net';
import { createRobotsCache } from './robots.ts';

export interface HttpFetchOptions {
  /** Sent as User-Agent. */
  userAgent?: string;
  /** The token robots.txt groups are matched against ("User-agent: coopnews"), besides "*". */
  robotsAgent?: string;
  /** Requests in flight to one origin at once. */
  perHostConcurrency?: number;
  /** Minimum time between request starts to one origin; a longer robots.txt Crawl-delay wins (up to maxCrawlDelayMs). */
  perHostDelayMs?: number;
  maxCrawlDelayMs?: number;
  /** Per hop: from sending the request to the last byte of the body. */
  timeoutMs?: number;
  /** Decoded (decompressed) body size limit. */
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** Allow loopback/private/link-local targets (tests and the bundled sample feed on 127.0.0.1). */
  allowPrivate?: boolean;
  respectRobots?: boolean;
  /** How long a host's robots.txt is trusted before it is fetched again. */
  robotsTtlMs?: number;
  /** How long a host that answered 429 or 503 without Retry-After is left alone. */
  defaultRetryAfterMs?: number;
  /** The longest Retry-After honoured (a host cannot silence itself for a year by mistake). */
  maxRetryAfterMs?: number;
}

export const httpFetchDefaults = {
  userAgent: 'coopnews/0.1 (news cooperation research crawler)',
  robotsAgent: 'coopnews',
  perHostConcurrency: 2,
  perHostDelayMs: 500,
  maxCrawlDelayMs: 30_000,
  timeoutMs: 15_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  respectRobots: true,
  robotsTtlMs: 24 * 60 * 60 * 1000,
  defaultRetryAfterMs: 60_000,
  maxRetryAfterMs: 24 * 60 * 60 * 1000,
} as const satisfies Required<HttpFetchOptions>;

export interface FetchRequest {
  url: string;
  /** Validators from the last fetch of this URL, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  accept?: string;
  /** Which charset rules decode the body: the XML spec's (feeds) or the WHATWG ones (pages, the default). */
  as?: 'feed' | 'page';
}

export interface FetchOk {
  kind: 'ok';
  /** The URL asked for. */
  url: string;
  /** The URL of the response, after redirects. */
  finalUrl: string;
  redirects: string[];
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  text: string;
  /** The charset the body was decoded with (WHATWG name), how it was chosen, and whether the bytes overruled a label. */
  charset: string;
  charsetSource: CharsetSource;
  charsetRepaired?: string;
  /** Content-Location, resolved: the base for relative links in a feed. */
  contentLocation?: string;
  bytes: number;
}

export interface FetchNotModified {
  kind: 'not-modified';
  url: string;
  finalUrl: string;
  status: 304;
  etag?: string;
  lastModified?: string;
}

export type FetchResult = FetchOk | FetchNotModified;

export interface HttpFetcher {
  /** Fetches a text resource politely. Rejects with a CoopnewsError (ERR_FETCH_*) saying what failed, where and why. */
  fetchText(req: FetchRequest): Promise<FetchResult>;
  /** Closes idle keep-alive connections so the process can exit; call after the last fetch. */
  close(): void;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body?: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const header = (h: http.IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

export function createHttpFetcher(options: HttpFetchOptions = {}): HttpFetcher {
  const o = { ...httpFetchDefaults, ...stripUndefined(options) };
  const gateFor = createHostGates(o.perHostConcurrency);
  // Origins that answered 429/503, and until when they asked to be left alone (Retry-After).
  const backoffUntil = new Map<string, { until: number; status: number }>();
  // Our own agents, so close() can drop their idle keep-alive sockets at shutdown.
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const robots = createRobotsCache({
    ttlMs: o.robotsTtlMs,
    agent: o.robotsAgent,
    fetchRobotsTxt: (url) => fetchFollowing({ url, accept: 'text/plain, */*;q=0.5' }, 512 * 1024, false),
  });

  async function fetchFollowing(req: FetchRequest, maxBodyBytes: number, checkRobots: boolean): Promise<FetchResult> {
    let current = parseHttpUrl(req.url, req.url);
    const redirects: string[] = [];
    for (;;) {
      // The address guard goes first: a refused host must not even be asked for robots.txt.
      const addresses = await resolveAllowed(current, req.url, o.allowPrivate);
      let delayMs: number = o.perHostDelayMs;
      if (checkRobots) {
        const crawlDelayMs = await robots.check(current, req.url);
        delayMs = Math.max(delayMs, Math.min(crawlDelayMs ?? 0, o.maxCrawlDelayMs));
      }
      const backoff = backoffUntil.get(current.origin);
      if (backoff !== undefined && backoff.until > Date.now()) {
        throw new CoopnewsError(
          ErrorCode.FETCH_HTTP,
          `Did not fetch ${current.href}: ${current.origin} answered HTTP ${backoff.status} and asked to be left alone until ${new Date(backoff.until).toISOString()}`,
          { retriable: true, context: { url: req.url, hopUrl: current.href, status: backoff.status, retryAt: new Date(backoff.until).toISOString(), backoff: true } },
        );
      }
      const release = await gateFor(current.origin).acquire(delayMs);
      let res: RawResponse;
      try {
        res = await requestOnce(current, addresses, req, maxBodyBytes);
      } finally {
        release();
      }

      if (REDIRECTS.has(res.status)) {
        const location = header(res.headers, 'location');
        if (location === undefined) {
          throw httpError(req.url, current, res.status, `redirect ${res.status} without a Location header`);
        }
        if (redirects.length >= o.maxRedirects) {
          throw new CoopnewsError(
            ErrorCode.FETCH_HTTP,
            `Too many redirects fetching ${req.url}: gave up after ${o.maxRedirects} (last hop ${current.href})`,
            { retriable: false, context: { url: req.url, hopUrl: current.href, redirects } },
          );
        }
        redirects.push(current.href);
        current = parseHttpUrl(location, req.url, current);
        continue;
      }
      const etag = header(res.headers, 'etag');
      const lastModified = header(res.headers, 'last-modified');
      if (res.status === 304) {
        return { kind: 'not-modified', url: req.url, finalUrl: current.href, status: 304, ...defined({ etag, lastModified }) };
      }
      if (res.status === 429 || res.status === 503) {
        // Per host: every later request to this origin waits, feeds and pages alike.
        const waitMs = Math.min(retryAfterMs(header(res.headers, 'retry-after')) ?? o.defaultRetryAfterMs, o.maxRetryAfterMs);
        backoffUntil.set(current.origin, { until: Date.now() + waitMs, status: res.status });
        const err = httpError(req.url, current, res.status, `HTTP ${res.status}; the host is left alone for ${Math.round(waitMs / 1000)} s (Retry-After)`);
        err.context.retryAt = new Date(Date.now() + waitMs).toISOString();
        throw err;
      }
      if (res.status < 200 || res.status >= 300) {
        throw httpError(req.url, current, res.status, `HTTP ${res.status}`);
      }
      const body = res.body ?? Buffer.alloc(0);
      const contentType = header(res.headers, 'content-type');
      const decoded = decodeBody(body, contentType, req.as);
      const contentLocation = resolveHttp(header(res.headers, 'content-location'), current);
      return {
        kind: 'ok',
        url: req.url,
        finalUrl: current.href,
        redirects,
        status: res.status,
        ...defined({ contentType, etag, lastModified, contentLocation, charsetRepaired: decoded.repaired }),
        text: decoded.text,
        charset: decoded.charset,
        charsetSource: decoded.source,
        bytes: body.byteLength,
      };
    }
  }

  function requestOnce(url: URL, addresses: LookupAddress[], req: FetchRequest, maxBodyBytes: number): Promise<RawResponse> {
    const headers: http.OutgoingHttpHeaders = {
      'user-agent': o.userAgent,
      accept: req.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (req.etag !== undefined) headers['if-none-match'] = req.etag;
    if (req.lastModified !== undefined) headers['if-modified-since'] = req.lastModified;
    const ctx = { url: req.url, ...(url.href === req.url ? {} : { hopUrl: url.href }) };

    return new Promise<RawResponse>((resolve, reject) => {
      let settled = false;
      const fail = (err: CoopnewsError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.destroy();
        reject(err);
      };
      const succeed = (res: RawResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(res);
      };
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(url, {
        method: 'GET',
        agent: secure ? agents.https : agents.http,
        headers,
        // Connect only to the addresses vetted above, whatever DNS says by now.
        lookup: (_host, opts, done) => {
          const first = addresses[0] as LookupAddress;
          if (opts.all === true) done(null, addresses);
          else done(null, first.address, first.family);
        },
      });
      const timer = setTimeout(() => {
        fail(
          new CoopnewsError(ErrorCode.FETCH_TIMEOUT, `Timed out fetching ${url.href}: no complete response within ${o.timeoutMs} ms`, {
            retriable: true,
            context: { ...ctx, timeoutMs: o.timeoutMs },
          }),
        );
      }, o.timeoutMs);
      request.on('error', (err) => {
        fail(
          new CoopnewsError(ErrorCode.FETCH_NETWORK, `Network error fetching ${url.href}: ${err.message}`, {
            retriable: true,
            context: { ...ctx, errno: (err as NodeJS.ErrnoException).code },
            cause: err,
          }),
        );
      });
      request.on('response', (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          // Redirects, 304s and errors: their bodies are of no use to us.
          res.resume();
          succeed({ status, headers: res.headers });
          return;
        }
        const tooLarge = (seen: string): CoopnewsError =>
          new CoopnewsError(ErrorCode.FETCH_TOO_LARGE, `Body of ${url.href} is too large: ${seen}, limit ${maxBodyBytes} bytes`, {
            retriable: false,
            context: { ...ctx, maxBodyBytes },
          });
        const encoding = (header(res.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
        const declared = Number(header(res.headers, 'content-length'));
        if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBodyBytes) {
          fail(tooLarge(`Content-Length ${declared}`));
          return;
        }
        let stream: Readable = res;
        if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
        else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
        else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          // Counted after decompression, so a small compressed bomb is stopped too.
          if (size > maxBodyBytes) {
            stream.destroy();
            fail(tooLarge(`more than ${maxBodyBytes} bytes read`));
            return;
          }
          chunks.push(chunk);
        });
        const streamError = (err: Error): void =>
          fail(
            new CoopnewsError(ErrorCode.FETCH_NETWORK, `Network error reading the body of ${url.href}: ${err.message}`, {
              retriable: true,
              context: { ...ctx, errno: (err as NodeJS.ErrnoException).code },
              cause: err,
            }),
          );
        stream.on('error', streamError);
        if (stream !== res) res.on('error', streamError);
        res.on('close', () => {
          if (!res.complete) streamError(new Error('connection closed before the body was complete'));
        });
        stream.on('end', () => succeed({ status, headers: res.headers, body: Buffer.concat(chunks, size) }));
      });
      request.end();
    });
  }

  return {
    fetchText: (req) => fetchFollowing(req, o.maxBodyBytes, o.respectRobots),
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

async function resolveAllowed(url: URL, requested: string, allowPrivate: boolean): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookup(host, { all: true });
  } catch (err) {
    throw new CoopnewsError(ErrorCode.FETCH_NETWORK, `Cannot resolve host ${host} of ${url.href}: ${(err as Error).message}`, {
      retriable: true,
      context: { url: requested, hopUrl: url.href, host },
      cause: err,
    });
  }
  if (addresses.length === 0) {
    throw new CoopnewsError(ErrorCode.FETCH_NETWORK, `Cannot resolve host ${host} of ${url.href}: no addresses`, {
      retriable: true,
      context: { url: requested, hopUrl: url.href, host },
    });
  }
  const blocked = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
  if (blocked !== undefined) {
    throw new CoopnewsError(
      ErrorCode.FETCH_BLOCKED,
      `Refused to fetch ${url.href}: host ${host} resolves to ${blocked.address}, which is not a public address (${addressRange(blocked.address)}; allowPrivate is off)`,
      { retriable: false, context: { url: requested, hopUrl: url.href, host, address: blocked.address, range: addressRange(blocked.address) } },
    );
  }
  return addresses;
}

/** `href` (relative to `base`, for a Location header) as an http(s) URL without fragment, or ERR_FETCH_BLOCKED. */
function parseHttpUrl(href: string, requested: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    throw new CoopnewsError(ErrorCode.FETCH_BLOCKED, `Refused to fetch ${href}: not a valid URL`, {
      retriable: false,
      context: { url: requested, hopUrl: href },
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CoopnewsError(ErrorCode.FETCH_BLOCKED, `Refused to fetch ${href}: only http and https are fetched, not ${url.protocol}`, {
      retriable: false,
      context: { url: requested, hopUrl: href },
    });
  }
  url.hash = '';
  return url;
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 10.2.3). */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function resolveHttp(href: string | undefined, base: URL): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function httpError(requested: string, url: URL, status: number, why: string): CoopnewsError {
  // 5xx, 408 (request timeout) and 429 (too many requests) say "later", so they are worth a retry.
  const retriable = status >= 500 || status === 408 || status === 429;
  return new CoopnewsError(ErrorCode.FETCH_HTTP, `Fetching ${url.href} failed: ${why}`, {
    retriable,
    context: { url: requested, ...(url.href === requested ? {} : { hopUrl: url.href }), status },
  });
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Copies only the defined properties, so results carry no `key: undefined` noise. */
function defined<T extends Record<string, unknown>>(obj: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return stripUndefined(obj) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
