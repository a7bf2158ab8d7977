import { z } from 'zod';
import { CoopnewsError, ErrorCode } from './errors.ts';

/**
 * Parses the environment once against a zod schema. The error lists every bad variable at
 * once, so an operator fixes them in one go; the result is frozen and passed down.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): Readonly<z.infer<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new CoopnewsError(ErrorCode.CONFIG_INVALID, `invalid configuration:\n${lines.join('\n')}`, {
      context: { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  return Object.freeze(parsed.data);
}

/** Variables every service reads. */
export const BaseEnv = z.object({
  KAFKA_BROKERS: z.string().min(1).default('127.0.0.1:9092'),
  KAFKA_CLIENT_ID: z.string().default('coopnews'),
  /** Prefixes every topic name; tests use it to isolate runs on a shared broker. */
  TOPIC_PREFIX: z.string().default(''),
  MONGODB_URI: z.string().min(1).default('mongodb://127.0.0.1:27017'),
  MONGODB_DB: z.string().min(1).default('coopnews'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type BaseEnv = z.infer<typeof BaseEnv>;

/** For service mains: a bad configuration is a clear message on stderr and exit code 2, not a stack trace. */
export function loadConfigOrExit<S extends z.ZodType>(schema: S, service: string): Readonly<z.infer<S>> {
  try {
    return loadConfig(schema);
  } catch (err) {
    process.stderr.write(`${service}: ${(err as Error).message}\n`);
    process.exit(2);
  }
}
