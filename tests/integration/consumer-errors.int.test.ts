import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { Kafka, logLevel } from 'kafkajs';
import { createExtractorService, ExtractorConfig } from '@coopnews/extractor';
import { loadConfig, type Service } from '@coopnews/runtime';
import { Topics, type ArticleFetchedV1 } from '@coopnews/schema';
import { logSink } from '../helpers/log-sink.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { waitFor } from '../helpers/wait.ts';

const page = new URL('../../samples/dev-001.html', import.meta.url).pathname;

describe('a consumer meets bad input: errors go to pipeline.errors and the partition moves on', () => {
  const name = uniqueName('bad');
  const prefix = `${name}.`;
  const kafka = new Kafka({ brokers: inject('kafkaBrokers').split(','), clientId: name, logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const seen: { topic: string; key: string; value: Record<string, unknown> }[] = [];
  const consumer = kafka.consumer({ groupId: `${name}-watch` });
  const { log, lines } = logSink('extractor');
  let service: Service;

  beforeAll(async () => {
    service = createExtractorService(loadConfig(ExtractorConfig, { KAFKA_BROKERS: inject('kafkaBrokers'), TOPIC_PREFIX: prefix }), log);
    await service.start();
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [prefix + Topics.pipelineErrors.name, prefix + Topics.articlesExtracted.name], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) =>
        void seen.push({ topic: topic.slice(prefix.length), key: message.key?.toString() ?? '', value: JSON.parse(message.value!.toString()) as Record<string, unknown> }),
    });
  });
  afterAll(async () => {
    await service?.stop();
    await consumer.disconnect();
    await producer.disconnect();
  });

  it('routes undecodable, invalid and unextractable messages to pipeline.errors with the reason, then extracts a good page', async () => {
    const good: ArticleFetchedV1 = {
      version: 1,
      url: 'https://lintasjateng.example/good',
      fetchedUrl: 'http://127.0.0.1/good',
      fetchedAt: '2024-01-01T00:00:00.000Z',
      httpStatus: 200,
      contentHash: 'h1',
      html: await readFile(page, 'utf8'),
    };
    const empty = { ...good, url: 'https://x.example/empty', html: '<html><body><nav>menu</nav></body></html>' };
    // One partition key for all, so they queue on one partition behind each other.
    await producer.send({
      topic: prefix + Topics.articlesFetched.name,
      messages: [
        { key: 'k', value: 'not json {' },
        { key: 'k', value: JSON.stringify({ version: 2, url: 42 }) },
        { key: 'k', value: JSON.stringify(empty) },
        { key: 'k', value: JSON.stringify(good) },
      ],
    });
    await waitFor(() => seen.some((m) => m.topic === Topics.articlesExtracted.name) || undefined, { timeoutMs: 60_000, what: 'the good page extracted' });
    await waitFor(() => seen.filter((m) => m.topic === Topics.pipelineErrors.name).length >= 3 || undefined, { timeoutMs: 30_000, what: 'three pipeline errors' });
    const errors = seen.filter((m) => m.topic === Topics.pipelineErrors.name).map((m) => m.value);
    expect(errors.map((e) => e.code)).toEqual(['ERR_MESSAGE_DECODE', 'ERR_SCHEMA_INVALID', 'ERR_EXTRACT_EMPTY']);
    for (const e of errors) {
      expect(e.stage).toBe('extractor');
      expect(e.context).toMatchObject({ topic: prefix + Topics.articlesFetched.name, partition: expect.any(Number), offset: expect.any(String) });
    }
    expect(String(errors[1]!.message)).toMatch(/version|url/);
    expect(errors[2]!.url).toBe('https://x.example/empty');
    expect(errors[0]!.input).toBe('not json {');
    expect(lines.some((l) => l.msg === 'invalid message: sent to pipeline.errors')).toBe(true);
  });
});
