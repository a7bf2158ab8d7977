import { createKafkaClient, createPublisher, ensureTopics, runConsumer, type Publisher, type RunningConsumer } from '@coopnews/kafka';
import { once, type Logger, type Service } from '@coopnews/runtime';
import { pageBudget, type ExtractorConfig } from './config.ts';
import { startIsolatedExtractor, type IsolatedExtractor } from './isolated-extractor.ts';

export function createExtractorService(config: ExtractorConfig, log: Logger): Service {
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-extractor`, log });
  let publisher: Publisher | undefined;
  let consumer: RunningConsumer | undefined;
  let extractor: IsolatedExtractor | undefined;
  return {
    async start() {
      const x = (extractor = startIsolatedExtractor({ budget: pageBudget(config), timeoutMs: config.EXTRACT_TIMEOUT_MS, memoryMb: config.EXTRACT_MEMORY_MB, log }));
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
          const out = await x.extract(msg);
          await p.publish('articlesExtracted', out.url, out);
          log.debug({ url: out.url, actors: out.result.actors.length, agreements: out.result.agreements.length }, 'extracted');
        },
      });
    },
    stop: once(async () => {
      await consumer?.stop();
      await extractor?.close();
      await publisher?.disconnect();
    }),
  };
}
