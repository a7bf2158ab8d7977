// The fault suite: runs the whole pipeline (services as processes) over many articles on its own
// Kafka and FerretDB, once clean and once per fault, and compares what each run stored with the
// clean run by content. Loopback only; bounded in time.
//   npm run test:faults -- [--origins 10] [--only kill-indexer,...] [--keep-logs]
// The short version (CI): npm run test:faults -- --origins 1 --only kill-indexer,mongo-down
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createKafkaClient, consumerLag } from '@coopnews/kafka';
import { createLogger } from '@coopnews/runtime';
import { openStore } from '@coopnews/store';
import { copiedPages, corpusAbsentReason } from '../../bench/articles.ts';
import { recordsByContent } from '../helpers/content.ts';
import { serveOrigin, type FeedOrigin } from './feed.ts';
import { startOwnInfra, type OwnInfra } from './infra.ts';
import { Pipeline, type Exit } from './pipeline.ts';

const { values: args } = parseArgs({
  options: {
    origins: { type: 'string', default: '10' },
    only: { type: 'string' },
    'kafka-port': { type: 'string', default: '19092' },
    'mongo-port': { type: 'string', default: '37017' },
    'outage-seconds': { type: 'string', default: '30' },
    'run-timeout-seconds': { type: 'string', default: '1500' },
    'keep-logs': { type: 'boolean', default: false },
  },
});
const absent = corpusAbsentReason();
if (absent) {
  console.log(`test:faults skipped: ${absent}`);
  process.exit(0);
}

type Fault = { name: string; inject(ctx: RunCtx): Promise<void> };
interface RunCtx {
  pipeline: Pipeline;
  infra: OwnInfra;
}
const outageMs = Number(args['outage-seconds']) * 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const restartAfter = (name: 'fetcher' | 'extractor' | 'indexer' | 'api') => async ({ pipeline }: RunCtx) => {
  pipeline.kill9(name);
  await sleep(5_000);
  pipeline.start(name);
};
const FAULTS: Fault[] = [
  { name: 'kill-indexer', inject: restartAfter('indexer') },
  { name: 'kill-extractor', inject: restartAfter('extractor') },
  { name: 'kill-fetcher', inject: restartAfter('fetcher') },
  { name: 'kill-api', inject: restartAfter('api') },
  {
    name: 'kafka-down',
    inject: async ({ infra }) => {
      await infra.stopKafka();
      await sleep(outageMs);
      await infra.startKafka();
    },
  },
  {
    name: 'mongo-down',
    inject: async ({ infra }) => {
      await infra.stopMongo();
      await sleep(outageMs);
      await infra.startMongo();
    },
  },
  {
    name: 'extractor-joins-and-leaves',
    inject: async ({ pipeline }) => {
      pipeline.start('extractor', 'extractor-2');
      await sleep(20_000);
      await pipeline.stop('extractor');
    },
  },
];

const origins = Number(args.origins);
const pages = await copiedPages(origins);
const articles = pages.map((p) => ({ url: p.url, title: p.url, html: p.html }));
const work = await mkdtemp(join(tmpdir(), 'coopnews-faults-'));
const log = createLogger({ service: 'faults', level: 'warn' });
console.log(`fault suite: ${articles.length} articles, own Kafka on ${args['kafka-port']} and FerretDB on ${args['mongo-port']}, work dir ${work}`);
const infra = await startOwnInfra({ dataDir: join(work, 'infra'), kafkaPort: Number(args['kafka-port']), mongoPort: Number(args['mongo-port']) });

interface Outcome {
  name: string;
  in: number;
  stored: number;
  lost: number;
  duplicated: number;
  different: number;
  recoveryS: number | undefined;
  totalS: number;
  exits: Exit[];
  records: Set<string>;
}

async function runOnce(name: string, fault: Fault | undefined, clean: Set<string> | undefined): Promise<Outcome> {
  const prefix = `faults-${name}-${Date.now()}.`;
  const db = `faults_${name.replace(/-/g, '_')}_${Date.now()}`;
  const dir = join(work, name);
  await rm(dir, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
  // Five origins, as five outlets: the fetcher is polite per host.
  const perOrigin = Math.ceil(articles.length / 5);
  const sites: FeedOrigin[] = [];
  for (let i = 0; i < articles.length; i += perOrigin) sites.push(await serveOrigin(articles.slice(i, i + perOrigin)));
  const feedsFile = join(dir, 'feeds.json');
  await writeFile(feedsFile, JSON.stringify({ feeds: sites.map((s) => ({ url: s.feedUrl, intervalSeconds: 2 })) }));
  const env = {
    ...process.env,
    KAFKA_BROKERS: infra.kafkaBrokers,
    MONGODB_URI: infra.mongoUri,
    MONGODB_DB: db,
    TOPIC_PREFIX: prefix,
    FEEDS_FILE: feedsFile,
    SEEN_FILE: join(dir, 'seen.json'),
    ALLOW_PRIVATE_ADDRESSES: 'true',
    HOST_DELAY_MS: '50',
    HOST_CONCURRENCY: '4',
    POLL_INTERVAL_SECONDS: '2',
    PORT: '0',
    LOG_LEVEL: 'info',
  };
  const pipeline = new Pipeline(env, dir);
  for (const s of ['indexer', 'extractor', 'fetcher', 'api'] as const) pipeline.start(s);
  const store = await openStore(infra.mongoUri, db);
  const t0 = Date.now();
  const deadline = t0 + Number(args['run-timeout-seconds']) * 1000;
  const count = async () => store.articles.count().catch(() => -1);
  let injected: Promise<void> | undefined;
  let faultEnd: number | undefined;
  let recoveryS: number | undefined;
  let atFaultEnd = -1;
  let stored = 0;
  let stableSince = Date.now();
  for (;;) {
    const n = await count();
    if (n > stored) stableSince = Date.now();
    if (n >= 0) stored = n;
    if (fault && !injected && stored >= articles.length / 3) {
      injected = fault.inject({ pipeline, infra }).then(async () => {
        faultEnd = Date.now();
        atFaultEnd = await count();
      });
    }
    if (faultEnd && recoveryS === undefined && atFaultEnd >= 0 && (stored > atFaultEnd || stored >= articles.length)) recoveryS = (Date.now() - faultEnd) / 1000;
    const settled = stored >= articles.length || (injected === undefined ? false : faultEnd !== undefined && Date.now() - stableSince > 120_000);
    if ((settled && (!fault || faultEnd)) || Date.now() > deadline) break;
    await sleep(1_000);
  }
  await injected;
  const totalS = (Date.now() - t0) / 1000;
  // Let the last consumers commit, then stop everything the normal way and look at the exits.
  await sleep(3_000);
  const exits = await pipeline.stopAll();
  const kafka = createKafkaClient({ brokers: infra.kafkaBrokers, clientId: 'faults', log });
  const { total } = await consumerLag(kafka, `${prefix}coopnews-indexer-records`, 'articlesExtracted', prefix).catch(() => ({ total: -1 }));
  // Pages are known by the address they were fetched from when they name another site's as
  // canonical; the origins' ports change from run to run, their order does not.
  const origin = new Map(sites.map((site, k) => [new URL(site.feedUrl).host, `origin${k}`]));
  const records = await recordsByContent(store, (url) => url.replace(/^http:\/\/([^/]+)/, (all, host: string) => origin.get(host) ?? all));
  await store.db.dropDatabase().catch(() => undefined);
  await store.close();
  for (const s of sites) await s.close();
  const onlyHere = clean ? [...records].filter((r) => !clean.has(r)) : [];
  const onlyClean = clean ? [...clean].filter((r) => !records.has(r)) : [];
  const different = onlyHere.length + onlyClean.length;
  // What differs, to find out why: kept beside the run's logs.
  if (different > 0) await writeFile(join(dir, 'different.json'), JSON.stringify({ onlyHere, onlyClean }, null, 1));
  return { name, in: articles.length, stored, lost: articles.length - stored, duplicated: Math.max(0, total - articles.length), different, recoveryS, totalS, exits: [...pipeline.exits, ...exits].filter((e, i, all) => all.indexOf(e) === i), records };
}

const rows: Outcome[] = [];
let failed = false;
try {
  const clean = await runOnce('clean', undefined, undefined);
  rows.push(clean);
  const chosen = args.only ? FAULTS.filter((f) => args.only!.split(',').includes(f.name)) : FAULTS;
  for (const fault of chosen) {
    const row = await runOnce(fault.name, fault, clean.records);
    rows.push(row);
    print(row);
  }
} finally {
  await infra.stopAll();
  if (!args['keep-logs']) await rm(work, { recursive: true, force: true });
}

function print(r: Outcome): void {
  const bad = r.exits.filter((e) => e.code !== 0);
  console.log(
    `${r.name.padEnd(28)} in ${r.in}  stored ${r.stored}  lost ${r.lost}  duplicated msgs ${r.duplicated}  records different ${r.different}  ` +
      `recovery ${r.recoveryS?.toFixed(1) ?? '-'} s  total ${r.totalS.toFixed(0)} s  stops ${bad.length ? bad.map((e) => `${e.name}:${e.signal ?? e.code}`).join(',') : 'all exit 0'} (slowest ${Math.max(0, ...r.exits.map((e) => e.stopMs))} ms)`,
  );
}
console.log('\nfault                        outcome');
for (const r of rows) {
  print(r);
  if (r.lost > 0 || r.different > 0 || r.exits.some((e) => e.code !== 0)) failed = true;
}
console.log(failed ? 'FAIL: something was lost, differs from the clean run, or a service did not stop cleanly' : 'PASS');
process.exit(failed ? 1 : 0);
