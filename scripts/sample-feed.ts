import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export interface SampleFeed {
  /** The feed's address, e.g. http://127.0.0.1:40123/feed.xml */
  feedUrl: string;
  baseUrl: string;
  /** Canonical URLs of the articles the feed lists, in corpus order. */
  urls: string[];
  close(): Promise<void>;
}

interface CorpusIndex {
  articles: { id: string; url: string; html: string }[];
}

/**
 * Serves a sample site (the repo's samples/, or any annotated corpus set) as a news site on 127.0.0.1:
 * its feed.xml with {{BASE_URL}} filled in, and each page at /<host><path> of its canonical URL
 * (the corpus README's convention), so the pipeline runs with no internet.
 */
export async function startSampleFeed(opts: { corpusDir: string; port?: number; only?: (id: string) => boolean }): Promise<SampleFeed> {
  const dir = resolve(opts.corpusDir);
  const index = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')) as CorpusIndex;
  const articles = index.articles.filter((a) => opts.only?.(a.id) ?? true);
  const pages = new Map(articles.map((a) => [pathOf(a.url), join(dir, a.html)]));
  const feedTemplate = await readFile(join(dir, 'feed.xml'), 'utf8');
  let baseUrl = '';

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('#')[0]!;
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(feedFor(feedTemplate, baseUrl, new Set(articles.map((a) => a.url))));
      return;
    }
    const file = pages.get(decodeURI(path.slice(1)));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no page at ${path}\n`);
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html' }).end(body),
      (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`cannot read ${file}: ${err.message}\n`),
    );
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(opts.port ?? 0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    feedUrl: `${baseUrl}/feed.xml`,
    baseUrl,
    urls: articles.map((a) => a.url),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

function pathOf(url: string): string {
  const u = new URL(url);
  return decodeURI(u.host + u.pathname + u.search);
}

/** The feed with its base URL filled in, listing only the served articles. */
function feedFor(template: string, baseUrl: string, keep: Set<string>): string {
  return template.replace(/<item>[\s\S]*?<\/item>\s*/g, (item) => {
    const guid = item.match(/<guid[^>]*>([^<]+)<\/guid>/)?.[1]?.trim();
    return guid && !keep.has(guid) ? '' : item;
  }).replaceAll('{{BASE_URL}}', baseUrl);
}
