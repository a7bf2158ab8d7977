import { createKafkaClient, createPublisher, ensureTopics, type Publisher } from '@coopnews/kafka';
import { once, type Logger, type Service } from '@coopnews/runtime';
import { openStore, type Store } from '@coopnews/store';
import { buildApp, type ZodApp } from './app.ts';
import type { ApiConfig } from './config.ts';
import { startWatcher } from './watch/watcher.ts';
import { startFeedHealth } from './feeds/health-consumer.ts';

/**
 * The api process: HTTP server plus the watcher. Stop order: close the HTTP server (in-flight
 * requests finish), stop the watcher (consumer, then webhook deliveries), flush the producer,
 * close Mongo.
 */
export function createApiService(config: ApiConfig, log: Logger): Service & { url(): string | undefined } {
  let store: Store | undefined;
  let publisher: Publisher | undefined;
  let app: ZodApp | undefined;
  let watcher: { stop(): Promise<void> } | undefined;
  let feedHealth: { stop(): Promise<void> } | undefined;
  let url: string | undefined;
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-api`, log });

  return {
    url: () => url,
    async start() {
      store = await openStore(config.MONGODB_URI, config.MONGODB_DB);
      await ensureTopics(kafka, config.TOPIC_PREFIX);
      publisher = await createPublisher(kafka, config.TOPIC_PREFIX);
      if (config.WATCHER_ENABLED) {
        watcher = await startWatcher({
          kafka,
          publisher,
          store,
          log,
          groupId: `${config.TOPIC_PREFIX}${config.WATCHER_GROUP_ID}`,
          prefix: config.TOPIC_PREFIX,
          webhookAttempts: config.WEBHOOK_ATTEMPTS,
          webhookTimeoutMs: config.WEBHOOK_TIMEOUT_MS,
          webhookAllowedHosts: config.WEBHOOK_ALLOWED_HOSTS,
        });
        feedHealth = await startFeedHealth({ kafka, publisher, store, log, groupId: `${config.TOPIC_PREFIX}${config.FEED_HEALTH_GROUP_ID}`, prefix: config.TOPIC_PREFIX });
      }
      app = await buildApp({ store, publisher, log, auth: { apiToken: config.API_TOKEN, readsNeedToken: config.READS_NEED_TOKEN }, uiDir: config.UI_DIR, webhookAllowedHosts: config.WEBHOOK_ALLOWED_HOSTS });
      url = await app.listen({ host: config.HOST, port: config.PORT });
      log.info({ url, writes: config.API_TOKEN ? 'token' : 'refused (API_TOKEN unset)' }, 'api listening');
    },
    stop: once(async () => {
      await app?.close();
      await watcher?.stop();
      await feedHealth?.stop();
      await publisher?.disconnect();
      await store?.close();
    }),
  };
}
