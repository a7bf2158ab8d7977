import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { addressRange, guardedLookup, isPrivateAddress } from '@coopnews/net';

/**
 * Webhooks must not become a probe of our own network (SSRF): a receiver on a loopback, private
 * or otherwise non-public address is refused unless its host is in WEBHOOK_ALLOWED_HOSTS.
 * Checked twice: when a watch is saved (IP literals and localhost, for a clear 400) and when
 * connecting (every resolved address, so DNS cannot swap in a private one later).
 */
export type AllowedHosts = ReadonlySet<string>;

export const allowedHostsOf = (hosts: readonly string[] | undefined): AllowedHosts =>
  new Set((hosts ?? []).map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean));

/** Why `url` may not receive webhooks, judged from the URL alone; undefined when it may (names are checked again at connect). */
export function webhookTargetProblem(url: string, allowed: AllowedHosts): string | undefined {
  const host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (allowed.has(host)) return undefined;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is loopback`;
  if (isIP(host) !== 0 && isPrivateAddress(host)) return `${host} is not a public address (${addressRange(host)})`;
  return undefined;
}

export interface PostResult {
  status: number;
}

/**
 * POSTs `body` once; resolves with the status (redirects are not followed: a 3xx is the answer),
 * rejects on a refused target, a network error or the timeout.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, opts: { timeoutMs: number; allowed: AllowedHosts }): Promise<PostResult> {
  const problem = webhookTargetProblem(url, opts.allowed);
  if (problem !== undefined) return Promise.reject(new Error(`refused: ${problem}; list the host in WEBHOOK_ALLOWED_HOSTS to allow it`));
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      lookup: guardedLookup(opts.allowed),
      timeout: opts.timeoutMs,
    });
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.on('response', (res) => {
      clearTimeout(timer);
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.end(body);
  });
}
