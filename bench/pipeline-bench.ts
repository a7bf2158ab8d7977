import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { consumerLag, createKafkaClient } from '@coopnews/kafka';
import type { Logger } from '@coopnews/runtime';
import { idOf, openStore } from '@coopnews/store';
import type { CopiedPage } from './articles.ts';
import { serveOrigin, type Article } from '../tests/faults/feed.ts';
import { cpuSeconds, Pipeline } from '../tests/faults/pipeline.ts';

/**
 * The pipeline end to end, as deployed: fetcher, extractor, indexer and api as processes (the
 * fault suite's harness), local feed servers on 127.0.0.1, then
 * - throughput: from the first feed request to every article listed by GET /articles;
 * - latency: with the pipeline caught up, new items added to a served feed one at a time, each
 *   timed from the feed change and from the poll that first carried it to the article being
 *   visible through the api.
 */
export interface PipelineBenchOptions {
  pages: readonly CopiedPage[];
  /** More pages, never served before, added one at a time for the latency samples. */
  samples: readonly CopiedPage[];
  feeds: number;
  kafkaBrokers: string;
  mongoUri: string;
  workDir: string;
  /** Env for the fetcher's politeness towards the local origins (HOST_DELAY_MS, ...). */
  fetcherEnv: Record<string, string>;
  pollSeconds: number;
  timeoutSeconds: number;
  /** Registers what to stop if the bench is interrupted (SIGINT, SIGTERM). */
  onStop?: (stop: () => Promise<void>) => void;
  /** Kafka's and FerretDB's process ids when the bench started them (their CPU time is reported). */
  infraPids: Record<string, number>;
  log: Logger;
}

export interface ThroughputResult {
  articles: number;
  seconds: number;
  perSecond: number;
  /** Seconds from the first poll until every page was on articles.fetched, and on articles.extracted. */
  fetchedS: number;
  extractedS: number;
  /** CPU seconds each process used during the run (services, and Kafka and FerretDB when the bench started them). */
  cpu: Record<string, number>;
  load: string;
}

export interface LatencySample {
  /** Feed changed (item added) -> the fetcher's request for the feed that first contains it. */
  pollMs: number;
  /** Feed changed -> GET /articles/:id answers 200. */
  byIdMs: number;
  /** Feed changed -> GET /articles lists it. */
  listedMs: number;
  /** Feed changed -> each service logged the article done (fetcher published, extractor published, indexer folded), from their logs. */
  publishedMs?: number;
  extractedMs?: number;
  indexedMs?: number;
}

export interface LatencyResult {
  samples: LatencySample[];
  missing: number;
  load: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Site {
  articles: Article[];
  base: string;
  feedUrl: string;
  /** When each feed request arrived (performance.now()). */
  polls: number[];
  close(): Promise<void>;
}

export async function pipelineBench(o: PipelineBenchOptions, parts: { throughput: boolean; latency: boolean }): Promise<{ throughput?: ThroughputResult; latency?: LatencyResult }> {
  await mkdir(o.workDir, { recursive: true });
  const stamp = Date.now();
  const prefix = `bench-ingest-${stamp}.`;
  const db = `bench_ingest_e2e_${stamp}`;
  // The copies spread over `feeds` local outlets (each its own host: the fetcher is polite per host).
  const sites: Site[] = [];
  const per = Math.ceil(o.pages.length / o.feeds);
  for (let f = 0; f < o.feeds; f++) {
    const articles: Article[] = o.pages.slice(f * per, (f + 1) * per).map((p) => ({ url: p.url, title: p.url, html: p.html }));
    const polls: number[] = [];
    const origin = await serveOrigin(articles, { onFeedRequest: () => polls.push(performance.now()) });
    sites.push({ articles, polls, ...origin });
  }
  const feedsFile = join(o.workDir, 'feeds.json');
  await writeFile(feedsFile, JSON.stringify({ feeds: sites.map((s) => ({ url: s.feedUrl, intervalSeconds: o.pollSeconds })) }));
  const env = {
    ...process.env,
    ...o.fetcherEnv,
    KAFKA_BROKERS: o.kafkaBrokers,
    MONGODB_URI: o.mongoUri,
    MONGODB_DB: db,
    TOPIC_PREFIX: prefix,
    FEEDS_FILE: feedsFile,
    SEEN_FILE: join(o.workDir, 'seen.json'),
    ALLOW_PRIVATE_ADDRESSES: 'true',
    POLL_INTERVAL_SECONDS: String(o.pollSeconds),
    PORT: '0',
    // The fetcher's "published page" and the extractor's "extracted" lines time each stage of a sample.
    LOG_LEVEL: 'debug',
  };
  const pipeline = new Pipeline(env, o.workDir);
  o.onStop?.(() => pipeline.stopAll().then(() => undefined));
  const kafka = createKafkaClient({ brokers: o.kafkaBrokers, clientId: 'bench-ingest', log: o.log });
  const out: { throughput?: ThroughputResult; latency?: LatencyResult } = {};
  try {
    // Everything downstream of the fetcher first, joined and listening, so the clock starts at the first poll.
    for (const s of ['indexer', 'extractor', 'api'] as const) pipeline.start(s);
    const api = String((await pipeline.logged('api', 'api listening')).url);
    await Promise.all((['indexer', 'extractor', 'api'] as const).map((s) => pipeline.logged(s, 'started')));
    pipeline.start('fetcher');
    const total = o.pages.length;
    const deadline = Date.now() + o.timeoutSeconds * 1000;
    const cpu0 = cpuNow(pipeline, o.infraPids);
    // Cheap progress (Kafka offsets) while the pipeline works; the api is asked once the indexer is done.
    let lastPrint = performance.now();
    let fetchedAt: number | undefined;
    let extractedAt: number | undefined;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`the pipeline did not store ${total} articles within ${o.timeoutSeconds} s; logs in ${o.workDir}`);
      const [fetched, extracted] = await Promise.all([
        consumerLag(kafka, `${prefix}coopnews-indexer-pages`, 'articlesFetched', prefix).catch(() => ({ lag: -1, total: 0 })),
        consumerLag(kafka, `${prefix}coopnews-indexer-records`, 'articlesExtracted', prefix).catch(() => ({ lag: -1, total: 0 })),
      ]);
      if (fetched.total >= total) fetchedAt ??= performance.now();
      if (extracted.total >= total) extractedAt ??= performance.now();
      const first = firstPoll(sites);
      if (performance.now() - lastPrint > 10_000 && first !== undefined) {
        lastPrint = performance.now();
        console.log(`  ${((performance.now() - first) / 1000).toFixed(0)} s: ${fetched.total} fetched, ${extracted.total} extracted, ${extracted.total - Math.max(0, extracted.lag)} indexed (load ${load()})`);
      }
      if (extracted.total >= total && extracted.lag === 0 && (await listedArticles(api)) >= total) break;
      await sleep(250);
    }
    const end = performance.now();
    const first = firstPoll(sites)!;
    const seconds = (end - first) / 1000;
    const cpu1 = cpuNow(pipeline, o.infraPids);
    const cpu = Object.fromEntries(Object.entries(cpu1).map(([k, v]) => [k, v - (cpu0[k] ?? 0)]));
    const after = (t: number | undefined) => (t === undefined ? NaN : (t - first) / 1000);
    if (parts.throughput) out.throughput = { articles: total, seconds, perSecond: total / seconds, fetchedS: after(fetchedAt), extractedS: after(extractedAt), cpu, load: load() };
    if (parts.latency) out.latency = await latency(o, sites, api);
  } finally {
    const exits = await pipeline.stopAll();
    const bad = exits.filter((e) => e.code !== 0);
    if (bad.length) console.log(`  services that did not exit 0: ${bad.map((e) => `${e.name}:${e.signal ?? e.code}`).join(', ')} (logs in ${o.workDir})`);
    for (const s of sites) await s.close();
    await dropDatabase(o.mongoUri, db);
  }
  return out;
}

const firstPoll = (sites: Site[]): number | undefined => {
  const t = Math.min(...sites.map((s) => s.polls[0] ?? Infinity));
  return Number.isFinite(t) ? t : undefined;
};

function cpuNow(pipeline: Pipeline, infraPids: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of ['fetcher', 'extractor', 'indexer', 'api']) out[s] = pipeline.cpuSeconds(s) ?? NaN;
  for (const [name, pid] of Object.entries(infraPids)) out[name] = cpuSeconds(pid) ?? NaN;
  return out;
}

/** Articles GET /articles lists (relevant or not), walking every page. */
async function listedArticles(api: string): Promise<number> {
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = (await getJson(`${api}/articles?includeIrrelevant=true&limit=200${cursor ? `&cursor=${cursor}` : ''}`)) as { items: unknown[]; nextCursor?: string };
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * One new item at a time, each added at a random moment of the poll cycle once the one before
 * is visible (so each lands in its own poll). The poll is the first request for the feed after
 * the change; the api is asked every 25 ms: the article by id, then the list of its day.
 */
async function latency(o: PipelineBenchOptions, sites: Site[], api: string): Promise<LatencyResult> {
  const samples: LatencySample[] = [];
  const timed: { sample: LatencySample; url: string; changedAt: number }[] = [];
  let missing = 0;
  for (const [k, page] of o.samples.entries()) {
    await sleep(Math.random() * o.pollSeconds * 1000);
    const site = sites[k % sites.length]!;
    const index = site.articles.length;
    // The copy names an address on another site as canonical, which the fetcher refuses: the article is keyed by the address it was fetched from.
    const id = idOf('article', `${site.base}/a/${index}`);
    const pollsBefore = site.polls.length;
    const changed = performance.now();
    site.articles.push({ url: page.url, title: page.url, html: page.html });
    const giveUp = changed + 60_000;
    let byId: number | undefined;
    let listed: number | undefined;
    let day: string | undefined;
    while (listed === undefined && performance.now() < giveUp) {
      if (byId === undefined) {
        const res = await fetch(`${api}/articles/${id}`);
        if (res.ok) {
          byId = performance.now();
          const rec = (await res.json()) as { publishedDate?: string; fetchedAt: string };
          day = rec.publishedDate ?? rec.fetchedAt.slice(0, 10);
        } else await res.arrayBuffer();
      }
      if (byId !== undefined) {
        const page = (await getJson(`${api}/articles?includeIrrelevant=true&since=${day}&until=${day}&limit=200`)) as { items: { _id: string }[] };
        if (page.items.some((a) => a._id === id)) listed = performance.now();
      }
      if (listed === undefined) await sleep(25);
    }
    const poll = site.polls[pollsBefore];
    if (byId === undefined || listed === undefined || poll === undefined) {
      missing += 1;
      console.log(`  sample ${k + 1}: not visible within 60 s (${id})`);
      continue;
    }
    samples.push({ pollMs: poll - changed, byIdMs: byId - changed, listedMs: listed - changed });
    timed.push({ sample: samples.at(-1)!, url: `${site.base}/a/${index}`, changedAt: performance.timeOrigin + changed });
    if ((k + 1) % 10 === 0) console.log(`  ${k + 1} samples (load ${load()})`);
  }
  const done = await Promise.all(
    (['fetcher', 'extractor', 'indexer'] as const).map((s) => loggedAt(join(o.workDir, `${s}.log`), { fetcher: 'published page', extractor: 'extracted', indexer: 'indexed' }[s])),
  );
  for (const { sample, url, changedAt } of timed) {
    const [published, extracted, indexed] = done.map((at) => at.get(url)?.find((t) => t >= changedAt));
    if (published !== undefined) sample.publishedMs = published - changedAt;
    if (extracted !== undefined) sample.extractedMs = extracted - changedAt;
    if (indexed !== undefined) sample.indexedMs = indexed - changedAt;
  }
  return { samples, missing, load: load() };
}

/** When a service logged `msg` about each url (pino's epoch-ms `time`), from its log file. */
async function loggedAt(file: string, msg: string): Promise<Map<string, number[]>> {
  const at = new Map<string, number[]>();
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line.includes(`"msg":"${msg}"`)) continue;
    const rec = JSON.parse(line) as { url: string; time: number };
    at.set(rec.url, [...(at.get(rec.url) ?? []), rec.time]);
  }
  return at;
}

async function dropDatabase(uri: string, db: string): Promise<void> {
  const store = await openStore(uri, db);
  await store.db.dropDatabase().catch(() => undefined);
  await store.close();
}
