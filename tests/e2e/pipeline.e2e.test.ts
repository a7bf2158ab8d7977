import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createFetcherService, FetcherConfig } from '@coopnews/fetcher';
import { createExtractorService, ExtractorConfig } from '@coopnews/extractor';
import { createIndexerService, IndexerConfig } from '@coopnews/indexer';
import { ApiConfig, createApiService } from '@coopnews/api';
import { consumerLag, createKafkaClient } from '@coopnews/kafka';
import { loadConfig, type Service } from '@coopnews/runtime';
import { openStore, type Store } from '@coopnews/store';
import { startSampleFeed, type SampleFeed } from '../../scripts/sample-feed.ts';
import { logSink } from '../helpers/log-sink.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { waitFor } from '../helpers/wait.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const corpusDir = new URL('../../samples', import.meta.url).pathname;

/** Every stored record, keyed by collection, for before/after comparison. */
async function snapshot(store: Store) {
  const all = async (name: 'articles' | 'actors' | 'agreements' | 'programs' | 'errors' | 'keys') =>
    (await store[name].find({}, { sort: { _id: 1 } })).map((d) => JSON.stringify(d));
  return {
    articles: await all('articles'),
    actors: await all('actors'),
    agreements: await all('agreements'),
    programs: await all('programs'),
    keys: await all('keys'),
  };
}

describe('pipeline end to end: sample feed -> fetcher -> extractor -> indexer -> MongoDB', () => {
  const name = uniqueName('e2e');
  const env = {
    KAFKA_BROKERS: inject('kafkaBrokers'),
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DB: name,
    TOPIC_PREFIX: `${name}.`,
    LOG_LEVEL: 'warn',
  };
  const { log } = logSink('e2e');
  let feed: SampleFeed;
  let store: Store;
  const services: Service[] = [];
  let api: ReturnType<typeof createApiService>;
  let corpusSize = 0;

  beforeAll(async () => {
    corpusSize = (JSON.parse(await readFile(join(corpusDir, 'corpus.json'), 'utf8')) as { articles: unknown[] }).articles.length;
    feed = await startSampleFeed({ corpusDir });
    const dir = await mkdtemp(join(tmpdir(), 'coopnews-e2e-'));
    const feedsFile = join(dir, 'feeds.json');
    await writeFile(feedsFile, JSON.stringify({ feeds: [{ url: feed.feedUrl, canonicalSites: ['*'] }] }));
    store = await openStore(env.MONGODB_URI, env.MONGODB_DB);
    const fetcherEnv = { ...env, FEEDS_FILE: feedsFile, SEEN_FILE: join(dir, 'seen.json'), ALLOW_PRIVATE_ADDRESSES: 'true', HOST_DELAY_MS: '0', HOST_CONCURRENCY: '4', POLL_INTERVAL_SECONDS: '3600' };
    api = createApiService(loadConfig(ApiConfig, { ...env, PORT: '0' }), log);
    services.push(
      api,
      createIndexerService(loadConfig(IndexerConfig, env), log),
      createExtractorService(loadConfig(ExtractorConfig, env), log),
      createFetcherService(loadConfig(FetcherConfig, fetcherEnv), log),
    );
    for (const s of services) await s.start();
  });

  afterAll(async () => {
    for (const s of [...services].reverse()) await s.stop();
    await store?.db.dropDatabase();
    await store?.close();
    await feed?.close();
  });

  it('stores every article of the feed exactly once, with its records', async () => {
    const started = Date.now();
    await waitFor(async () => (await store.articles.count()) >= corpusSize || undefined, { timeoutMs: 90_000, what: `${corpusSize} articles in MongoDB` });
    console.log(`e2e: ${corpusSize} articles fetched, extracted and indexed in ${Date.now() - started} ms`);
    const articles = await store.articles.find({});
    expect(articles.map((a) => a.url).sort()).toEqual([...feed.urls].sort());
    // Keyed by canonical URL, not by the local address they were fetched from.
    for (const a of articles) expect(a.fetchedUrl.startsWith(feed.baseUrl)).toBe(true);
    // Every record an article names is stored, and cites that article.
    for (const a of articles) {
      for (const id of a.actorIds) expect((await store.actors.get(id))?.articleIds).toContain(a._id);
      for (const id of a.agreementIds) expect((await store.agreements.get(id))?.articleIds).toContain(a._id);
    }
    expect(await store.pages.count()).toBe(corpusSize);
  });

  it('serves what was indexed over the api', async () => {
    const base = api.url()!;
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ status: 'ok' });
    const page = (await (await fetch(`${base}/articles?limit=200&includeIrrelevant=true`)).json()) as { items: { url: string }[] };
    expect(page.items.map((a) => a.url).sort()).toEqual([...feed.urls].sort());
    const agreements = (await (await fetch(`${base}/agreements?limit=200&includeIrrelevant=true`)).json()) as { items: { _id: string }[] };
    expect(agreements.items.length).toBe(await store.agreements.count({ dismissed: false }));
  });

  it('replaying the fetched topic from the beginning changes no stored record', async () => {
    const before = await snapshot(store);
    const kafka = createKafkaClient({ brokers: env.KAFKA_BROKERS, clientId: 'e2e-replay', log });
    const replayGroup = `${env.TOPIC_PREFIX}replay`;
    // A second extractor group reads articles.fetched from offset 0 and republishes every result.
    const replay = createExtractorService(loadConfig(ExtractorConfig, { ...env, EXTRACTOR_GROUP_ID: 'replay' }), log);
    await replay.start();
    try {
      await waitFor(async () => (await consumerLag(kafka, replayGroup, 'articlesFetched', env.TOPIC_PREFIX)).lag === 0 || undefined, { timeoutMs: 60_000, what: 'replay extractor to catch up' });
      const indexerGroup = `${env.TOPIC_PREFIX}coopnews-indexer-records`;
      await waitFor(
        async () => {
          const { lag, total } = await consumerLag(kafka, indexerGroup, 'articlesExtracted', env.TOPIC_PREFIX);
          return (lag === 0 && total >= 2 * corpusSize) || undefined;
        },
        { timeoutMs: 60_000, what: 'indexer to consume the replayed results' },
      );
    } finally {
      await replay.stop();
    }
    expect(await snapshot(store)).toEqual(before);
  });
});
