import { runConsumer, type Kafka, type Publisher, type RunningConsumer } from '@coopnews/kafka';
import type { Logger } from '@coopnews/runtime';
import type { Store } from '@coopnews/store';
import { applyPoll, feedId } from './health.ts';

/**
 * Keeps feed health: folds every feeds.polled outcome from the fetcher into its feed's record.
 * One consumer group for all api instances, so each outcome is folded once.
 */
export function startFeedHealth(opts: { kafka: Kafka; publisher: Publisher; store: Store; log: Logger; groupId: string; prefix: string }): Promise<RunningConsumer> {
  return runConsumer({
    kafka: opts.kafka,
    groupId: opts.groupId,
    topic: 'feedsPolled',
    publisher: opts.publisher,
    stage: 'api',
    log: opts.log,
    prefix: opts.prefix,
    handler: async (poll) => {
      const known = await opts.store.feeds.get(feedId(poll.feedUrl));
      await opts.store.feeds.put(applyPoll(known, poll), known);
    },
  });
}
