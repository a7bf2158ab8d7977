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
    const missing = (Object.keys(Topics) as TopicKey[]).filter((k) => !existing.has(topicName(k, prefix)));
    if (missing.length > 0) {
      await admin.createTopics({ waitForLeaders: true, topics: missing.map((k) => ({ topic: topicName(k, prefix), numPartitions, replicationFactor: 1, configEntries: configEntries(k) })) });
    }
  } finally {
    await admin.disconnect();
  }
}

/** A topic's own settings from its definition (e.g. compaction for feeds.changed). */
function configEntries(key: TopicKey): { name: string; value: string }[] {
  const def = Topics[key];
  return 'config' in def ? Object.entries(def.config).map(([name, value]) => ({ name, value })) : [];
}
