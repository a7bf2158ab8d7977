import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Article {
  /** Canonical URL (the feed item's guid). */
  url: string;
  title: string;
  html: string;
}

export interface FeedOrigin {
  feedUrl: string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface OriginOptions {
  /** Told of every feed request as it arrives (the fetcher's poll), before it is answered. */
  onFeedRequest?: () => void;
}

/**
 * One local news site on 127.0.0.1: an RSS feed of its articles and each page at /<index>.
 * The feed lists what `articles` holds at each request, so a caller that pushes to it publishes
 * a new item (bench/ingest.ts does, to time a feed change to the article being queryable).
 */
export async function serveOrigin(articles: readonly Article[], opts: OriginOptions = {}): Promise<FeedOrigin & { base: string }> {
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      opts.onFeedRequest?.();
      const items = articles
        .map((a, i) => `<item><title>${esc(a.title)}</title><link>${base}/a/${i}</link><guid isPermaLink="false">${esc(a.url)}</guid></item>`)
        .join('\n');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>faults</title><link>${base}/</link>${items}</channel></rss>`);
      return;
    }
    const i = Number(path.match(/^\/a\/(\d+)$/)?.[1] ?? NaN);
    const a = articles[i];
    if (!a) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(a.html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, feedUrl: `${base}/feed.xml`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
