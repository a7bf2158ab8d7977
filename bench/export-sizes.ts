/**
 * Export sizes, CSV against JSON lines against Parquet: `npm run bench:exports -- [--agreements N]`.
 * Seeds the repo's sample pages into a fresh database on MONGODB_URI and fetches every export
 * through the api (in-process); with --agreements N also writes N synthetic agreements (and their
 * edges) through the same column tables, without a database. Prints one line per export.
 */
import { parseArgs } from 'node:util';
import { buildApp, exportRowOf, agreementColumns, agreementRow, csvLines, edgeColumns, edgesOf, jsonLines, parquetStream } from '@coopnews/api';
import { openStore } from '@coopnews/store';
import { seedCorpus } from '../tests/helpers/seed.ts';
import { syntheticAgreements } from './synthetic.ts';

const { values } = parseArgs({ options: { agreements: { type: 'string' } } });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const line = (what: string, rows: number, sizes: Record<string, number>) =>
  console.log(`${what.padEnd(28)} ${String(rows).padStart(7)} rows  csv ${kb(sizes.csv!).padStart(10)}  jsonl ${kb(sizes.jsonl!).padStart(10)}  parquet ${kb(sizes.parquet!).padStart(10)}  (parquet/csv ${(sizes.parquet! / sizes.csv!).toFixed(2)})`);

const took: string[] = [];
async function size(chunks: AsyncIterable<string | Buffer>, label: string, rows: number): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  for await (const c of chunks) n += typeof c === 'string' ? Buffer.byteLength(c) : c.length;
  took.push(`${label} ${Math.round(rows / ((performance.now() - t0) / 1000)).toLocaleString('en')} rows/s`);
  return n;
}

const store = await openStore(process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017', `bench_exports_${process.pid}`);
try {
  await seedCorpus(store);
  const app = await buildApp({ store, auth: { apiToken: undefined, readsNeedToken: false } });
  for (const kind of ['agreements', 'actors', 'programs', 'articles', 'edges']) {
    const sizes: Record<string, number> = {};
    let rows = 0;
    for (const ext of ['csv', 'jsonl', 'parquet']) {
      const res = await app.inject({ method: 'GET', url: `/${kind}.${ext}?includeIrrelevant=true` });
      sizes[ext] = res.rawPayload.length;
      if (ext === 'jsonl') rows = res.body.split('\n').filter(Boolean).length;
    }
    line(`samples: ${kind}`, rows, sizes);
  }
  await app.close();
} finally {
  await store.db.dropDatabase();
  await store.close();
}

const n = Number(values.agreements ?? 0);
if (n > 0) {
  const rows = [];
  for (const set of syntheticAgreements(n)) for (const a of set.agreements) rows.push(exportRowOf(agreementRow(a)));
  async function* all<T>(xs: Iterable<T>): AsyncGenerator<T> {
    yield* xs;
  }
  const edges = rows.flatMap((r) => [...edgesOf(r)]);
  line('synthetic: agreements', rows.length, {
    csv: await size(csvLines(all(rows), agreementColumns), 'csv', rows.length),
    jsonl: await size(jsonLines(all(rows), (r) => r.item), 'jsonl', rows.length),
    parquet: await size(parquetStream(all(rows), agreementColumns), 'parquet', rows.length),
  });
  line('synthetic: edges', edges.length, {
    csv: await size(csvLines(all(edges), edgeColumns), 'csv', edges.length),
    jsonl: await size(jsonLines(all(edges)), 'jsonl', edges.length),
    parquet: await size(parquetStream(all(edges), edgeColumns), 'parquet', edges.length),
  });
  console.log(`encoding speed, agreements then edges (no database, no HTTP): ${took.join(', ')}`);
}
