import type { Logger } from './logger.ts';

export interface Service {
  /** Connects and starts intake. */
  start(): Promise<void>;
  /**
   * Stops intake, waits for work in flight, commits, flushes, closes connections.
   * Must be idempotent: a second call returns the same promise.
   */
  stop(): Promise<void>;
}

const shutdown = new AbortController();
/**
 * Aborted when runService receives its stop signal. Waits that last as long as an outage
 * (a send waiting for the broker) end on it, so a service stops even while the broker is away.
 */
export const shutdownSignal: AbortSignal = shutdown.signal;

/** Wraps stop() so that repeated calls share one run. */
export function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

/**
 * Starts a service and stops it on the first SIGTERM or SIGINT. A second signal, or a stop
 * that outlasts `timeoutMs`, exits 1 so a stuck shutdown never hangs a deploy.
 */
export async function runService(service: Service, log: Logger, opts: { timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'stopping');
    shutdown.abort();
    const timer = setTimeout(() => {
      log.error({ timeoutMs }, 'stop timed out: exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    service.stop().then(
      () => {
        log.info('stopped');
        log.flush();
        // Exit now: a library timer left behind (a reconnect, a retry) must not hold the process.
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'stop failed');
        log.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    await service.start();
    log.info('started');
  } catch (err) {
    log.fatal({ err }, 'start failed');
    await service.stop().catch(() => undefined);
    log.flush();
    process.exit(1);
  }
}
