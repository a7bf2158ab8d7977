import { createKafkaClient, createPublisher, ensureTopics, runConsumer, type RunningConsumer } from '@coopnews/kafka';
import { once, type Logger, type Service } from '@coopnews/runtime';
import { openStore, RecordCache, type Store } from '@coopnews/store';
import type { IndexerConfig } from './config.ts';
import { indexBatch, indexExtraction, type IndexReport } from './index-extraction.ts';
import { recordError, storePage, storePages } from './pages-and-errors.ts';

/**
 * Three consumers in one process: pages (kept for re-extraction), extraction results (the
 * records) and pipeline errors (the review queue). Agreement changes go out on their topic.
 * Extraction results are folded a fetched batch at a time (up to INDEXER_BATCH) over a cache
 * of the records earlier folds read and wrote: the indexer is the one writer that matters,
 * and the write epoch tells it when somebody else wrote.
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
      const cache = new RecordCache(config.INDEXER_CACHE_RECORDS);
      const published = async (msg: { url: string }, offset: string, report: IndexReport) => {
        for (const change of report.changes) await p.publish('agreementsChanged', change.agreementId, change);
        log.info({ url: msg.url, offset, article: report.article, actors: report.actors, agreements: report.agreements, programs: report.programs }, 'indexed');
      };
      const common = { kafka, publisher: p, stage: 'indexer' as const, log, prefix };
      consumers.push(
        await runConsumer({
          ...common,
          groupId: group('pages'),
          topic: 'articlesFetched',
          handler: async (msg) => void (await storePage(s, msg)),
          batchHandler: (items) => storePages(
            s,
            items.map((i) => i.payload),
          ),
          maxBatch: config.INDEXER_BATCH,
        }),
        await runConsumer({
          ...common,
          groupId: group('records'),
          topic: 'articlesExtracted',
          handler: async (msg, meta) => published(msg, meta.offset, await indexExtraction(s, msg, { cache })),
          batchHandler: async (items) => {
            const reports = await indexBatch(
              s,
              items.map((i) => i.payload),
              { cache },
            );
            for (const [i, item] of items.entries()) await published(item.payload, item.meta.offset, reports[i]!);
          },
          maxBatch: config.INDEXER_BATCH,
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
