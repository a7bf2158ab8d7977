import type { Kafka } from 'kafkajs';
import type { TopicKey } from '@coopnews/schema';
import { topicName } from './topics.ts';

/**
 * Messages on a topic that a consumer group has not committed yet (summed over partitions),
 * and the topic's total size. Zero lag means the group has handled everything published so far.
 */
export async function consumerLag(kafka: Kafka, groupId: string, topic: TopicKey, prefix = ''): Promise<{ lag: number; total: number }> {
  const name = topicName(topic, prefix);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(name), admin.fetchOffsets({ groupId, topics: [name] })]);
    const done = new Map((committed[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
    let lag = 0;
    let total = 0;
    for (const p of ends) {
      const end = Number(p.high);
      total += end - Number(p.low);
      const at = done.get(p.partition) ?? -1;
      lag += at < 0 ? end - Number(p.low) : Math.max(0, end - at);
    }
    return { lag, total };
  } finally {
    await admin.disconnect();
  }
}
