import { createKafkaClient, createPublisher, ensureTopics, runConsumer, type RunningConsumer } from '@coopnews/kafka';
import { once, type Logger, type Service } from '@coopnews/runtime';
import { openStore, type Store } from '@coopnews/store';
import type { IndexerConfig } from './config.ts';
import { indexExtraction } from './index-extraction.ts';
import { recordError, storePage } from './pages-and-errors.ts';

/**
 * Three consumers in one process: pages (kept for re-extraction), extraction results (the
 * records) and pipeline errors (the review queue). Agreement changes go out on their topic.
 */
export function createIndexerService(config: IndexerConfig, log: Logger): Service & { store(): Store | undefined } {
  let store: Store | undefined;
  const consumers: RunningConsumer[] = [];
  let publisher: Awaited<ReturnType<typeof createPublisher>> | undefined;
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-indexer`, log });
  const prefix = config.TOPIC_PREFIX;
  const group = (name: string) => `${prefix}${config.INDEXER_GROUP_ID}-${name}`;

  return {
    store: () => store,
    async start() {
      store = await openStore(config.MONGODB_URI, config.MONGODB_DB);
      const s = store;
      await ensureTopics(kafka, prefix);
      publisher = await createPublisher(kafka, prefix);
      const p = publisher;
      const common = { kafka, publisher: p, stage: 'indexer' as const, log, prefix };
      consumers.push(
        await runConsumer({ ...common, groupId: group('pages'), topic: 'articlesFetched', handler: async (msg) => void (await storePage(s, msg)) }),
        await runConsumer({
          ...common,
          groupId: group('records'),
          topic: 'articlesExtracted',
          handler: async (msg, meta) => {
            const report = await indexExtraction(s, msg);
            for (const change of report.changes) await p.publish('agreementsChanged', change.agreementId, change);
            log.info({ url: msg.url, offset: meta.offset, article: report.article, actors: report.actors, agreements: report.agreements, programs: report.programs }, 'indexed');
          },
        }),
        await runConsumer({ ...common, groupId: group('errors'), topic: 'pipelineErrors', handler: async (msg) => void (await recordError(s, msg)) }),
      );
    },
    stop: once(async () => {
      await Promise.all(consumers.map((c) => c.stop()));
      await publisher?.disconnect();
      await store?.close();
    }),
  };
}
