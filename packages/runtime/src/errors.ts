import { ErrorCode } from '@coopnews/schema';

export { ErrorCode };

/** Base error: what went wrong (code, message), where (context), and whether trying again can help. */
export class CoopnewsError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  readonly context: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { retriable?: boolean; context?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CoopnewsError';
    this.code = code;
    this.retriable = opts.retriable ?? false;
    this.context = opts.context ?? {};
  }
}

/** One place decides retries: our own flag, KafkaJS's `retriable`, MongoDB's error labels. */
export function isRetriable(err: unknown): boolean {
  if (err instanceof CoopnewsError) return err.retriable;
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { retriable?: unknown; hasErrorLabel?: (l: string) => boolean; code?: unknown };
  if (typeof e.retriable === 'boolean') return e.retriable;
  if (typeof e.hasErrorLabel === 'function') {
    return e.hasErrorLabel('RetryableWriteError') || e.hasErrorLabel('TransientTransactionError') || e.hasErrorLabel('ResetPool');
  }
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(String(e.code));
}
