// Manual smoke test: produce and consume one message through kafkajs (the
// client the services use). Needs `npm ci` first. Run: node infra/kafka/smoke.mjs
import { Kafka, logLevel } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? `127.0.0.1:${process.env.KAFKA_PORT ?? 9092}`).split(',');
const kafka = new Kafka({ clientId: 'coopnews-infra-smoke', brokers, logLevel: logLevel.WARN });
const topic = `infra-smoke-${Date.now()}`;
const t0 = Date.now();
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
await producer.connect();
await producer.send({ topic, messages: [{ key: 'k', value: 'x'.repeat(5 * 1024 * 1024) }] });
const consumer = kafka.consumer({ groupId: `${topic}-g` });
await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
const got = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no message within 30s')), 30000);
  consumer.run({ eachMessage: async ({ message, partition }) => { clearTimeout(timer); resolve({ partition, size: message.value.length }); } });
});
const admin = kafka.admin();
await admin.connect();
const md = await admin.fetchTopicMetadata({ topics: [topic] });
await admin.deleteTopics({ topics: [topic] });
await Promise.all([admin.disconnect(), consumer.disconnect(), producer.disconnect()]);
console.error(`ok: 5 MB message round trip on ${brokers} via partition ${got.partition} of ${md.topics[0].partitions.length}, ${Date.now() - t0} ms`);
