import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@coopnews/runtime';
import type { Store, WatchEventRecord, WatchRecord, WebhookDeliveryRecord } from '@coopnews/store';
import { allowedHostsOf, postWebhook } from './webhook-target.ts';
import { withoutCredentials } from '@coopnews/net';

export interface DelivererOptions {
  store: Store;
  log: Logger;
  /** Attempts per event before the delivery is marked failed. */
  attempts: number;
  timeoutMs: number;
  /** First retry delay; each next one doubles (capped at a minute). */
  baseDelayMs?: number;
  /** Hosts that may receive webhooks even on loopback or private addresses (WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
}

export const signature = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** What a receiver gets: the watch, the change, and where to read the agreement. */
export function webhookBody(watch: WatchRecord, event: WatchEventRecord): string {
  return JSON.stringify(withoutCredentials({ watch: { id: watch._id, name: watch.name }, event }));
}

export interface Deliverer {
  /** Starts delivering in the background (the consumer does not wait for slow receivers). */
  enqueue(watch: WatchRecord, event: WatchEventRecord): void;
  /** Waits for deliveries in flight; no new ones start after it is called. */
  drain(): Promise<void>;
}

const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

export function createDeliverer(opts: DelivererOptions): Deliverer {
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  // Backoff waits end early on drain, so a shutdown never waits out a minute-long delay.
  const wake = new AbortController();
  const base = opts.baseDelayMs ?? 1000;
  const allowed = allowedHostsOf(opts.allowedHosts);

  async function deliver(watch: WatchRecord, event: WatchEventRecord): Promise<void> {
    const url = watch.webhookUrl!;
    const body = webhookBody(watch, event);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'coopnews-webhook/1', 'x-coopnews-event': event._id };
    if (watch.secret) headers['x-coopnews-signature'] = signature(watch.secret, body);
    let log: WebhookDeliveryRecord = (await opts.store.webhookDeliveries.get(event._id)) ?? { _id: event._id, watchId: watch._id, url, state: 'pending', attempts: 0, statusCodes: [] };
    while (log.state === 'pending' && log.attempts < opts.attempts) {
      if (log.attempts > 0) {
        await sleep(Math.min(60_000, base * 2 ** (log.attempts - 1)), undefined, { signal: wake.signal }).catch(() => undefined);
        if (draining) return;
      }
      const at = new Date().toISOString();
      let status: number | undefined;
      let error: string | undefined;
      try {
        ({ status } = await postWebhook(url, headers, body, { timeoutMs: opts.timeoutMs, allowed }));
        if (status < 200 || status >= 300) error = `receiver answered HTTP ${status}`;
      } catch (err) {
        error = `cannot POST to ${url}: ${(err as Error).message}`;
      }
      const attempts = log.attempts + 1;
      const failedForGood = error !== undefined && (attempts >= opts.attempts || (status !== undefined && !retryable(status)));
      log = {
        ...log,
        attempts,
        statusCodes: status === undefined ? log.statusCodes : [...log.statusCodes, status],
        ...(error ? { lastError: error } : {}),
        firstAttemptAt: log.firstAttemptAt ?? at,
        lastAttemptAt: at,
        state: error === undefined ? 'delivered' : failedForGood ? 'failed' : 'pending',
      };
      await opts.store.webhookDeliveries.put(log);
      if (error) opts.log[failedForGood ? 'error' : 'warn']({ watchId: watch._id, eventId: event._id, attempt: attempts, status, err: error }, failedForGood ? 'webhook delivery failed' : 'webhook delivery failed: will retry');
    }
  }

  return {
    enqueue(watch, event) {
      if (draining || !watch.webhookUrl) return;
      const p = deliver(watch, event)
        .catch((err: unknown) => opts.log.error({ err, watchId: watch._id, eventId: event._id }, 'webhook delivery crashed'))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    },
    async drain() {
      draining = true;
      wake.abort();
      await Promise.all([...inFlight]);
    },
  };
}
