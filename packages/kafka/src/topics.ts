import type { Kafka } from 'kafkajs';
import { Topics, type TopicKey } from '@coopnews/schema';

/** The Kafka topic name of a topic key, with the deployment's prefix (tests isolate runs with it). */
export const topicName = (key: TopicKey, prefix = ''): string => prefix + Topics[key].name;

/** Creates every topic with several partitions, so two extractors can share the work. */
export async function ensureTopics(kafka: Kafka, prefix = '', numPartitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = (Object.keys(Topics) as TopicKey[]).map((k) => topicName(k, prefix)).filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })) });
    }
  } finally {
    await admin.disconnect();
  }
}
