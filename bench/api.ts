import { parseArgs } from 'node:util';
import { buildApp } from '@coopnews/api';
import { openStore } from '@coopnews/store';
import { seedCorpus } from '../tests/helpers/seed.ts';

/**
 * Latency of filtered agreement queries through the whole api (routing, validation, the store
 * query, in-memory filter and sort, serialization), on the dev corpus indexed into a fresh
 * database. Uses app.inject, so no socket time is counted.
 *   node --import tsx bench/api.ts [--mongo URI] [--rounds N] [--warmup N]
 * Needs a MongoDB (or FerretDB) at --mongo / MONGODB_URI; the database is dropped afterwards.
 */
export interface ApiTiming {
  name: string;
  calls: number;
  p50Ms: number;
  p95Ms: number;
  items: number;
}

const QUERIES: [string, string][] = [
  ['agreements?country=KR', '/agreements?country=KR&limit=50'],
  ['agreements?sector&since', '/agreements?sector=umkm&since=2020-01-01&limit=50'],
  ['agreements?q (free text)', '/agreements?q=kerja%20sama&limit=50'],
  ['agreements (page 1, no filter)', '/agreements?limit=50'],
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function benchApi(opts: { mongo: string; rounds: number; warmup: number }): Promise<{ timings: ApiTiming[]; agreements: number; pages: number }> {
  const dbName = `bench-api-${process.pid}-${Date.now()}`;
  const store = await openStore(opts.mongo, dbName);
  try {
    const { pages } = await seedCorpus(store);
    const agreements = await store.agreements.count();
    const app = await buildApp({ store, auth: { readsNeedToken: false } });
    const timings: ApiTiming[] = [];
    for (const [name, url] of QUERIES) {
      let items = 0;
      for (let i = 0; i < opts.warmup; i++) await app.inject({ method: 'GET', url });
      const samples: number[] = [];
      for (let i = 0; i < opts.rounds; i++) {
        const t0 = performance.now();
        const res = await app.inject({ method: 'GET', url });
        samples.push(performance.now() - t0);
        if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body}`);
        items = res.json<{ items: unknown[] }>().items.length;
      }
      samples.sort((a, b) => a - b);
      timings.push({ name, calls: samples.length, p50Ms: pct(samples, 50), p95Ms: pct(samples, 95), items });
    }
    await app.close();
    return { timings, agreements, pages: pages.length };
  } finally {
    await store.db.dropDatabase().catch(() => undefined);
    await store.close();
  }
}

export const formatApiTiming = (t: ApiTiming): string =>
  `api ${t.name.padEnd(32)} p50 ${t.p50Ms.toFixed(1).padStart(6)} ms  p95 ${t.p95Ms.toFixed(1).padStart(6)} ms  (${t.calls} calls, ${t.items} items)`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      mongo: { type: 'string', default: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017' },
      rounds: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '20' },
    },
  });
  const opts = { mongo: values.mongo, rounds: Number(values.rounds), warmup: Number(values.warmup) };
  const { timings, agreements, pages } = await benchApi(opts);
  console.log(`api: ${pages} dev-corpus pages indexed (${agreements} agreements) at ${opts.mongo.replace(/\/\/[^@/]*@/, '//')}; ${opts.warmup} warm-up, ${opts.rounds} timed calls per query, app.inject`);
  for (const t of timings) console.log(formatApiTiming(t));
}
