import { randomUUID } from 'node:crypto';
import { consumerLag, createKafkaClient, createPublisher, ensureTopics, runConsumer, type Kafka, type Publisher, type RunningConsumer } from '@coopnews/kafka';
import { setTimeout as sleep } from 'node:timers/promises';
import { once, type Logger, type Service } from '@coopnews/runtime';
import type { FetcherConfig } from './config.ts';
import { createFetcher } from './create-fetcher.ts';
import { createFeedRegistry } from './feed-registry.ts';
import { loadFeedsFile } from './feeds-config.ts';
import type { Poller } from './poller.ts';

/**
 * Polls the configured feeds and publishes each new or changed page to articles.fetched. Feeds
 * come from FEEDS_FILE plus feeds.changed (read from its start by a group of this process only,
 * so every fetcher sees every change); each feed's poll outcome goes to feeds.polled.
 */
export function createFetcherService(config: FetcherConfig, log: Logger): Service & { poller(): Poller | undefined } {
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-fetcher`, log });
  let publisher: Publisher | undefined;
  let poller: Poller | undefined;
  let feedChanges: RunningConsumer | undefined;
  let pollSoon: NodeJS.Timeout | undefined;
  // Changes applied so far, and how many of them the poll in flight (or last) started with.
  let changes = 0;
  let feedsReadAt = 0;
  /** Polls until a poll has started with every change applied (a call during a poll joins it). */
  const pollAfterChanges = async (): Promise<void> => {
    while (poller && feedsReadAt < changes) await poller.pollOnce({ dueOnly: true });
  };
  return {
    poller: () => poller,
    async start() {
      const { feeds } = await loadFeedsFile(config.FEEDS_FILE);
      await ensureTopics(kafka, config.TOPIC_PREFIX);
      publisher = await createPublisher(kafka, config.TOPIC_PREFIX);
      const p = publisher;
      const registry = createFeedRegistry(feeds);
      const groupId = `${config.TOPIC_PREFIX}fetcher-feeds-${randomUUID()}`;
      feedChanges = await runConsumer({
        kafka,
        groupId,
        topic: 'feedsChanged',
        fromBeginning: true,
        handler: async (change) => {
          registry.apply(change);
          // Poll soon after changes (debounced: a replay of the topic at start is one poll).
          clearTimeout(pollSoon);
          changes += 1;
          pollSoon = setTimeout(() => void pollAfterChanges().catch((err: unknown) => log.warn({ err }, 'poll after a feed change failed')), 500);
        },
        publisher: p,
        stage: 'fetcher',
        log,
        prefix: config.TOPIC_PREFIX,
      });
      // No poll before the changes published so far are applied: a feed of FEEDS_FILE that was
      // removed or paused through the api would otherwise be polled once after every restart.
      await replayFeedChanges(kafka, groupId, config.TOPIC_PREFIX, log);
      poller = createFetcher({
        feeds: () => {
          feedsReadAt = changes;
          return registry.active();
        },
        onFeedPolled: (outcome) => {
          p.publish('feedsPolled', outcome.feedUrl, { version: 1, ...outcome }).catch((err: unknown) => log.warn({ err, feedUrl: outcome.feedUrl }, 'could not publish the feed poll outcome'));
        },
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
        recheckAfterMs: config.PAGE_RECHECK_SECONDS * 1000,
        feedConcurrency: config.FEED_CONCURRENCY,
        publish: (msg) => p.publish('articlesFetched', msg.url, msg),
        publishError: (err) => p.publish('pipelineErrors', err.url ?? 'fetcher', err),
        log,
      });
      poller.start(config.POLL_INTERVAL_SECONDS * 1000);
    },
    stop: once(async () => {
      clearTimeout(pollSoon);
      await feedChanges?.stop();
      await poller?.stop();
      await publisher?.disconnect();
    }),
  };
}

/** How long a start waits for the feed changes before polling with the feeds it knows so far. */
const REPLAY_TIMEOUT_MS = 60_000;

/** Waits until this fetcher's group has handled every message on feeds.changed (its lag is 0), at most REPLAY_TIMEOUT_MS. */
async function replayFeedChanges(kafka: Kafka, groupId: string, prefix: string, log: Logger): Promise<void> {
  const deadline = Date.now() + REPLAY_TIMEOUT_MS;
  for (;;) {
    // A broker that is briefly away counts as "not yet": the consumer waits it out too.
    const lag = await consumerLag(kafka, groupId, 'feedsChanged', prefix).then((l) => l.lag, (err: unknown) => (err instanceof Error ? err.message : String(err)));
    if (lag === 0) return;
    if (Date.now() > deadline) {
      log.warn({ lag, groupId }, `feeds.changed not read to its end after ${REPLAY_TIMEOUT_MS / 1000} s: polling with the feeds known so far`);
      return;
    }
    await sleep(200);
  }
}
