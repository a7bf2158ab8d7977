import { CompressionTypes, Partitioners, type Kafka, type Producer } from 'kafkajs';
import { Topics, type TopicKey, type TopicPayload } from '@coopnews/schema';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { topicName } from './topics.ts';

export interface Publisher {
  /** Validates the payload against its topic's schema, then sends it keyed by `key`. */
  publish<K extends TopicKey>(topic: K, key: string, payload: TopicPayload<K>): Promise<void>;
  disconnect(): Promise<void>;
}

export async function createPublisher(kafka: Kafka, prefix = ''): Promise<Publisher> {
  // Idempotent producer: a retried send is written once. KafkaJS needs one request in flight for it.
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  let closed: Promise<void> | undefined;
  return {
    async publish(topic, key, payload) {
      const parsed = Topics[topic].schema.safeParse(payload);
      if (!parsed.success) {
        throw new CoopnewsError(ErrorCode.SCHEMA_INVALID, `refusing to publish an invalid ${Topics[topic].name} message for ${key}: ${parsed.error.message}`, {
          context: { topic: Topics[topic].name, key, issues: parsed.error.issues },
        });
      }
      await producer.send({
        topic: topicName(topic, prefix),
        compression: CompressionTypes.GZIP,
        messages: [{ key, value: JSON.stringify(parsed.data) }],
      });
    },
    disconnect: () => (closed ??= producer.disconnect()),
  };
}
