import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, startWatcher, type ZodApp } from '@coopnews/api';
import { indexExtraction, recordError } from '@coopnews/indexer';
import { createKafkaClient, createPublisher, ensureTopics, runConsumer, type Publisher, type RunningConsumer } from '@coopnews/kafka';
import type { ArticleFetchedV1 } from '@coopnews/schema';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';
import { logSink } from '../helpers/log-sink.ts';
import { waitFor } from '../helpers/wait.ts';
import { corpusPages, extractedOf, seedCorpus } from '../helpers/seed.ts';

const TOKEN = 'webhook-test-token';
const SECRET = 'shared-secret-for-hmac';
const auth = { authorization: `Bearer ${TOKEN}` };

interface Received {
  body: string;
  signature: string | undefined;
  at: number;
}

describe('watches: Atom feed and signed webhooks from agreements.changed', () => {
  const name = uniqueName('webhook');
  const prefix = `${name}.`;
  const { log } = logSink('api-test');
  let store: Store;
  let app: ZodApp;
  let publisher: Publisher;
  let watcher: { stop(): Promise<void> };
  let receiver: Server;
  let receiverUrl: string;
  const received: Received[] = [];
  let requests = 0;
  const kafka = createKafkaClient({ brokers: inject('kafkaBrokers'), clientId: name, log });

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), name);
    await ensureTopics(kafka, prefix, 1);
    publisher = await createPublisher(kafka, prefix);
    // The receiver fails the first request, so the delivery must be retried.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        if (req.url === '/always-fails') return void res.writeHead(500).end('down');
        requests++;
        if (requests === 1) return void res.writeHead(503).end('busy');
        received.push({ body, signature: req.headers['x-coopnews-signature']?.toString(), at: Date.now() });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    // The receiver is on loopback, which webhooks may reach only when the config allows its host.
    app = await buildApp({ store, publisher, auth: { apiToken: TOKEN, readsNeedToken: false }, webhookAllowedHosts: ['127.0.0.1'] });
    watcher = await startWatcher({ kafka, publisher, store, log, groupId: `${name}-watcher`, prefix, webhookAttempts: 4, webhookTimeoutMs: 2000, webhookBaseDelayMs: 100, webhookAllowedHosts: ['127.0.0.1'] });
  });

  afterAll(async () => {
    await watcher?.stop();
    await app?.close();
    await publisher?.disconnect();
    await new Promise((r) => receiver?.close(r));
    await store?.db.dropDatabase();
    await store?.close();
  });

  it('delivers a new matching agreement to the webhook (signed, retried) and the feed within seconds', async () => {
    const created = await app.inject({ method: 'POST', url: '/watches', headers: auth, payload: { name: 'Korea', filter: { country: 'KR' }, webhookUrl: receiverUrl, secret: SECRET } });
    expect(created.statusCode).toBe(201);
    const watch = created.json<{ _id: string; hasSecret: boolean; secret?: string }>();
    expect(watch.hasSecret).toBe(true);
    expect(watch).not.toHaveProperty('secret');
    const other = await app.inject({ method: 'POST', url: '/watches', headers: auth, payload: { name: 'Philippines only', filter: { country: 'PH' } } });
    const failing = await app.inject({ method: 'POST', url: '/watches', headers: auth, payload: { name: 'Korea, broken receiver', filter: { country: 'KR' }, webhookUrl: receiverUrl.replace('/hook', '/always-fails') } });
    expect(failing.json<{ secret?: string }>().secret).toMatch(/.{16,}/);
    expect(other.statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: '/watches', payload: { name: 'x' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/watches' })).json<{ items: unknown[] }>().items).toHaveLength(3);

    // The indexer's part: index a page about Korea now, publish its changes.
    const [page] = await corpusPages(['dev-001']);
    const report = await indexExtraction(store, extractedOf(page!, { extractedAt: new Date().toISOString() }));
    const korean = report.changes.filter((c) => c.parties.some((p) => p.country?.startsWith('KR')));
    expect(korean.length).toBeGreaterThan(0);
    const sent = Date.now();
    for (const change of report.changes) await publisher.publish('agreementsChanged', change.agreementId, change);

    const delivery = await waitFor(() => received[0], { timeoutMs: 20_000, what: 'a webhook delivery' });
    expect(delivery.at - sent).toBeLessThan(15_000);
    const expected = `sha256=${createHmac('sha256', SECRET).update(delivery.body).digest('hex')}`;
    expect(delivery.signature).toBe(expected);
    const payload = JSON.parse(delivery.body) as { watch: { id: string }; event: { agreementId: string } };
    expect(payload.watch.id).toBe(watch._id);
    const agreementIds = new Set(report.changes.map((c) => c.agreementId));
    expect(agreementIds.has(payload.event.agreementId)).toBe(true);

    const log1 = await waitFor(async () => {
      const d = await store.webhookDeliveries.find({ watchId: watch._id });
      // Several Korean agreements are delivered; the one that met the busy receiver was retried.
      return d.find((x) => x.state === 'delivered' && x.statusCodes[0] === 503);
    }, { what: 'a delivered webhook log after a retry' });
    expect(log1.statusCodes.slice(0, 2)).toEqual([503, 204]);
    expect(log1.attempts).toBe(2);
    const deliveries = (await app.inject({ method: 'GET', url: `/watches/${watch._id}/deliveries` })).json<{ items: { state: string }[] }>();
    expect(deliveries.items.length).toBeGreaterThan(0);

    const feed = (await app.inject({ method: 'GET', url: `/watches/${watch._id}/feed.atom` })).body;
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain(`/agreements/${payload.event.agreementId}`);
    expect(feed).toContain(page!.url);
    // A receiver that keeps failing gets a bounded number of attempts, then the delivery is marked failed.
    const failed = await waitFor(async () => (await store.webhookDeliveries.find({ watchId: failing.json<{ _id: string }>()._id })).find((d) => d.state === 'failed'), { what: 'a failed delivery' });
    expect(failed.attempts).toBe(4);
    expect(failed.statusCodes).toEqual([500, 500, 500, 500]);
    expect(failed.lastError).toMatch(/HTTP 500/);

    const otherFeed = (await app.inject({ method: 'GET', url: `/watches/${other.json<{ _id: string }>()._id}/feed.atom` })).body;
    expect(otherFeed).not.toContain('<entry>');

    // A replay of the same changes neither duplicates feed entries nor re-sends webhooks.
    const before = received.length;
    const entries = (await store.watchEvents.find({ watchId: watch._id })).length;
    for (const change of korean) await publisher.publish('agreementsChanged', change.agreementId, change);
    const marker = { ...korean[0]!, agreementId: 'agr_marker', at: new Date().toISOString() };
    await publisher.publish('agreementsChanged', marker.agreementId, marker);
    await waitFor(async () => (await store.watchEvents.find({ watchId: watch._id })).some((e) => e.agreementId === 'agr_marker'), { what: 'the marker change' });
    expect((await store.watchEvents.find({ watchId: watch._id })).length).toBe(entries + 1);
    await waitFor(() => received.length >= before + 1, { what: 'the marker webhook' });
    expect(received.slice(before).map((r) => (JSON.parse(r.body) as { event: { agreementId: string } }).event.agreementId)).toEqual(['agr_marker']);

    expect((await app.inject({ method: 'DELETE', url: `/watches/${watch._id}`, headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/watches/${watch._id}/feed.atom` })).statusCode).toBe(404);
  });

  it('retries a failed extraction by republishing the stored page on articles.fetched', async () => {
    const [page] = await corpusPages(['dev-002']);
    await seedCorpus(store, ['dev-002']);
    await recordError(store, { version: 1, stage: 'extractor', code: 'ERR_EXTRACT_FAILED', message: 'boom', retriable: false, url: page!.url, at: new Date().toISOString(), context: {} });
    const errors = (await app.inject({ method: 'GET', url: '/errors' })).json<{ items: { _id: string; url: string }[] }>().items;
    const error = errors.find((e) => e.url === page!.url)!;
    const seen: ArticleFetchedV1[] = [];
    const consumer: RunningConsumer = await runConsumer({
      kafka,
      groupId: `${name}-fetched`,
      topic: 'articlesFetched',
      publisher,
      stage: 'extractor',
      log,
      prefix,
      handler: async (msg) => void seen.push(msg),
    });
    try {
      const res = await app.inject({ method: 'POST', url: `/errors/${error._id}/retry`, headers: auth });
      expect(res.statusCode).toBe(200);
      const msg = await waitFor(() => seen.find((m) => m.url === page!.url), { timeoutMs: 30_000, what: 'the republished page' });
      expect(msg.html).toBe(page!.html);
      expect((await store.errors.get(error._id))?.review).toBe('retried');
      expect((await app.inject({ method: 'GET', url: '/errors?review=retried' })).json<{ items: unknown[] }>().items).toHaveLength(1);

      const article = (await app.inject({ method: 'GET', url: '/articles' })).json<{ items: { _id: string; url: string }[] }>().items.find((a) => a.url === page!.url)!;
      expect((await app.inject({ method: 'POST', url: `/extract/${article._id}/retry`, headers: auth })).statusCode).toBe(200);
      await waitFor(() => seen.filter((m) => m.url === page!.url).length >= 2, { timeoutMs: 30_000, what: 'the second republished page' });
      expect((await app.inject({ method: 'POST', url: `/errors/${error._id}/dismiss`, headers: auth })).json<{ review: string }>().review).toBe('dismissed');
    } finally {
      await consumer.stop();
    }
  });

  it('refuses webhooks to loopback, private and metadata addresses the config does not allow, and drops credentials', async () => {
    for (const webhookUrl of ['http://127.0.0.2:9/hook', 'http://localhost/hook', 'http://100.100.100.200/latest', 'http://[::ffff:10.0.0.1]/x']) {
      const res = await app.inject({ method: 'POST', url: '/watches', headers: auth, payload: { name: 'probe', webhookUrl } });
      expect(res.statusCode, webhookUrl).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(/webhookUrl .* is refused: .*(loopback|not a public address)/);
    }
    const withCredentials = await app.inject({ method: 'POST', url: '/watches', headers: auth, payload: { name: 'creds', filter: { country: 'ZZ' }, webhookUrl: 'https://user:pw@hooks.example/x' } }); // matches nothing here
    expect(withCredentials.statusCode).toBe(201);
    expect(withCredentials.json<{ webhookUrl: string }>().webhookUrl).toBe('https://hooks.example/x');
  });
});
