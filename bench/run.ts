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
  },
});

const opts = { corpus: values.corpus, rounds: Number(values.rounds), warmup: Number(values.warmup) };
console.log(`extract: ${opts.corpus}, ${opts.warmup} warm-up rounds, ${opts.rounds} timed rounds, one process, one core`);
for (const t of benchExtract(opts)) console.log(formatTiming(t));
