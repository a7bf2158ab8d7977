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

/**
 * MongoDB driver errors that mean "the database is not reachable right now", not "this
 * document is bad": server selection, network errors and timeouts, a pool cleared by them.
 * Matched by name so that this package does not depend on the driver.
 */
const UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoPoolClearedError',
  'MongoWaitQueueTimeoutError',
  'MongoTopologyClosedError',
  'MongoNotConnectedError',
  'MongoOperationTimeoutError',
]);
/** KafkaJS gives up on a broker after its own retries with these; the broker may come back. */
const BROKER_GONE = new Set([
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSBrokerNotFound',
  'KafkaJSLockTimeout',
]);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTCONN']);

/**
 * One place decides retries: our own flag, an unavailable database or broker (whatever the
 * library's own flag says after it gave up), MongoDB's error labels, socket errors. Follows
 * `cause` of foreign errors, so a wrapped outage stays an outage.
 */
export function isRetriable(err: unknown): boolean {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    // Our own errors say it themselves (a fetch refused for good stays refused).
    if (e instanceof CoopnewsError) return e.retriable;
    const x = e as { name?: unknown; retriable?: unknown; hasErrorLabel?: (l: string) => boolean; code?: unknown };
    const name = String(x.name ?? '');
    if (UNAVAILABLE.has(name) || BROKER_GONE.has(name)) return true;
    if (x.retriable === true) return true;
    if (typeof x.hasErrorLabel === 'function' && ['RetryableWriteError', 'TransientTransactionError', 'ResetPool', 'NetworkError'].some((l) => x.hasErrorLabel!(l))) return true;
    if (SOCKET_CODES.has(String(x.code))) return true;
  }
  return false;
}

/** True when the error comes from the database driver (a storage failure, as opposed to bad input). */
export function isStoreError(err: unknown): boolean {
  for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (String((e as { name?: unknown }).name ?? '').startsWith('Mongo')) return true;
  }
  return false;
}
