// Test support only: a real HTTP server on 127.0.0.1 (port 0) whose routes the tests set.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArticleFetchedV1, PipelineErrorV1 } from '@coopnews/schema';
import type { PollerDeps } from './poller.ts';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export interface TestServer {
  base: string;
  routes: Map<string, Route>;
  requests: SeenRequest[];
  /** Requests being handled right now, and the most seen at once. */
  active: number;
  maxActive: number;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: SeenRequest[] = [];
  const state = { active: 0, maxActive: 0 };
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, at: Date.now() });
    state.active += 1;
    state.maxActive = Math.max(state.maxActive, state.active);
    res.on('close', () => {
      state.active -= 1;
    });
    const route = routes.get(path.split('?')[0] ?? path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    requests,
    get active() {
      return state.active;
    },
    get maxActive() {
      return state.maxActive;
    },
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` until it returns true, failing after `timeoutMs`: a bounded wait instead of a sleep. */
export async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A route answering with a fixed body, honouring If-None-Match when an etag is given. */
export function page(body: string | Buffer, opts: { contentType?: string; etag?: string; status?: number } = {}): Route {
  return (req, res) => {
    if (opts.etag !== undefined && req.headers['if-none-match'] === opts.etag) {
      res.writeHead(304, { etag: opts.etag }).end();
      return;
    }
    res
      .writeHead(opts.status ?? 200, {
        'content-type': opts.contentType ?? 'text/html; charset=utf-8',
        ...(opts.etag === undefined ? {} : { etag: opts.etag }),
      })
      .end(body);
  };
}

/** publish and publishError that validate and keep what they are given. */
export function sink(): Pick<PollerDeps, 'publish' | 'publishError'> & { published: ArticleFetchedV1[]; errors: PipelineErrorV1[] } {
  const published: ArticleFetchedV1[] = [];
  const errors: PipelineErrorV1[] = [];
  return {
    published,
    errors,
    publish: (m) => {
      published.push(ArticleFetchedV1.parse(m));
      return Promise.resolve();
    },
    publishError: (e) => {
      errors.push(PipelineErrorV1.parse(e));
      return Promise.resolve();
    },
  };
}
