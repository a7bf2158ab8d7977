import { resolve } from 'node:path';
import { DEFAULT_PAGE_BUDGET } from '@coopnews/extract';
import { startIsolatedExtractor } from '@coopnews/extractor';
import { createLogger } from '@coopnews/runtime';
import { loadCorpus, time, type BenchOptions, type Timing } from './extract.ts';

/**
 * What the extractor service pays per page: extract() in its worker thread, with the page sent
 * over and the result sent back (structured clone). CPU counts every thread of the process.
 */
export async function benchIsolated(opts: BenchOptions): Promise<Timing> {
  const pages = loadCorpus(resolve(opts.corpus));
  const extractor = startIsolatedExtractor({ budget: DEFAULT_PAGE_BUDGET, timeoutMs: 20_000, memoryMb: 512, log: createLogger({ service: 'bench', level: 'silent' }) });
  try {
    return await time('extractor worker (service path)', pages, opts, (p) =>
      extractor.extract({ version: 1, url: p.url, fetchedUrl: p.url, fetchedAt: new Date(0).toISOString(), httpStatus: 200, contentHash: p.url, html: p.html }),
    );
  } finally {
    await extractor.close();
  }
}
