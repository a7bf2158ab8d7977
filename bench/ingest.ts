// Ingestion speed. Indexer alone: extraction results of N distinct articles (the dev pages copied
// under new URLs) indexed into a fresh database. (Indexing on a database already holding N agreements: `npm run bench:api -- --agreements N` prints it.)
//   npm run bench:ingest -- [--origins 19] [--mongo URI]
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { extract } from '@coopnews/extract';
import { indexExtraction } from '@coopnews/indexer';
import type { ArticleExtractedV1 } from '@coopnews/schema';
import { openStore } from '@coopnews/store';
import { copiedPages, corpusAbsentReason } from './articles.ts';

const { values: args } = parseArgs({
  options: {
    origins: { type: 'string', default: '19' },
    mongo: { type: 'string', default: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017' },
    keep: { type: 'boolean', default: false },
  },
});
const absent = corpusAbsentReason();
if (absent) {
  console.log(`bench:ingest skipped: ${absent}`);
  process.exit(0);
}

const pages = await copiedPages(Number(args.origins));
const messages: ArticleExtractedV1[] = pages.map((p) => {
  const result = extract(p.html, { url: p.url });
  const at = result.article.publishedAt ?? '2024-01-01T00:00:00+07:00';
  return { version: 1, url: p.url, fetchedUrl: p.url, fetchedAt: at, extractedAt: at, contentHash: createHash('sha256').update(p.html).digest('hex'), result };
});
const store = await openStore(args.mongo!, `bench_ingest_${process.pid}`);
try {
  const t0 = performance.now();
  for (const [i, msg] of messages.entries()) {
    await indexExtraction(store, msg);
    if ((i + 1) % 27 === 0) console.log(`  ${i + 1} articles, ${((i + 1) / ((performance.now() - t0) / 1000)).toFixed(2)}/s`);
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`indexer: ${messages.length} articles in ${s.toFixed(1)} s = ${(messages.length / s).toFixed(1)} articles/s (${await store.agreements.count()} agreements, ${await store.actors.count()} actors)`);
} finally {
  if (!args.keep) await store.db.dropDatabase();
  await store.close();
}
