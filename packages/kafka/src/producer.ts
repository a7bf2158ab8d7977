import { CompressionTypes, Partitioners, type Kafka, type Producer } from 'kafkajs';
import { Topics, type TopicKey, type TopicPayload } from '@coopnews/schema';
import { CoopnewsError, ErrorCode, shutdownSignal } from '@coopnews/runtime';
import { topicName } from './topics.ts';

export interface Publisher {
  /**
   * Validates the payload against its topic's schema, then sends it keyed by `key`. While the
   * broker is away it waits for it to come back; it gives up (retriable error) only on disconnect.
   */
  publish<K extends TopicKey>(topic: K, key: string, payload: TopicPayload<K>): Promise<void>;
  /** Gives sends in flight `graceMs` to finish, then fails them (retriable), and disconnects. */
  disconnect(graceMs?: number): Promise<void>;
}

export async function createPublisher(kafka: Kafka, prefix = ''): Promise<Publisher> {
  // Idempotent producer: a retried send is written once. KafkaJS keeps that guarantee only
  // with unlimited retries and one request in flight, so a send retries until the broker is
  // back (backing off up to 10 s); shutdown, not a retry count, ends the wait.
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const pending = new Set<(err: Error) => void>();
  const abandonAll = () => {
    for (const abandon of pending) abandon(new CoopnewsError(ErrorCode.INTERNAL, 'stopping while the broker is unavailable: not sent', { retriable: true }));
  };
  // On shutdown a send still waiting for the broker after a grace period gives up (retriable:
  // its message stays uncommitted upstream), so the consumers waiting on it can stop.
  shutdownSignal.addEventListener('abort', () => setTimeout(abandonAll, 3_000).unref(), { once: true });
  let closed: Promise<void> | undefined;
  return {
    async publish(topic, key, payload) {
      const parsed = Topics[topic].schema.safeParse(payload);
      if (!parsed.success) {
        throw new CoopnewsError(ErrorCode.SCHEMA_INVALID, `refusing to publish an invalid ${Topics[topic].name} message for ${key}: ${parsed.error.message}`, {
          context: { topic: Topics[topic].name, key, issues: parsed.error.issues },
        });
      }
      const name = topicName(topic, prefix);
      if (closed) throw new CoopnewsError(ErrorCode.INTERNAL, `cannot publish ${name}/${key}: the publisher is closed`, { retriable: true });
      let abandon: (err: Error) => void = () => undefined;
      const abandoned = new Promise<never>((_, reject) => (abandon = reject));
      pending.add(abandon);
      try {
        await Promise.race([producer.send({ topic: name, compression: CompressionTypes.GZIP, messages: [{ key, value: JSON.stringify(parsed.data) }] }), abandoned]);
      } finally {
        pending.delete(abandon);
      }
    },
    disconnect: (graceMs = 3_000) =>
      (closed ??= (async () => {
        const until = Date.now() + graceMs;
        while (pending.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
        abandonAll();
        await producer.disconnect();
      })()),
  };
}
