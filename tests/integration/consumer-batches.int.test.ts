import { afterAll, describe, expect, inject, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { createKafkaClient, createPublisher, ensureTopics, runConsumer, type RunningConsumer } from '@coopnews/kafka';
import { Topics, type AgreementChangedV1 } from '@coopnews/schema';
import { logSink } from '../helpers/log-sink.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { waitFor } from '../helpers/wait.ts';

const change = (agreementId: string): AgreementChangedV1 => ({
  version: 1,
  agreementId,
  change: 'created',
  status: 'signed',
  type: 'mou',
  parties: [],
  sectors: [],
  summary: agreementId,
  sourceUrl: `https://x.example/${agreementId}`,
  at: '2024-01-01T00:00:00Z',
});

describe('a consumer in batch mode', () => {
  const prefix = `${uniqueName('batches')}.`;
  const { log } = logSink('batches');
  const kafka = createKafkaClient({ brokers: inject('kafkaBrokers'), clientId: 'batches', log });
  const raw = new Kafka({ brokers: inject('kafkaBrokers').split(','), clientId: 'batches-raw', logLevel: logLevel.NOTHING });
  const running: RunningConsumer[] = [];
  afterAll(async () => {
    for (const c of running) await c.stop();
  });

  it('takes good batches whole, and when a batch fails for good takes its messages one by one: only the bad one is an error', async () => {
    await ensureTopics(kafka, prefix);
    const publisher = await createPublisher(kafka, prefix);
    const producer = raw.producer();
    await producer.connect();
    // All on one partition (one key), in this order: an undecodable message among valid ones, one of which the handlers refuse.
    const ids = ['a1', 'a2', 'bad', 'a3', 'a4'];
    const topic = prefix + Topics.agreementsChanged.name;
    await producer.send({ topic, messages: [{ key: 'k', value: JSON.stringify(change('a0')) }, { key: 'k', value: 'not json' }, ...ids.map((id) => ({ key: 'k', value: JSON.stringify(change(id)) }))] });
    await producer.disconnect();

    const batches: string[][] = [];
    const single: string[] = [];
    const errors: Record<string, unknown>[] = [];
    const refuse = (id: string) => {
      if (id === 'bad') throw new Error('refused: bad');
    };
    running.push(
      await runConsumer({
        kafka,
        publisher,
        log,
        prefix,
        stage: 'indexer',
        groupId: `${prefix}errors`,
        topic: 'pipelineErrors',
        handler: async (msg) => void errors.push(msg),
      }),
      await runConsumer({
        kafka,
        publisher,
        log,
        prefix,
        stage: 'indexer',
        groupId: `${prefix}batches`,
        topic: 'agreementsChanged',
        maxBatch: 3,
        batchHandler: async (items) => {
          batches.push(items.map((i) => i.payload.agreementId));
          for (const i of items) refuse(i.payload.agreementId);
        },
        handler: async (msg) => {
          refuse(msg.agreementId);
          single.push(msg.agreementId);
        },
      }),
    );
    await waitFor(() => errors.length === 2 && single.length === 2, { timeoutMs: 30_000, what: 'two errors and two single messages' });
    // Chunks of at most 3 messages: [a0, not json, a1] -> [a0, a1]; [a2, bad, a3] fails, then one by one; [a4].
    expect(batches[0]).toEqual(['a0', 'a1']);
    expect(batches[1]).toEqual(['a2', 'bad', 'a3']);
    expect(single).toEqual(['a2', 'a3']);
    await waitFor(() => batches.length === 3, { timeoutMs: 10_000, what: 'the third batch' });
    expect(batches[2]).toEqual(['a4']);
    expect(errors.map((e) => e.code).sort()).toEqual(['ERR_INTERNAL', 'ERR_MESSAGE_DECODE']);
    expect(errors.find((e) => e.code === 'ERR_INTERNAL')!.message).toBe('refused: bad');
  });
});
