import { createKafkaClient, createPublisher, ensureTopics, type Publisher } from '@coopnews/kafka';
import { once, type Logger, type Service } from '@coopnews/runtime';
import type { FetcherConfig } from './config.ts';
import { createFetcher } from './create-fetcher.ts';
import { loadFeedsFile } from './feeds-config.ts';
import type { Poller } from './poller.ts';

/** Polls the configured feeds and publishes each new or changed page to articles.fetched. */
export function createFetcherService(config: FetcherConfig, log: Logger): Service & { poller(): Poller | undefined } {
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-fetcher`, log });
  let publisher: Publisher | undefined;
  let poller: Poller | undefined;
  return {
    poller: () => poller,
    async start() {
      const { feeds } = await loadFeedsFile(config.FEEDS_FILE);
      await ensureTopics(kafka, config.TOPIC_PREFIX);
      publisher = await createPublisher(kafka, config.TOPIC_PREFIX);
      const p = publisher;
      poller = createFetcher({
        feeds,
        ...(config.SEEN_FILE ? { seenPath: config.SEEN_FILE } : {}),
        http: {
          allowPrivate: config.ALLOW_PRIVATE_ADDRESSES,
          respectRobots: config.RESPECT_ROBOTS,
          perHostDelayMs: config.HOST_DELAY_MS,
          perHostConcurrency: config.HOST_CONCURRENCY,
          timeoutMs: config.FETCH_TIMEOUT_MS,
          maxBodyBytes: config.MAX_PAGE_BYTES,
        },
        maxItemsPerFeed: config.FEED_ITEMS_PER_POLL,
        feedConcurrency: config.FEED_CONCURRENCY,
        publish: (msg) => p.publish('articlesFetched', msg.url, msg),
        publishError: (err) => p.publish('pipelineErrors', err.url ?? 'fetcher', err),
        log,
      });
      poller.start(config.POLL_INTERVAL_SECONDS * 1000);
    },
    stop: once(async () => {
      await poller?.stop();
      await publisher?.disconnect();
    }),
  };
}
