import { Worker } from 'node:worker_threads';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import type { FeedOk } from './feed-reader.ts';

/** What the worker thread answers for one feed. */
export type IsolatedReply =
  | { ok: true; feed: FeedOk }
  | { ok: false; code: ErrorCode; message: string; context: Record<string, unknown>; retriable: boolean };

const ENTRY = new URL('./feed-parse-thread.mjs', import.meta.url);

/**
 * Parses a large feed in a worker thread of its own. xml2js parses synchronously: an 8 MB feed
 * (many items, deep nesting, thousands of attributes) held the event loop for 3-8 s, so the
 * deadline could not fire and the fetcher's Kafka heartbeats stalled. In a worker the event loop
 * stays free, and a parse over its deadline or memory is stopped with the thread.
 */
export function parseInWorker(text: string, baseUrl: string, options: { deadlineMs: number; memoryMb: number; outlet?: string | undefined }): Promise<FeedOk> {
  const fail = (why: string, cause?: unknown): CoopnewsError =>
    new CoopnewsError(ErrorCode.FEED_PARSE, `Feed ${baseUrl} could not be read: ${why}`, {
      retriable: false,
      context: { url: baseUrl, chars: text.length },
      ...(cause === undefined ? {} : { cause }),
    });
  return new Promise<FeedOk>((resolve, reject) => {
    const worker = new Worker(ENTRY, {
      workerData: { text, baseUrl, options: { outlet: options.outlet, deadlineMs: options.deadlineMs } },
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(fail(`parsing did not finish within ${options.deadlineMs} ms`))), options.deadlineMs);
    worker.once('message', (reply: IsolatedReply) =>
      finish(() => (reply.ok ? resolve(reply.feed) : reject(new CoopnewsError(reply.code, reply.message, { context: reply.context, retriable: reply.retriable })))),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fail(`parsing needed more than ${options.memoryMb} MB`, err) : fail(`the parser crashed: ${err.message}`, err))),
    );
    worker.once('exit', (code) => finish(() => reject(fail(`the parsing thread exited (code ${code})`))));
  });
}
