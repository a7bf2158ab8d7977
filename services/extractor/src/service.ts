import { createKafkaClient, createPublisher, ensureTopics, runConsumer, type Publisher, type RunningConsumer } from '@coopnews/kafka';
import { once, type Logger, type Service } from '@coopnews/runtime';
import type { ExtractorConfig } from './config.ts';
import { extractPage } from './handler.ts';

export function createExtractorService(config: ExtractorConfig, log: Logger): Service {
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-extractor`, log });
  let publisher: Publisher | undefined;
  let consumer: RunningConsumer | undefined;
  return {
    async start() {
      await ensureTopics(kafka, config.TOPIC_PREFIX);
      publisher = await createPublisher(kafka, config.TOPIC_PREFIX);
      const p = publisher;
      consumer = await runConsumer({
        kafka,
        publisher: p,
        stage: 'extractor',
        log,
        prefix: config.TOPIC_PREFIX,
        groupId: config.TOPIC_PREFIX + config.EXTRACTOR_GROUP_ID,
        topic: 'articlesFetched',
        handler: async (msg) => {
          const out = extractPage(msg);
          await p.publish('articlesExtracted', out.url, out);
          log.debug({ url: out.url, actors: out.result.actors.length, agreements: out.result.agreements.length }, 'extracted');
        },
      });
    },
    stop: once(async () => {
      await consumer?.stop();
      await publisher?.disconnect();
    }),
  };
}
