import { CoopnewsError, ErrorCode } from '@coopnews/runtime';

/** HTTP status of each error code; codes not listed are server faults. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.INPUT_INVALID]: 400,
  [ErrorCode.SCHEMA_INVALID]: 400,
  [ErrorCode.UNAUTHORIZED]: 401,
  [ErrorCode.STORE_FAILED]: 503,
};

export function statusOf(err: CoopnewsError): number {
  const explicit = err.context.httpStatus;
  return typeof explicit === 'number' ? explicit : (STATUS[err.code] ?? 500);
}

export const notFound = (what: string, id: string): CoopnewsError =>
  new CoopnewsError(ErrorCode.NOT_FOUND, `no ${what} with id ${JSON.stringify(id)}`, { context: { what, id } });

/** A request that is well-formed but cannot be done in the record's present state. */
export const conflict = (message: string, context: Record<string, unknown> = {}): CoopnewsError =>
  new CoopnewsError(ErrorCode.INPUT_INVALID, message, { context: { ...context, httpStatus: 409 } });

export const badInput = (message: string, context: Record<string, unknown> = {}): CoopnewsError =>
  new CoopnewsError(ErrorCode.INPUT_INVALID, message, { context });
