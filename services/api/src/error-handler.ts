import type { FastifyError } from 'fastify';
import type { ZodApp } from './app.ts';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import { statusOf } from './http-error.ts';

export interface ErrorBody {
  error: { code: string; message: string; where: string; issues?: { path: string; message: string }[] };
}

/**
 * The one place errors become HTTP responses: {error: {code, message, where}}. The message
 * says what went wrong and why; `where` names the route (and the field, for bad input).
 */
export function installErrorHandler(app: ZodApp): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ error: { code: ErrorCode.NOT_FOUND, message: `no route ${req.method} ${req.url.split('?')[0]}`, where: `${req.method} ${req.url}` } });
  });
  app.setErrorHandler((err: FastifyError | CoopnewsError | Error, req, reply) => {
    const where = `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`;
    if (hasZodFastifySchemaValidationErrors(err)) {
      const part = err.validationContext ?? 'request';
      const issues = err.validation.map((v) => ({ path: [part, ...String(v.instancePath).split('/').filter(Boolean)].join('.'), message: v.message ?? 'invalid' }));
      const body: ErrorBody = { error: { code: ErrorCode.INPUT_INVALID, message: `invalid ${part}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, where, issues } };
      return reply.code(400).send(body);
    }
    if (err instanceof CoopnewsError) {
      const status = statusOf(err);
      if (status >= 500) req.log.error({ err }, 'request failed');
      return reply.code(status).send({ error: { code: err.code, message: err.message, where } } satisfies ErrorBody);
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.code(500).send({ error: { code: 'ERR_RESPONSE_INVALID', message: `the stored data does not match the response schema: ${err.cause.message}`, where } });
    }
    const fe = err as FastifyError;
    if (fe.statusCode && fe.statusCode < 500) {
      return reply.code(fe.statusCode).send({ error: { code: fe.code ?? ErrorCode.INPUT_INVALID, message: fe.message, where } } satisfies ErrorBody);
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: { code: 'ERR_INTERNAL', message: `internal error: ${err.message}`, where } } satisfies ErrorBody);
  });
}
