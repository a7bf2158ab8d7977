import { Worker } from 'node:worker_threads';
import type { PageBudget } from '@coopnews/extract';
import type { ArticleExtractedV1, ArticleFetchedV1 } from '@coopnews/schema';
import { CoopnewsError, ErrorCode, type Logger } from '@coopnews/runtime';
import { pageContext } from './handler.ts';

/** What the worker thread answers for one page. */
export type WorkerReply =
  | { ok: true; out: ArticleExtractedV1 }
  | { ok: false; code: ErrorCode; message: string; context: Record<string, unknown>; retriable: boolean };

export interface IsolatedExtractorOptions {
  budget: PageBudget;
  /** Wall time one page may take before its worker is stopped. */
  timeoutMs: number;
  /** Heap limit of the worker. */
  memoryMb: number;
  log: Logger;
}

export interface IsolatedExtractor {
  /** Extracts one page in the worker; pages queue, one at a time. */
  extract(msg: ArticleFetchedV1): Promise<ArticleExtractedV1>;
  close(): Promise<void>;
}

const ENTRY = new URL('./worker-thread.mjs', import.meta.url);

interface Thread {
  worker: Worker;
  /** Resolves once the extraction library is loaded (not counted in a page's time). */
  ready: Promise<void>;
}

/**
 * Runs extraction in a worker thread, so a page that is slow or huge despite the page budget
 * costs that page only: the event loop keeps serving Kafka and logs, and a page over the time
 * or memory limit has its worker stopped (a fresh one takes over) and becomes one
 * non-retriable ERR_EXTRACT_OVER_BUDGET error, so the partition moves on.
 */
export function startIsolatedExtractor(opts: IsolatedExtractorOptions): IsolatedExtractor {
  let thread: Thread | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const spawn = (): Thread => {
    // A young generation above the worker default: each page leaves megabytes of short-lived garbage.
    const resourceLimits = { maxOldGenerationSizeMb: opts.memoryMb, maxYoungGenerationSizeMb: 48 };
    const worker = new Worker(ENTRY, { workerData: { budget: opts.budget }, resourceLimits });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`extraction worker exited with code ${code} while starting`)));
    });
    // A start-up failure is reported by the page that waits for it; this keeps it from being unhandled.
    ready.catch(() => undefined);
    return { worker, ready };
  };

  /** Stops a thread (timeout, crash) and starts its successor now, so the next page finds it warm. */
  const replace = (t: Thread): void => {
    void t.worker.terminate();
    if (thread === t) thread = closed ? undefined : spawn();
  };

  const run = async (msg: ArticleFetchedV1): Promise<ArticleExtractedV1> => {
    if (closed) throw new CoopnewsError(ErrorCode.INTERNAL, 'extractor is closed', { retriable: true });
    const t = (thread ??= spawn());
    try {
      await t.ready;
    } catch (err) {
      if (thread === t) thread = undefined;
      // Not the page's fault: retriable, so the consumer retries and, failing that, restarts.
      throw new CoopnewsError(ErrorCode.INTERNAL, `extraction worker failed to start: ${(err as Error).message}`, { retriable: true, cause: err });
    }
    return new Promise<ArticleExtractedV1>((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        t.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      const refuse = (why: string, cause?: unknown): void => {
        settle();
        replace(t);
        opts.log.warn({ url: msg.url, why }, 'extraction stopped: page over budget');
        reject(
          new CoopnewsError(ErrorCode.EXTRACT_OVER_BUDGET, `cannot extract ${msg.url}: ${why}; its extraction was stopped`, {
            context: { ...pageContext(msg), timeoutMs: opts.timeoutMs, memoryMb: opts.memoryMb },
            cause,
          }),
        );
      };
      const onMessage = (reply: WorkerReply): void => {
        settle();
        if (reply.ok) resolve(reply.out);
        else reject(new CoopnewsError(reply.code, reply.message, { context: reply.context, retriable: reply.retriable }));
      };
      const onError = (err: Error & { code?: string }): void => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') refuse(`it needed more than ${opts.memoryMb} MB`, err);
        else {
          settle();
          replace(t);
          reject(new CoopnewsError(ErrorCode.EXTRACT_FAILED, `cannot extract ${msg.url}: extraction worker crashed: ${err.message}`, { context: pageContext(msg), cause: err }));
        }
      };
      const onExit = (code: number): void => refuse(`the extraction worker exited (code ${code})`);
      const timer = setTimeout(() => refuse(`it took longer than ${opts.timeoutMs} ms`), opts.timeoutMs);
      t.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      t.worker.postMessage(msg);
    });
  };

  // Started now, so the first page does not wait for the library to load.
  thread = spawn();
  return {
    extract(msg) {
      const result = queue.then(() => run(msg));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      await queue;
      const t = thread;
      thread = undefined;
      await t?.worker.terminate();
    },
  };
}
