import { z } from 'zod';
import { BaseEnv } from '@coopnews/runtime';

const flag = z.enum(['true', 'false', '1', '0', '']).default('false').transform((v) => v === 'true' || v === '1');

export const ApiConfig = BaseEnv.extend({
  /** 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** Loopback by default: exposing the api is a deliberate choice. */
  HOST: z.string().default('127.0.0.1'),
  /** Bearer token for review writes and watches; unset means writes are refused. */
  API_TOKEN: z.string().min(8, 'API_TOKEN must be at least 8 characters').optional(),
  READS_NEED_TOKEN: flag,
  WATCHER_GROUP_ID: z.string().default('coopnews-api-watcher'),
  /** Consumer group that folds feeds.polled into feed health (one for all api instances). */
  FEED_HEALTH_GROUP_ID: z.string().default('coopnews-api-feed-health'),
  /** Turns the watcher off (e.g. a read-only replica of the api). */
  WATCHER_ENABLED: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Comma-separated hosts that may receive webhooks on loopback/private addresses (all others are refused). */
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((h) => h.trim()).filter(Boolean)),
  /** Where the web UI's files are; defaults to src/ui next to this file. */
  UI_DIR: z.string().optional(),
});
export type ApiConfig = z.infer<typeof ApiConfig>;
