// Ingestion speed (issue 12), three figures on the same database server:
//   1. indexer alone: extraction results of the copied dev pages folded into a fresh database;
//   2. end to end: the four services as processes over the same pages served by local feeds,
//      from the first feed request to the last article listed by GET /articles;
//   3. feed change to queryable: new items added to a served feed one at a time.
// (Indexing on a database already holding N agreements: `npm run bench:api -- --agreements N`.)
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '@coopnews/extract';
import { indexBatch } from '@coopnews/indexer';
import { createLogger } from '@coopnews/runtime';
import type { ArticleExtractedV1 } from '@coopnews/schema';
import { openStore, RecordCache } from '@coopnews/store';
import { copiedPages, corpusAbsentReason, type CopiedPage } from './articles.ts';
import { load, pipelineBench, type LatencySample } from './pipeline-bench.ts';
import { startOwnInfra, type OwnInfra } from '../tests/faults/infra.ts';

const HELP = `npm run bench:ingest -- [options]

Ingestion speed over the dev pages copied under new URLs (../shared/corpus/dev, 55 pages per
origin; skips when absent). Prints, in this order:
  indexer    the indexer alone (in this process) folding the pages' extraction results into a
             fresh database as the service does (--batch at a time, records cached across
             batches): articles/s
  e2e        fetcher -> extractor -> indexer -> api as processes, the copies served by --feeds
             local feed servers on 127.0.0.1: articles/s from the first feed request to the last
             article listed by GET /articles
  latency    with that pipeline caught up, --latency-samples new items (copies under one more
             origin) added to the feeds one at a time, each at a random moment of the poll cycle
             once the one before is visible; p50 / p99 / max of visible - poll (the fetcher's
             request for the feed that first contains the item) and of visible - feed change,
             "visible" by GET /articles/:id and by GET /articles (the list of the article's day),
             the api asked every 25 ms
and ends with one line:
  SUMMARY articles=.. indexer_articles_per_s=.. e2e_articles_per_s=.. latency_p50_ms=.. latency_p99_ms=.. ...
(latency = listed by GET /articles - poll; "-" for a part not run). The load average is printed
with each figure: the machine is shared.

Kafka and FerretDB: when KAFKA_BROKERS and MONGODB_URI are both set, those are used (own topic
prefix and databases, dropped at the end); otherwise the bench starts its own from infra/ on
--kafka-port and --mongo-port in a temporary data directory and stops them at the end.

The fetcher is polite per host; towards the local origins the bench sets HOST_DELAY_MS and
HOST_CONCURRENCY from --host-delay-ms and --host-concurrency (as issue 12's measurement did;
the production defaults are 500 ms and 2), POLL_INTERVAL_SECONDS and each feed's
intervalSeconds from --poll-seconds, ALLOW_PRIVATE_ADDRESSES=true and LOG_LEVEL=debug (the
fetcher's and extractor's per-page lines time the stages). Other settings are the services'
defaults unless set in the bench's environment, which the services inherit (for example
PAGE_RECHECK_SECONDS=0 npm run bench:ingest re-checks published pages at every poll).

Options:
  --origins N             copies of the dev pages (default 10 = 550 articles)
  --feeds F               local feed servers the copies are spread over (default 5)
  --parts LIST            indexer,e2e,latency (default all three)
  --batch B               articles folded at once by the indexer alone (default 32, the
                          service's INDEXER_BATCH; 1 = one article per write)
  --latency-samples S     default 40
  --host-delay-ms MS      default 50
  --host-concurrency C    default 4
  --poll-seconds S        default 2
  --kafka-port P          own Kafka's port (default 19192)
  --mongo-port P          own FerretDB's port (default 37117)
  --timeout-seconds S     give up on the end-to-end run after S seconds (default 1200)
  --keep-logs             keep the services' logs (the work directory is printed)
  --help
`;

const { values: args } = parseArgs({
  options: {
    origins: { type: 'string', default: '10' },
    feeds: { type: 'string', default: '5' },
    parts: { type: 'string', default: 'indexer,e2e,latency' },
    batch: { type: 'string', default: '32' },
    'latency-samples': { type: 'string', default: '40' },
    'host-delay-ms': { type: 'string', default: '50' },
    'host-concurrency': { type: 'string', default: '4' },
    'poll-seconds': { type: 'string', default: '2' },
    'kafka-port': { type: 'string', default: '19192' },
    'mongo-port': { type: 'string', default: '37117' },
    'timeout-seconds': { type: 'string', default: '1200' },
    'keep-logs': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const absent = corpusAbsentReason();
if (absent) {
  console.log(`bench:ingest skipped: ${absent}`);
  process.exit(0);
}
const parts = new Set(args.parts!.split(','));
const unknown = [...parts].filter((p) => !['indexer', 'e2e', 'latency'].includes(p));
if (unknown.length) throw new Error(`--parts: unknown part(s) ${unknown.join(', ')}; choose from indexer, e2e, latency`);

const origins = Number(args.origins);
const nSamples = Number(args['latency-samples']);
const perOrigin = (await copiedPages(1)).length;
const all = await copiedPages(origins + (parts.has('latency') ? Math.ceil(nSamples / perOrigin) : 0));
const pages = all.slice(0, origins * perOrigin);
const samplePages = all.slice(pages.length, pages.length + nSamples);
const log = createLogger({ service: 'bench-ingest', level: 'warn' });
const work = await mkdtemp(join(tmpdir(), 'coopnews-bench-ingest-'));

// Interrupted, the bench still stops what it started: services first, then its Kafka and
// FerretDB, and removes its work directory (stops run last registered first).
const stops: (() => Promise<void>)[] = [() => rm(work, { recursive: true, force: true })];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: stopping what the bench started`);
    void (async () => {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
      process.exit(130);
    })();
  });
}

const given = process.env.KAFKA_BROKERS && process.env.MONGODB_URI ? { kafkaBrokers: process.env.KAFKA_BROKERS, mongoUri: process.env.MONGODB_URI } : undefined;
let own: OwnInfra | undefined;
console.log(`bench:ingest: ${pages.length} articles (${origins} origins x ${perOrigin} pages), load ${load()}`);
if (!given) {
  console.log(`starting own Kafka on ${args['kafka-port']} and FerretDB on ${args['mongo-port']} (data in ${work})`);
  own = await startOwnInfra({ dataDir: join(work, 'infra'), kafkaPort: Number(args['kafka-port']), mongoPort: Number(args['mongo-port']) });
  stops.push(own.stopAll);
}
const infra = given ?? own!;

const fmt = (x: number | undefined, digits = 1) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(digits));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const minus = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
const summary: Record<string, string> = { articles: String(pages.length), indexer_articles_per_s: '-', e2e_articles_per_s: '-', latency_p50_ms: '-', latency_p99_ms: '-' };
let failed = false;
try {
  if (parts.has('indexer')) {
    const perS = await indexerAlone(pages, infra.mongoUri);
    summary.indexer_articles_per_s = fmt(perS);
  }
  if (parts.has('e2e') || parts.has('latency')) {
    const fetcherEnv = { HOST_DELAY_MS: args['host-delay-ms']!, HOST_CONCURRENCY: args['host-concurrency']! };
    console.log(`end to end: ${pages.length} articles on ${args.feeds} local feeds, fetcher env ${Object.entries(fetcherEnv).map(([k, v]) => `${k}=${v}`).join(' ')}, polls every ${args['poll-seconds']} s`);
    const r = await pipelineBench(
      {
        pages,
        samples: samplePages,
        feeds: Number(args.feeds),
        kafkaBrokers: infra.kafkaBrokers,
        mongoUri: infra.mongoUri,
        workDir: join(work, 'pipeline'),
        fetcherEnv,
        pollSeconds: Number(args['poll-seconds']),
        timeoutSeconds: Number(args['timeout-seconds']),
        infraPids: own ? await own.pids() : {},
        onStop: (stop) => stops.push(stop),
        log,
      },
      { throughput: parts.has('e2e'), latency: parts.has('latency') },
    );
    if (r.throughput) {
      const t = r.throughput;
      console.log(`end to end: ${t.articles} articles in ${t.seconds.toFixed(1)} s = ${t.perSecond.toFixed(2)} articles/s (first feed request to the last article listed by GET /articles; load ${t.load})`);
      console.log(`  all fetched after ${fmt(t.fetchedS)} s, all extracted after ${fmt(t.extractedS)} s; CPU seconds during the run: ${Object.entries(t.cpu).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
      summary.e2e_articles_per_s = fmt(t.perSecond, 2);
    }
    if (r.latency) {
      const { samples, missing } = r.latency;
      const row = (name: string, f: (s: LatencySample) => number | undefined) => {
        const xs = samples.map(f).filter((x): x is number => x !== undefined && Number.isFinite(x));
        return `  ${name.padEnd(34)} p50 ${fmt(pct(xs, 50), 0)}  p99 ${fmt(pct(xs, 99), 0)}  max ${fmt(Math.max(...xs), 0)} ms`;
      };
      console.log(`feed change to queryable: ${samples.length} samples${missing ? `, ${missing} not visible within 60 s` : ''} (load ${r.latency.load})`);
      console.log(row('poll - change', (s) => s.pollMs));
      console.log('  where the time after the poll goes (from the services\' logs):');
      console.log(row('fetcher published - poll', (s) => minus(s.publishedMs, s.pollMs)));
      console.log(row('extractor published - fetcher', (s) => minus(s.extractedMs, s.publishedMs)));
      console.log(row('indexer folded - extractor', (s) => minus(s.indexedMs, s.extractedMs)));
      console.log(row('GET /articles/:id - indexer', (s) => minus(s.byIdMs, s.indexedMs)));
      console.log(row('GET /articles - GET /articles/:id', (s) => s.listedMs - s.byIdMs));
      console.log('  in all:');
      console.log(row('GET /articles/:id - poll', (s) => s.byIdMs - s.pollMs));
      console.log(row('GET /articles - poll', (s) => s.listedMs - s.pollMs));
      console.log(row('GET /articles/:id - change', (s) => s.byIdMs));
      console.log(row('GET /articles - change', (s) => s.listedMs));
      const beyond = samples.map((s) => s.listedMs - s.pollMs);
      summary.latency_p50_ms = fmt(pct(beyond, 50), 0);
      summary.latency_p99_ms = fmt(pct(beyond, 99), 0);
      summary.latency_max_ms = fmt(Math.max(...beyond), 0);
      summary.change_p50_ms = fmt(pct(samples.map((s) => s.listedMs), 50), 0);
      if (missing) summary.latency_missing = String(missing);
    }
  }
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await own?.stopAll();
  if (!args['keep-logs'] && !failed) await rm(work, { recursive: true, force: true });
  else console.log(`logs kept in ${work}`);
}
summary.load = load().replace(/ /g, ',');
console.log(`SUMMARY ${Object.entries(summary).map(([k, v]) => `${k}=${v}`).join(' ')}`);
process.exit(failed ? 1 : 0);

/** The indexer folding the pages' extraction results into a fresh database, `--batch` at a time over one cache, as the service does. */
async function indexerAlone(pages: readonly CopiedPage[], mongoUri: string): Promise<number> {
  const messages: ArticleExtractedV1[] = pages.map((p) => {
    const result = extract(p.html, { url: p.url });
    const at = result.article.publishedAt ?? '2024-01-01T00:00:00+07:00';
    return { version: 1, url: p.url, fetchedUrl: p.url, fetchedAt: at, extractedAt: at, contentHash: createHash('sha256').update(p.html).digest('hex'), result };
  });
  const store = await openStore(mongoUri, `bench_ingest_${process.pid}`);
  try {
    const batch = Number(args.batch);
    const cache = new RecordCache();
    const t0 = performance.now();
    let reported = 0;
    for (let i = 0; i < messages.length; i += batch) {
      await indexBatch(store, messages.slice(i, i + batch), { cache });
      const done = Math.min(messages.length, i + batch);
      if (done - reported >= 55) {
        reported = done;
        console.log(`  ${done} articles, ${(done / ((performance.now() - t0) / 1000)).toFixed(2)}/s (load ${load()})`);
      }
    }
    const s = (performance.now() - t0) / 1000;
    console.log(`indexer alone: ${messages.length} articles in ${s.toFixed(1)} s = ${(messages.length / s).toFixed(2)} articles/s (${await store.agreements.count()} agreements, ${await store.actors.count()} actors; load ${load()})`);
    return messages.length / s;
  } finally {
    await store.db.dropDatabase();
    await store.close();
  }
}
