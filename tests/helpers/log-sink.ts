import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@coopnews/runtime';

/** A logger whose JSON lines the test can read back. */
export function logSink(service = 'test'): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { log: createLogger({ service, level: 'debug', destination }), lines };
}
