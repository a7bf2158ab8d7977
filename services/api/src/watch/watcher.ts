import { runConsumer, type Kafka, type Publisher } from '@coopnews/kafka';
import { once, type Logger } from '@coopnews/runtime';
import type { Store } from '@coopnews/store';
import { matchChange } from './match.ts';
import { createDeliverer } from './webhook.ts';

export interface WatcherOptions {
  kafka: Kafka;
  /** Where messages that fail validation go (pipeline.errors). */
  publisher: Publisher;
  store: Store;
  log: Logger;
  groupId: string;
  prefix?: string;
  webhookAttempts: number;
  webhookTimeoutMs: number;
  webhookBaseDelayMs?: number;
  /** Hosts that may receive webhooks even on loopback or private addresses (WEBHOOK_ALLOWED_HOSTS). */
  webhookAllowedHosts?: readonly string[];
}

/** Consumes agreements.changed in its own group and turns matches into feed entries and webhooks. */
export async function startWatcher(opts: WatcherOptions): Promise<{ stop(): Promise<void> }> {
  const log = opts.log.child({ component: 'watcher' });
  const deliverer = createDeliverer({
    store: opts.store,
    log,
    attempts: opts.webhookAttempts,
    timeoutMs: opts.webhookTimeoutMs,
    ...(opts.webhookBaseDelayMs !== undefined ? { baseDelayMs: opts.webhookBaseDelayMs } : {}),
    ...(opts.webhookAllowedHosts !== undefined ? { allowedHosts: opts.webhookAllowedHosts } : {}),
  });
  const consumer = await runConsumer({
    kafka: opts.kafka,
    groupId: opts.groupId,
    topic: 'agreementsChanged',
    publisher: opts.publisher,
    stage: 'api',
    log,
    ...(opts.prefix !== undefined ? { prefix: opts.prefix } : {}),
    handler: async (change) => {
      const matched = await matchChange(opts.store, change, deliverer, log);
      if (matched.length) log.info({ agreementId: change.agreementId, status: change.status, watches: matched.map((m) => m.watchId) }, 'agreement change matched watches');
    },
  });
  return {
    stop: once(async () => {
      await consumer.stop();
      await deliverer.drain();
    }),
  };
}
