import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from '@coopnews/runtime';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A KafkaJS client whose logs go to our pino logger. */
export function createKafkaClient(opts: { brokers: string; clientId: string; log: Logger }): Kafka {
  const kafkaLog = opts.log.child({ component: 'kafkajs' });
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers.split(',').map((b) => b.trim()).filter(Boolean),
    logLevel: logLevel.WARN,
    retry: { retries: 8, initialRetryTime: 200 },
    logCreator:
      () =>
      ({ namespace, level, log }: LogEntry) => {
        const { message, ...extra } = log;
        kafkaLog[LEVELS[level] ?? 'info']({ namespace, ...extra }, message);
      },
  });
}
