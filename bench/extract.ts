import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract, extractArticle } from '@coopnews/extract';
import { decodeHtml } from '../packages/cli/src/decode-html.ts';

/**
 * extract() over every page of a corpus, many times in one process on one core: warm-up rounds
 * first (JIT, caches), then each call timed on its own. The article stage is timed apart
 * because it has its own budget.
 */
export interface BenchOptions {
  corpus: string;
  rounds: number;
  warmup: number;
}

export interface Timing {
  name: string;
  calls: number;
  errors: number;
  meanMs: number;
  p95Ms: number;
  perSecond: number;
  /** CPU time per call (user + system): the honest figure when other processes share the cores. */
  cpuMeanMs: number;
}

export interface Page {
  url: string;
  html: string;
}

export function loadCorpus(dir: string): Page[] {
  const index = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { articles: { url: string; html: string }[] };
  return index.articles.map((a) => ({ url: a.url, html: decodeHtml(readFileSync(join(dir, a.html))) }));
}

/** Times `fn` on every page, rounds after warm-up; `fn` may return a promise (awaited inside its time). */
export async function time(name: string, pages: readonly Page[], opts: BenchOptions, fn: (p: Page) => unknown): Promise<Timing> {
  let errors = 0;
  const run = async (p: Page): Promise<void> => {
    try {
      await fn(p);
    } catch {
      errors++;
    }
  };
  for (let r = 0; r < opts.warmup; r++) for (const p of pages) await run(p);
  errors = 0;
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < opts.rounds; r++) {
    for (const p of pages) {
      const t0 = process.hrtime.bigint();
      await run(p);
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return summarize(name, samples, process.cpuUsage(cpu0), errors);
}

/** Per-call figures from wall-clock samples (ms) and the CPU the process used meanwhile. */
function summarize(name: string, samples: number[], cpu: NodeJS.CpuUsage, errors: number): Timing {
  samples.sort((a, b) => a - b);
  const total = samples.reduce((s, x) => s + x, 0);
  return {
    name,
    calls: samples.length,
    errors,
    meanMs: total / samples.length,
    p95Ms: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] ?? 0,
    perSecond: (samples.length / total) * 1000,
    cpuMeanMs: (cpu.user + cpu.system) / 1000 / samples.length,
  };
}

export async function benchExtract(opts: BenchOptions): Promise<Timing[]> {
  const pages = loadCorpus(resolve(opts.corpus));
  return [
    await time('extract() (all stages)', pages, opts, (p) => extract(p.html, { url: p.url })),
    await time('article stage (extractArticle)', pages, opts, (p) => extractArticle(p.html, { url: p.url })),
  ];
}

export function formatTiming(t: Timing): string {
  const errors = t.errors > 0 ? `  (${t.errors} calls threw)` : '';
  return `${t.name.padEnd(32)} mean ${t.meanMs.toFixed(3)} ms  p95 ${t.p95Ms.toFixed(3)} ms  ${t.perSecond.toFixed(0)} articles/s  (cpu ${t.cpuMeanMs.toFixed(3)} ms/article)  over ${t.calls} calls${errors}`;
}
