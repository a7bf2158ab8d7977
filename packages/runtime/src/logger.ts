import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * JSON logs to stdout (pretty only on a TTY), with service and version bound, credentials in
 * URIs and auth headers redacted.
 */
export function createLogger(opts: { service: string; level?: string; destination?: DestinationStream }): Logger {
  const pretty = !opts.destination && process.stdout.isTTY;
  return pino(
    {
      level: opts.level ?? 'info',
      base: { service: opts.service, version: process.env.npm_package_version },
      redact: { paths: ['req.headers.authorization', 'headers.authorization', 'token', '*.token'], censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
      formatters: { log: (obj) => redactUris(obj) },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { destination: 2 } } } : {}),
    },
    opts.destination ?? (pretty ? undefined : pino.destination(1)),
  );
}

const URI_CREDENTIALS = /(\w+:\/\/)[^/@\s:]+:[^/@\s]+@/g;

function redactUris(obj: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && v.includes('@')) obj[k] = v.replace(URI_CREDENTIALS, '$1[redacted]@');
  return obj;
}
