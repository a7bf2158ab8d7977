import { z } from 'zod';

/** Codes are a const object, not an enum, so they can be listed and matched as strings. */
export const ErrorCode = {
  FETCH_TIMEOUT: 'ERR_FETCH_TIMEOUT',
  FETCH_HTTP: 'ERR_FETCH_HTTP',
  FETCH_TOO_LARGE: 'ERR_FETCH_TOO_LARGE',
  FETCH_BLOCKED: 'ERR_FETCH_BLOCKED',
  FETCH_NETWORK: 'ERR_FETCH_NETWORK',
  FEED_PARSE: 'ERR_FEED_PARSE',
  SCHEMA_INVALID: 'ERR_SCHEMA_INVALID',
  MESSAGE_DECODE: 'ERR_MESSAGE_DECODE',
  EXTRACT_EMPTY: 'ERR_EXTRACT_EMPTY',
  EXTRACT_OVER_BUDGET: 'ERR_EXTRACT_OVER_BUDGET',
  EXTRACT_NOT_TEXT: 'ERR_EXTRACT_NOT_TEXT',
  EXTRACT_FAILED: 'ERR_EXTRACT_FAILED',
  STORE_FAILED: 'ERR_STORE_FAILED',
  CONFIG_INVALID: 'ERR_CONFIG_INVALID',
  INPUT_INVALID: 'ERR_INPUT_INVALID',
  NOT_FOUND: 'ERR_NOT_FOUND',
  UNAUTHORIZED: 'ERR_UNAUTHORIZED',
  INTERNAL: 'ERR_INTERNAL',
} as const;
export const ErrorCodeSchema = z.enum(Object.values(ErrorCode) as [string, ...string[]]);
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const Stage = z.enum(['fetcher', 'extractor', 'indexer', 'api', 'cli']);
export type Stage = z.infer<typeof Stage>;
