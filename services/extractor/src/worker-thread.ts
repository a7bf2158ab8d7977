import { parentPort, workerData } from 'node:worker_threads';
import type { PageBudget } from '@coopnews/extract';
import type { ArticleFetchedV1 } from '@coopnews/schema';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { extractPage } from './handler.ts';
import type { WorkerReply } from './isolated-extractor.ts';

/** Inside the worker: one fetched page in, one extraction (or a plain error) out. */
const port = parentPort;
if (!port) throw new Error('worker-thread.ts runs only as a worker thread');
const { budget } = workerData as { budget: PageBudget };

port.on('message', (msg: ArticleFetchedV1) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, out: extractPage(msg, { budget }) };
  } catch (err) {
    // Errors lose their class crossing threads; send what the main thread needs to rebuild one.
    const e = err instanceof CoopnewsError ? err : new CoopnewsError(ErrorCode.EXTRACT_FAILED, String(err));
    reply = { ok: false, code: e.code, message: e.message, context: e.context, retriable: e.retriable };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
