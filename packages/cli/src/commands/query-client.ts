import { Option, type Command } from 'commander';

/** How the CLI reaches the api: --api/--token, defaulting to COOPNEWS_API / COOPNEWS_TOKEN. */
export interface ApiTarget {
  api: string;
  token?: string | undefined;
}

export function withApiOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--api <url>', 'base URL of the coopnews api').env('COOPNEWS_API').default('http://127.0.0.1:8080'))
    .addOption(new Option('--token <token>', 'bearer token for writes (API_TOKEN of the api)').env('COOPNEWS_TOKEN'));
}

export class ApiCallError extends Error {}

/** Calls the api; a non-2xx answer becomes an ApiCallError carrying the api's own what/where/why. */
export async function callApi(target: ApiTarget, method: string, path: string, body?: unknown): Promise<Response> {
  const url = target.api.replace(/\/+$/, '') + path;
  const headers: Record<string, string> = {};
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch (err) {
    throw new ApiCallError(`cannot reach the api at ${target.api} (${method} ${path}): ${(err as Error).message}; is it running? (set --api or COOPNEWS_API)`);
  }
  if (!res.ok) {
    const text = await res.text();
    let detail = text.slice(0, 500);
    try {
      const e = (JSON.parse(text) as { error?: { code?: string; message?: string; where?: string } }).error;
      if (e) detail = `${e.code ?? ''}: ${e.message ?? ''}${e.where ? ` (${e.where})` : ''}`;
    } catch {
      // not JSON: keep the raw text
    }
    throw new ApiCallError(`${method} ${path} failed with HTTP ${res.status}: ${detail}`);
  }
  return res;
}

/** Runs an action; an error is printed on stderr as one line (the stack only with COOPNEWS_DEBUG=1) and the exit code set. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      const debug = process.env.COOPNEWS_DEBUG === '1' && !(err instanceof ApiCallError);
      process.stderr.write(`coopnews: ${err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err)}\n`);
      process.exitCode = 1;
    }
  };
}

/** Copies a response body to stdout as it arrives (exports can be large). */
export async function pipeToStdout(res: Response): Promise<void> {
  if (!res.body) return;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
  }
}
