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
for (const t of await benchExtract(opts)) console.log(formatTiming(t));
console.log(formatTiming(await (await import('./isolated.ts')).benchIsolated(opts)));

if (values.mongo) {
  // A small run of the api bench; `npm run bench:api -- --agreements 100000` is the full one.
  const { benchApi } = await import('./api.ts');
  await benchApi({ mongo: values.mongo, agreements: 1000, rounds: 20, keep: false, apiRoot: new URL('..', import.meta.url).pathname });
}
