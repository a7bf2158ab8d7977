import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { feedManagementCommands } from './feeds-manage.ts';
import { createFeedReader, createHttpFetcher, parseFeedBytes, type FeedOk, type Validators } from '@coopnews/fetcher';

export interface CheckOptions {
  base?: string;
  outlet?: string;
  allowPrivate: boolean;
  robots: boolean;
  timeout: string;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Reads the feed exactly as the fetcher does: same HTTP rules, decoding, parser and repairs. */
async function read(source: string, opts: CheckOptions): Promise<FeedOk> {
  if (!isUrl(source)) {
    // A file has no URL of its own: relative links resolve against --base, or are dropped.
    return parseFeedBytes(await readFile(source), undefined, opts.base ?? pathToFileURL(source).href, { outlet: opts.outlet });
  }
  const fetcher = createHttpFetcher({ allowPrivate: opts.allowPrivate, respectRobots: opts.robots, timeoutMs: Number(opts.timeout), perHostDelayMs: 0 });
  try {
    const res = await createFeedReader({ fetcher, validators: new Map<string, Validators>() })({ url: source, ...(opts.outlet ? { outlet: opts.outlet } : {}) });
    if (res.kind !== 'ok') throw new Error(`${source} answered 304 Not Modified to a request without validators`);
    return res;
  } finally {
    fetcher.close();
  }
}

/** `feeds check`: writes items to `out`, problems to `err`; resolves to the exit code. */
export async function checkFeed(source: string, opts: CheckOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let feed: FeedOk;
  try {
    feed = await read(source, opts);
  } catch (e) {
    err(`coopnews feeds check: cannot read ${source}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  for (const item of feed.items) out(JSON.stringify({ link: item.link, guid: item.guid ?? null, title: item.title ?? null, publishedAt: item.pubDate ?? null }));
  for (const repair of feed.repairs) err(`repaired: ${repair}`);
  for (const p of feed.problems) err(`item ${p.item}: ${p.what}: ${p.why}`);
  if (feed.items.length > 0) return 0;
  const dropped = Object.entries(feed.dropped).map(([why, n]) => `${n} ${why}`);
  err(`coopnews feeds check: ${source} gave no items${dropped.length ? ` (dropped: ${dropped.join(', ')})` : ''}`);
  return 1;
}

async function check(source: string, opts: CheckOptions): Promise<void> {
  process.exitCode = await checkFeed(
    source,
    opts,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}

export function feedsCommand(): Command {
  const cmd = new Command('feeds').description('feeds the fetcher reads: check one, see their health, add, pause, resume or remove them');
  for (const sub of feedManagementCommands()) cmd.addCommand(sub);
  cmd.addCommand(
    new Command('check')
      .description(
        'read one feed (URL or file) exactly as the fetcher does and print one JSON line per item ({link, guid, title, publishedAt}) on stdout; repairs and dropped items go to stderr. Exits 0 when the feed gave items, 1 with one line on stderr when it gave none or could not be read',
      )
      .argument('<source>', 'http(s) URL of the feed, or a file')
      .option('--base <url>', 'for a file: the URL relative links resolve against')
      .option('--outlet <name>', 'outlet of items without <source> (as in the feeds file)')
      .option('--allow-private', 'allow loopback and private addresses (a local test feed)', process.env.ALLOW_PRIVATE_ADDRESSES === 'true' || process.env.ALLOW_PRIVATE_ADDRESSES === '1')
      .option('--no-robots', 'do not ask robots.txt (the fetcher does)')
      .option('--timeout <ms>', 'per request', '15000')
      .action(check),
  );
  return cmd;
}
