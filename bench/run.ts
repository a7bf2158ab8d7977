import { parseArgs } from 'node:util';
import { benchExtract, formatTiming } from './extract.ts';

/**
 * Runs the benchmarks (for now: extraction) and prints one line per measurement.
 *   npm run bench -- [--corpus DIR] [--rounds N] [--warmup N]
 */
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus/dev' },
    rounds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    // The api bench needs a database: it runs when MONGODB_URI (or --mongo) names one.
    mongo: { type: 'string', default: process.env.MONGODB_URI },
  },
});

const opts = { corpus: values.corpus, rounds: Number(values.rounds), warmup: Number(values.warmup) };
console.log(`extract: ${opts.corpus}, ${opts.warmup} warm-up rounds, ${opts.rounds} timed rounds, one process, one core`);
for (const t of benchExtract(opts)) console.log(formatTiming(t));

if (values.mongo) {
  const { benchApi, formatApiTiming } = await import('./api.ts');
  const api = await benchApi({ mongo: values.mongo, rounds: 200, warmup: 20 });
  console.log(`api: ${api.pages} pages indexed (${api.agreements} agreements), 200 timed calls per query, app.inject`);
  for (const t of api.timings) console.log(formatApiTiming(t));
}
