import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexBatch, storePage } from '@coopnews/indexer';
import { ACTOR_ROW_SHAPE, actorRow, AGREEMENT_ROW_SHAPE, agreementRow } from '@coopnews/api';
import { openStore, RecordCache, snapshotStore, type Store } from '@coopnews/store';
import { corpusDir, extractedOf, fetchedOf } from '../tests/helpers/seed.ts';
import { copiedPages } from './articles.ts';
import { syntheticAgreements } from './synthetic.ts';

/**
 * How the api scales: loads N synthetic agreements (with actors and articles) into a fresh
 * database, starts the api as its own process (twice: the first start may build what it
 * needs, the second is a normal start), times the issue-12 queries over HTTP one at a time,
 * reads the api's peak memory, then times the real indexer on the loaded database.
 *   npm run bench:api -- [--agreements N] [--rounds R] [--mongo URI] [--db NAME --keep] [--cold]
 * Ends with one SUMMARY line. --db reuses a database loaded by an earlier --keep run; --cold
 * leaves out the read-model snapshot, so the first start shows a rebuild from the records.
 */
export interface Timing {
  name: string;
  samples: number[];
  /** Rows per second (exports). */
  rate?: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loads straight into the collections (insertMany; the indexer would take hours for 100,000)
 * and, unless `cold`, writes the api's read-model snapshots from the same records, as the api
 * itself does after its first start: otherwise every start would rebuild from the records.
 */
async function load(store: Store, n: number, cold: boolean): Promise<{ ms: number; kr: number; ids: string[]; halfway: string }> {
  const t0 = performance.now();
  const agreementRows: AgreementRow[] = [];
  const actorRows: ActorRow[] = [];
  let kr = 0;
  const ids: string[] = [];
  const keys: [string, string][] = [];
  for (const set of syntheticAgreements(n)) {
    // As the indexer stores them (large arrays packed as strings).
    await store.agreements.collection.insertMany(set.agreements.map(store.agreements.stored), { ordered: false });
    if (set.actors.length) await store.actors.collection.insertMany(set.actors.map(store.actors.stored), { ordered: false });
    if (set.articles.length) await store.articles.collection.insertMany(set.articles, { ordered: false });
    for (const a of set.agreements) {
      if (a.relevant && !a.dismissed && a.countries.includes('KR')) kr++;
      if (ids.length < 2000) ids.push(a._id);
      if (a.relevant && !a.dismissed) keys.push([a.date!, a._id]);
    }
    if (!cold) {
      for (const a of set.agreements) agreementRows.push(agreementRow(a));
      for (const a of set.actors) actorRows.push(actorRow(a));
    }
    process.stderr.write(`\rloaded ${keys.length} ${Math.round(performance.now() - t0)} ms`);
  }
  process.stderr.write('\n');
  if (!cold) {
    await snapshotStore(store.db, 'agreements', AGREEMENT_ROW_SHAPE).write({ seq: 0, rows: agreementRows });
    await snapshotStore(store.db, 'actors', ACTOR_ROW_SHAPE).write({ seq: 0, rows: actorRows });
  }
  // The cursor of the page that ends half-way down the default order (newest first).
  keys.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] < b[1] ? 1 : -1));
  const mid = keys[Math.floor(keys.length / 2)]!;
  const halfway = Buffer.from(JSON.stringify([mid[0], mid[1]])).toString('base64url');
  return { ms: performance.now() - t0, kr, ids, halfway };
}

interface ApiProcess {
  url: string;
  startMs: number;
  peakMb(): number;
  stop(): Promise<void>;
}

/** Starts services/api as its own process and waits for its "api listening" log line. */
async function startApi(apiRoot: string, env: Record<string, string>): Promise<ApiProcess> {
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      /* exited */
    }
  };
  const timer = setInterval(sample, 200);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const tail: string[] = [];
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n')) {
        const line = out.slice(0, i);
        out = out.slice(i + 1);
        tail.push(line);
        if (tail.length > 20) tail.shift();
        try {
          const rec = JSON.parse(line) as { msg?: string; url?: string };
          if (rec.msg === 'api listening' && rec.url) resolve(rec.url);
        } catch {
          /* not JSON */
        }
      }
    });
    child.stderr!.on('data', (d: Buffer) => tail.push(d.toString()));
    child.once('exit', (code) => reject(new Error(`api exited (${code}) before listening:\n${tail.join('\n')}`)));
  });
  const startMs = performance.now() - t0;
  return {
    url,
    startMs,
    peakMb: () => (sample(), peak),
    stop: async () => {
      clearInterval(timer);
      sample();
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function time(name: string, rounds: number, warmup: number, fn: (i: number) => Promise<number | void>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    rows += (await fn(warmup + i)) ?? 0;
    samples.push(performance.now() - t0);
  }
  const t: Timing = { name, samples };
  if (rows) t.rate = rows / (samples.reduce((a, b) => a + b, 0) / 1000);
  console.log(format(t));
  return t;
}

export const format = (t: Timing): string =>
  `${t.name.padEnd(34)} p50 ${pct(t.samples, 50).toFixed(1).padStart(9)} ms  p95 ${pct(t.samples, 95).toFixed(1).padStart(9)} ms  p99 ${pct(t.samples, 99).toFixed(1).padStart(9)} ms${t.rate ? `  ${Math.round(t.rate)} rows/s` : ''}  (${t.samples.length} calls)`;

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(900_000) });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** Streams the export and counts its lines without holding it. */
async function countLines(url: string): Promise<number> {
  const res = await fetch(url, { signal: AbortSignal.timeout(900_000) });
  if (res.status !== 200 || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  let lines = 0;
  for await (const chunk of res.body) for (const byte of chunk as Uint8Array) if (byte === 10) lines++;
  return lines - 1;
}

/**
 * Indexes the sample articles (samples/) copied under 10 origins (120 articles, as outlets
 * reprinting them) into the loaded database as the indexer service does: pages stored, results
 * folded in batches of 32 over one record cache.
 */
async function indexThroughput(store: Store): Promise<number> {
  const pages = await copiedPages(10, corpusDir);
  const msgs = pages.map((p) => ({ fetched: fetchedOf({ id: '', ...p }), extracted: extractedOf({ id: '', ...p }) }));
  const cache = new RecordCache();
  const t0 = performance.now();
  for (let i = 0; i < msgs.length; i += 32) {
    const batch = msgs.slice(i, i + 32);
    for (const m of batch) await storePage(store, m.fetched);
    await indexBatch(
      store,
      batch.map((m) => m.extracted),
      { cache },
    );
  }
  const rate = msgs.length / ((performance.now() - t0) / 1000);
  console.log(`index: ${msgs.length} sample articles (12 pages x 10 origins) in batches of 32 on the loaded database: ${rate.toFixed(1)} articles/s`);
  return rate;
}

type AgreementRow = ReturnType<typeof agreementRow>;
type ActorRow = ReturnType<typeof actorRow>;

export async function benchApi(opts: { mongo: string; agreements: number; rounds: number; db?: string | undefined; keep: boolean; cold?: boolean; apiRoot: string }) {
  const dbName = opts.db ?? `bench-api-${opts.agreements}-${Date.now()}`;
  const store = await openStore(opts.mongo, dbName);
  let api: ApiProcess | undefined;
  try {
    let info: Awaited<ReturnType<typeof load>>;
    if (opts.db && (await store.agreements.collection.findOne({}, { projection: { _id: 1 } }))) {
      // Reuse: regenerate what the queries need without writing.
      const ids: string[] = [];
      const keys: [string, string][] = [];
      let kr = 0;
      for (const set of syntheticAgreements(opts.agreements)) {
        for (const a of set.agreements) {
          if (a.relevant && !a.dismissed && a.countries.includes('KR')) kr++;
          if (ids.length < 2000) ids.push(a._id);
          if (a.relevant && !a.dismissed) keys.push([a.date!, a._id]);
        }
      }
      keys.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] < b[1] ? 1 : -1));
      const mid = keys[Math.floor(keys.length / 2)]!;
      info = { ms: 0, kr, ids, halfway: Buffer.from(JSON.stringify([mid[0], mid[1]])).toString('base64url') };
      console.log(`reusing database ${dbName}`);
    } else {
      info = await load(store, opts.agreements, opts.cold ?? false);
      console.log(`loaded ${opts.agreements} agreements (+ actors, articles) into ${dbName} in ${(info.ms / 1000).toFixed(1)} s`);
    }
    const env = {
      MONGODB_URI: opts.mongo,
      MONGODB_DB: dbName,
      PORT: '0',
      TOPIC_PREFIX: 'bench-api-',
      WATCHER_ENABLED: 'false',
      LOG_LEVEL: 'info',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    };
    // The first start may build a read model from the records; the second is an ordinary start.
    api = await startApi(opts.apiRoot, env);
    const firstStartMs = api.startMs;
    await api.stop();
    api = await startApi(opts.apiRoot, env);
    console.log(`api start: first ${(firstStartMs / 1000).toFixed(1)} s, then ${(api.startMs / 1000).toFixed(1)} s`);
    const base = api.url;
    const r = opts.rounds;
    const w = Math.min(2, r);
    const list = [
      await time('GET /agreements (first page)', r, w, async () => void (await getJson(`${base}/agreements?limit=50`))),
      await time('cursor page half-way', r, w, async () => void (await getJson(`${base}/agreements?limit=50&cursor=${info.halfway}`))),
      await time('?country=KR', r, w, async () => void (await getJson(`${base}/agreements?country=KR&limit=50`))),
      await time('?sector=umkm&since=2022-01-01', r, w, async () => void (await getJson(`${base}/agreements?sector=umkm&since=2022-01-01&limit=50`))),
      await time('?q=batik', r, w, async () => void (await getJson(`${base}/agreements?q=batik&limit=50`))),
      await time('/actors?q=mitra', r, w, async () => void (await getJson(`${base}/actors?q=mitra&limit=50`))),
    ];
    const byId = await time('/agreements/:id', Math.max(r, 20), w, async (i) => void (await getJson(`${base}/agreements/${info.ids[(i * 7919) % info.ids.length]}`)));
    const stats = [
      await time('/stats/agreements?by=country', r, w, async () => void (await getJson(`${base}/stats/agreements?by=country`))),
      await time('/stats/agreements?by=sector&country=KR', r, w, async () => void (await getJson(`${base}/stats/agreements?by=sector&country=KR`))),
    ];
    const exp = await time(`CSV export country=KR (${info.kr} rows)`, Math.max(1, Math.ceil(r / 3)), 0, () => countLines(`${base}/agreements.csv?country=KR`));
    const peak = api.peakMb();
    const startMs = api.startMs;
    await api.stop();
    api = undefined;
    console.log(`api peak memory ${peak.toFixed(0)} MB`);
    const indexRate = await indexThroughput(store);
    const worst = (ts: Timing[]) => Math.max(...ts.map((t) => pct(t.samples, 95)));
    console.log(
      `SUMMARY n=${opts.agreements} list_p95_ms=${worst(list).toFixed(1)} stats_p95_ms=${worst(stats).toFixed(1)} byid_p95_ms=${pct(byId.samples, 95).toFixed(1)} export_rows_per_s=${Math.round(exp.rate ?? 0)} api_peak_mb=${peak.toFixed(0)} api_start_s=${(startMs / 1000).toFixed(1)} index_articles_per_s=${indexRate.toFixed(1)}`,
    );
  } finally {
    await api?.stop();
    if (!opts.keep) await store.db.dropDatabase().catch(() => undefined);
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      agreements: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '30' },
      mongo: { type: 'string', default: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017' },
      db: { type: 'string' },
      keep: { type: 'boolean', default: false },
      // No snapshot: the api's first start builds its read model from the records (slow on FerretDB).
      cold: { type: 'boolean', default: false },
      'api-root': { type: 'string', default: root },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(`npm run bench:api -- [options]

Loads N synthetic agreements (about 14 KB each as the indexer stores them, with N/10 actors and
N/4 articles) into a fresh database, writes the api's read-model snapshots, starts the api as its
own process (twice: the second is a normal start), times issue 12's queries over HTTP one at a
time (p50/p95/p99), reads the api's peak memory and start time, then times the indexer on the
loaded database (the 12 sample pages under 10 origins, in batches of 32). Ends with one line:
  SUMMARY n=N list_p95_ms=.. stats_p95_ms=.. byid_p95_ms=.. export_rows_per_s=.. api_peak_mb=.. index_articles_per_s=..

Options:
  --agreements N   default 10000
  --rounds R       requests per query (default 30)
  --mongo URI      default MONGODB_URI or mongodb://127.0.0.1:27017
  --db NAME        reuse a database loaded by an earlier --keep run
  --keep           keep the database
  --cold           no snapshot: the api's first start builds its read model from the records
  --api-root DIR   the checkout whose api is started (default this one)
  --help`);
    process.exit(0);
  }
  await benchApi({ mongo: values.mongo, agreements: Number(values.agreements), rounds: Number(values.rounds), db: values.db, keep: values.keep, cold: values.cold, apiRoot: values['api-root'] });
}
