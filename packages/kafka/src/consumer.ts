import kafkajs, { type Consumer, type Kafka, type KafkaMessage } from 'kafkajs';
import { Topics, type TopicKey, type TopicPayload, type PipelineErrorV1, type Stage } from '@coopnews/schema';
import { CoopnewsError, ErrorCode, isRetriable, isStoreError, type Logger } from '@coopnews/runtime';
import type { Publisher } from './producer.ts';
import { topicName } from './topics.ts';

export interface MessageMeta {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
}

export type Handler<K extends TopicKey> = (payload: TopicPayload<K>, meta: MessageMeta) => Promise<void>;
export type BatchHandler<K extends TopicKey> = (items: { payload: TopicPayload<K>; meta: MessageMeta }[]) => Promise<void>;

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
  /** The code of a handler failure that carries none (default: ERR_EXTRACT_FAILED for the extractor, else ERR_INTERNAL). */
  failureCode?: ErrorCode;
  /** Longest wait between two tries of a message while the database or broker is away. */
  maxBackoffMs?: number;
  /**
   * Takes the valid messages of a fetched batch together (at most `maxBatch` at once; their
   * offsets are committed after it). If it fails for good, the same messages go through
   * `handler` one by one, so only the bad one becomes a pipeline error.
   */
  batchHandler?: BatchHandler<K>;
  maxBatch?: number;
}

export interface RunningConsumer {
  /** Stops fetching, interrupts a message waiting out an outage (it stays uncommitted), leaves the group. Idempotent. */
  stop(): Promise<void>;
}

const MAX_INPUT = 64 * 1024;
// KafkaJS spreads its error classes into its CommonJS exports, which ESM cannot name statically.
const { KafkaJSError } = kafkajs;

/**
 * Thrown out of eachMessage when the consumer stops while a message waits out an outage: the
 * message is not resolved, so its offset is not committed and the next owner gets it again.
 * A KafkaJS error that is retriable, so KafkaJS neither logs it as a handler bug nor crashes.
 */
class Interrupted extends KafkaJSError {
  constructor(what: string) {
    super(`${what}: consumer stopping; left uncommitted`, { retriable: true });
  }
}

interface Ctx {
  log: Logger;
  what: string;
  heartbeat: () => Promise<void>;
  pause: () => () => void;
}

const rebalancing = (err: unknown) => {
  const type = (err as { type?: unknown }).type;
  return type === 'REBALANCE_IN_PROGRESS' || type === 'NOT_COORDINATOR_FOR_GROUP' || type === 'ILLEGAL_GENERATION' || type === 'UNKNOWN_MEMBER_ID';
};

/**
 * Consumes one topic: decodes and validates every message, then calls the handler.
 * - A message that is itself bad (undecodable, off-schema, or its handler fails for good)
 *   becomes a pipeline error with a code saying what failed, and the partition moves on.
 * - A retriable failure (database or broker unavailable) never does: the partition is paused,
 *   the message tried again with growing backoff (heartbeating meanwhile) until it succeeds,
 *   then the partition resumes. Offsets are committed only after the handler's effect.
 */
export async function runConsumer<K extends TopicKey>(opts: ConsumerOptions<K>): Promise<RunningConsumer> {
  let stopping = false;
  const topic = topicName(opts.topic, opts.prefix);
  const maxBackoffMs = opts.maxBackoffMs ?? 15_000;
  const failureCode = opts.failureCode ?? (opts.stage === 'extractor' ? ErrorCode.EXTRACT_FAILED : ErrorCode.INTERNAL);
  const consumer: Consumer = opts.kafka.consumer({
    groupId: opts.groupId,
    maxBytes: 16 * 1024 * 1024,
    // KafkaJS restarts a crashed consumer, even one crashing because we are disconnecting it
    // ("Restarting the consumer" after SIGTERM keeps the process alive): never while stopping.
    retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 30_000, restartOnFailure: async () => !stopping },
  });
  // A crash KafkaJS does not restart from (not retriable) would leave the service deaf: rejoin.
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart || stopping) return;
    opts.log.error({ err: payload.error, groupId: opts.groupId }, 'consumer crashed: rejoining in 5 s');
    setTimeout(() => void start().catch((err: unknown) => opts.log.error({ err }, 'consumer could not rejoin')), 5_000).unref();
  });

  const report = async (meta: MessageMeta, err: unknown, raw?: Buffer | null, url?: string): Promise<void> => {
    const e = err instanceof CoopnewsError ? err : undefined;
    const message: PipelineErrorV1 = {
      version: 1,
      stage: opts.stage,
      code: e?.code ?? (isStoreError(err) ? ErrorCode.STORE_FAILED : failureCode),
      message: err instanceof Error ? err.message : String(err),
      retriable: false,
      ...(url ? { url } : {}),
      at: new Date().toISOString(),
      context: { ...(e?.context ?? {}), topic: meta.topic, partition: meta.partition, offset: meta.offset, key: meta.key },
      ...(raw ? { input: raw.subarray(0, MAX_INPUT).toString('utf8') } : {}),
    };
    await opts.publisher.publish('pipelineErrors', meta.key ?? `${meta.topic}/${meta.partition}/${meta.offset}`, message);
  };

  /** Runs `fn` until it succeeds or fails for good; outages are waited out with the partition paused. */
  const untilDone = async (fn: () => Promise<void>, ctx: Ctx) => {
    let resume: (() => void) | undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        if (stopping) throw new Interrupted(ctx.what);
        try {
          await fn();
          return;
        } catch (err) {
          if (!isRetriable(err)) throw err;
          if (stopping) throw new Interrupted(ctx.what);
          resume ??= ctx.pause();
          const waitMs = Math.min(maxBackoffMs, 250 * 2 ** Math.min(attempt - 1, 10));
          ctx.log.warn({ err, attempt, waitMs }, 'database or broker unavailable: partition paused, trying again');
          await waitHeartbeating(waitMs, ctx.heartbeat);
        }
      }
    } finally {
      resume?.();
    }
  };

  const waitHeartbeating = async (ms: number, heartbeat: () => Promise<void>) => {
    const until = Date.now() + ms;
    while (!stopping && Date.now() < until) {
      await new Promise((r) => setTimeout(r, Math.min(1_000, until - Date.now())));
      // A rebalance takes the partition elsewhere: give it up uncommitted. A broker that is away cannot take heartbeats.
      await heartbeat().catch((err: unknown) => {
        if (rebalancing(err)) throw err;
      });
    }
  };

  const start = async () => {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: opts.fromBeginning ?? true });
    type Item = { payload: TopicPayload<K>; meta: MessageMeta; raw: Buffer | null; ctx: Ctx };
    // One message: its handler, or its pipeline error. Throws only to leave it uncommitted.
    const one = async ({ payload, meta, raw, ctx }: Item) => {
      try {
        await untilDone(() => opts.handler(payload, meta), ctx);
      } catch (err) {
        if (err instanceof Interrupted || rebalancing(err)) throw err;
        ctx.log.error({ err }, 'handler failed: sent to pipeline.errors');
        await untilDone(() => report(meta, err, raw, urlOf(payload)), ctx);
      }
    };
    /** Decodes one message; an invalid one is reported at once and yields nothing. */
    const decoded = async (t: string, partition: number, message: KafkaMessage, ctxOf: (meta: MessageMeta) => Ctx): Promise<Item | undefined> => {
      const meta: MessageMeta = { topic: t, partition, offset: message.offset, key: message.key?.toString() };
      const ctx = ctxOf(meta);
      const payload = decode(opts.topic, message, meta);
      if (!(payload instanceof CoopnewsError)) return { payload, meta, raw: message.value, ctx };
      ctx.log.warn({ err: payload }, 'invalid message: sent to pipeline.errors');
      await untilDone(() => report(meta, payload, message.value), ctx);
      return undefined;
    };
    if (!opts.batchHandler) {
      await consumer.run({
        eachMessage: async ({ topic: t, partition, message, heartbeat, pause }) => {
          const item = await decoded(t, partition, message, (meta) => ({ log: opts.log.child(meta), what: `${t}[${partition}]@${meta.offset}`, heartbeat, pause }));
          if (item) await one(item);
        },
      });
      return;
    }
    const batchHandler = opts.batchHandler;
    const maxBatch = opts.maxBatch ?? 32;
    await consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, pause, commitOffsetsIfNecessary, isRunning, isStale }) => {
        const ctxOf = (meta: MessageMeta): Ctx => ({ log: opts.log.child(meta), what: `${batch.topic}[${batch.partition}]@${meta.offset}`, heartbeat, pause });
        const messages = batch.messages;
        for (let i = 0; i < messages.length && isRunning() && !isStale(); i += maxBatch) {
          const chunk = messages.slice(i, i + maxBatch);
          const items: Item[] = [];
          for (const message of chunk) {
            const item = await decoded(batch.topic, batch.partition, message, ctxOf);
            if (item) items.push(item);
          }
          if (items.length > 0) {
            const ctx = ctxOf(items[0]!.meta);
            try {
              await untilDone(() => batchHandler(items), { ...ctx, what: `${ctx.what}+${items.length - 1}` });
            } catch (err) {
              if (err instanceof Interrupted || rebalancing(err)) throw err;
              ctx.log.warn({ err, messages: items.length }, 'batch failed: taking its messages one by one');
              for (const item of items) await one(item);
            }
          }
          resolveOffset(chunk[chunk.length - 1]!.offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    });
  };
  await start();

  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await consumer.disconnect();
      })()),
  };
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
