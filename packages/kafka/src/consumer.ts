import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { Topics, type TopicKey, type TopicPayload, type PipelineErrorV1, type Stage } from '@coopnews/schema';
import { CoopnewsError, ErrorCode, isRetriable, type Logger } from '@coopnews/runtime';
import type { Publisher } from './producer.ts';
import { topicName } from './topics.ts';

export interface MessageMeta {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
}

export type Handler<K extends TopicKey> = (payload: TopicPayload<K>, meta: MessageMeta) => Promise<void>;

export interface ConsumerOptions<K extends TopicKey> {
  kafka: Kafka;
  groupId: string;
  topic: K;
  handler: Handler<K>;
  /** Where invalid messages and non-retriable failures go, with the reason. */
  publisher: Publisher;
  stage: Stage;
  log: Logger;
  prefix?: string;
  fromBeginning?: boolean;
  /** Attempts for a retriable failure before the consumer restarts from the last commit. */
  attempts?: number;
}

export interface RunningConsumer {
  /** Stops fetching, waits for the message in flight, commits and leaves the group. Idempotent. */
  stop(): Promise<void>;
}

const MAX_INPUT = 64 * 1024;

/**
 * Consumes one topic: decodes and validates every message, then calls the handler. A message
 * that fails validation, or whose handler fails for good, becomes a pipeline error and the
 * partition moves on; a retriable failure is retried, then rethrown so KafkaJS restarts.
 */
export async function runConsumer<K extends TopicKey>(opts: ConsumerOptions<K>): Promise<RunningConsumer> {
  const consumer: Consumer = opts.kafka.consumer({ groupId: opts.groupId, maxBytes: 16 * 1024 * 1024 });
  const topic = topicName(opts.topic, opts.prefix);
  const attempts = opts.attempts ?? 5;
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: opts.fromBeginning ?? true });

  const report = async (meta: MessageMeta, err: unknown, raw?: Buffer | null, url?: string): Promise<void> => {
    const e = err instanceof CoopnewsError ? err : undefined;
    const message: PipelineErrorV1 = {
      version: 1,
      stage: opts.stage,
      code: e?.code ?? ErrorCode.EXTRACT_FAILED,
      message: err instanceof Error ? err.message : String(err),
      retriable: false,
      ...(url ? { url } : {}),
      at: new Date().toISOString(),
      context: { ...(e?.context ?? {}), topic: meta.topic, partition: meta.partition, offset: meta.offset, key: meta.key },
      ...(raw ? { input: raw.subarray(0, MAX_INPUT).toString('utf8') } : {}),
    };
    await opts.publisher.publish('pipelineErrors', meta.key ?? `${meta.topic}/${meta.partition}/${meta.offset}`, message);
  };

  await consumer.run({
    eachMessage: async ({ topic: t, partition, message }) => {
      const meta: MessageMeta = { topic: t, partition, offset: message.offset, key: message.key?.toString() };
      const log = opts.log.child(meta);
      const payload = decode(opts.topic, message, meta);
      if (payload instanceof CoopnewsError) {
        log.warn({ err: payload }, 'invalid message: sent to pipeline.errors');
        await report(meta, payload, message.value);
        return;
      }
      for (let attempt = 1; ; attempt++) {
        try {
          await opts.handler(payload, meta);
          return;
        } catch (err) {
          if (isRetriable(err) && attempt < attempts) {
            log.warn({ err, attempt }, 'retriable failure: trying again');
            await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
            continue;
          }
          if (isRetriable(err)) throw err;
          log.error({ err }, 'handler failed: sent to pipeline.errors');
          await report(meta, err, message.value, urlOf(payload));
          return;
        }
      }
    },
  });

  let stopped: Promise<void> | undefined;
  return { stop: () => (stopped ??= consumer.disconnect()) };
}

function urlOf(payload: unknown): string | undefined {
  const url = (payload as { url?: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}

function decode<K extends TopicKey>(key: K, message: KafkaMessage, meta: MessageMeta): TopicPayload<K> | CoopnewsError {
  const where = `${meta.topic}[${meta.partition}]@${meta.offset}`;
  let json: unknown;
  try {
    json = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (err) {
    return new CoopnewsError(ErrorCode.MESSAGE_DECODE, `${where}: message is not JSON: ${(err as Error).message}`, { cause: err });
  }
  const parsed = Topics[key].schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return new CoopnewsError(ErrorCode.SCHEMA_INVALID, `${where}: message does not match ${Topics[key].name} v1: ${issues.join('; ')}`, {
      context: { issues: parsed.error.issues },
    });
  }
  return parsed.data as TopicPayload<K>;
}
