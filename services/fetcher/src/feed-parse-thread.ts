import { parentPort, workerData } from 'node:worker_threads';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { parseFeedInProcess, type ParseOptions } from './feed-reader.ts';
import type { IsolatedReply } from './feed-parse-isolated.ts';

/** Inside the worker: one feed text in, its items (or a plain error) out, then the thread ends. */
const port = parentPort;
if (!port) throw new Error('feed-parse-thread.ts runs only as a worker thread');
const { text, baseUrl, options } = workerData as { text: string; baseUrl: string; options: ParseOptions };

let reply: IsolatedReply;
try {
  reply = { ok: true, feed: await parseFeedInProcess(text, baseUrl, options) };
} catch (err) {
  // Errors lose their class crossing threads; send what the main thread needs to rebuild one.
  const e = err instanceof CoopnewsError ? err : new CoopnewsError(ErrorCode.FEED_PARSE, `Feed ${baseUrl} could not be read: ${String(err)}`);
  reply = { ok: false, code: e.code, message: e.message, context: e.context, retriable: e.retriable };
}
port.postMessage(reply);
