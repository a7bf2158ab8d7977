export { createKafkaClient } from './client.ts';
export { ensureTopics, topicName } from './topics.ts';
export { consumerLag } from './lag.ts';
export { createPublisher, type Publisher } from './producer.ts';
export { runConsumer, type Handler, type BatchHandler, type MessageMeta, type RunningConsumer, type ConsumerOptions } from './consumer.ts';
export type { Kafka } from 'kafkajs';
