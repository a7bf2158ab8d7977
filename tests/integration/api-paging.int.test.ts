import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type ZodApp } from '@coopnews/api';
import type { AgreementRecord, ErrorRecord, FeedSpec, ProgramRecord } from '@coopnews/schema';
import { openStore, type CorrectionRecord, type Store, type WatchEventRecord, type WebhookDeliveryRecord } from '@coopnews/store';
import { syntheticAgreements } from '../../bench/synthetic.ts';
import { uniqueName } from '../helpers/isolation.ts';
import { newFeedRecord } from '../../services/api/src/feeds/health.ts';

type Page<T> = { items: T[]; nextCursor?: string };

const program = (i: number, over: Partial<ProgramRecord> = {}): ProgramRecord => ({
  _id: `prg_${String(i).padStart(3, '0')}`,
  extractorVersion: 'test',
  confidence: 0.3 + (i % 7) / 10,
  dismissed: i % 11 === 0,
  articleIds: Array.from({ length: 1 + (i % 4) }, (_, k) => `art_${k}`),
  sources: [],
  mergeReasons: [],
  doubts: i % 5 === 0 ? ['ambiguous name'] : [],
  firstSeen: '2024-01-01T00:00:00Z',
  lastSeen: '2024-01-01T00:00:00Z',
  contributions: [],
  // Names repeat, so ties fall to the _id.
  name: `Program ${['Alpha', 'Beta', 'Gamma'][i % 3]}`,
  keys: [],
  aliases: i % 2 ? [`Kemitraan ${i}`] : [],
  organizerIds: i % 3 === 0 ? ['act_org'] : [],
  participantIds: [],
  ...over,
});

const error = (i: number): ErrorRecord => ({
  _id: `err_${String(i).padStart(3, '0')}`,
  stage: (['extractor', 'indexer', 'fetcher'] as const)[i % 3]!,
  code: 'ERR_TEST',
  message: `error ${i}`,
  retriable: false,
  firstAt: '2024-01-01T00:00:00Z',
  // Every time three errors at once: pages must break ties the same way each time.
  lastAt: `2024-02-${String(1 + Math.floor(i / 3)).padStart(2, '0')}T00:00:00Z`,
  count: 1,
  context: { feedUrl: i % 2 ? 'https://a.example/feed' : 'https://b.example/feed' },
  input: 'x'.repeat(100),
  review: i % 4 === 3 ? 'dismissed' : 'open',
});

/**
 * The lists that no longer read a whole collection: programs from their read model, errors
 * paged by the database with a keyset cursor, watch feeds, deliveries, corrections and the
 * review queue cut by the database or the read models. Paging must give every record once,
 * in order, whatever the page size.
 */
describe('api paging beyond agreements', () => {
  let store: Store;
  let app: ZodApp;
  const programs = Array.from({ length: 26 }, (_, i) => program(i));
  const errors = Array.from({ length: 23 }, (_, i) => error(i));

  const get = async <T,>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    return res.json<T>();
  };
  async function walk<T>(url: string, limit: number): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 500; guard++) {
      const page = await get<Page<T>>(`${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      all.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return all;
    }
    throw new Error(`${url}: cursor never ended`);
  }
  const programOrder = (a: ProgramRecord, b: ProgramRecord) => b.articleIds.length - a.articleIds.length || a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || (a._id < b._id ? -1 : 1);
  const errorOrder = (a: ErrorRecord, b: ErrorRecord) => b.lastAt.localeCompare(a.lastAt) || (a._id < b._id ? -1 : 1);

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('paging'));
    // Half the programs before the api starts (it builds from the records), half after (it catches up).
    for (const p of programs.slice(0, 13)) await store.programs.put(p);
    for (const e of errors) await store.errors.put(e);
    app = await buildApp({ store, auth: { readsNeedToken: false } });
    for (const p of programs.slice(13)) await store.programs.put(p);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
  });

  it('pages programs from the read model: each once, most-reported first, then name and _id', async () => {
    for (const limit of [1, 4, 50]) {
      const items = await walk<ProgramRecord>('/programs', limit);
      expect(items.map((p) => p._id)).toEqual(programs.filter((p) => !p.dismissed).sort(programOrder).map((p) => p._id));
      expect(items[0]).not.toHaveProperty('contributions');
    }
    const withDismissed = await walk<ProgramRecord>('/programs?includeDismissed=true', 5);
    expect(withDismissed).toHaveLength(programs.length);
    const q = await walk<ProgramRecord>('/programs?q=kemitraan%201', 3);
    expect(q.map((p) => p._id).sort()).toEqual(programs.filter((p) => !p.dismissed && p.aliases.some((a) => a.startsWith('Kemitraan 1'))).map((p) => p._id));
  });

  it('shows a program change on the next request, in lists, exports and the actor page', async () => {
    await store.programs.put(program(40, { name: 'Zeta renamed', articleIds: Array.from({ length: 9 }, (_, k) => `art_${k}`), organizerIds: ['act_org'] }));
    const first = await get<Page<ProgramRecord>>('/programs?limit=1');
    expect(first.items[0]!.name).toBe('Zeta renamed');
    const csv = (await app.inject({ method: 'GET', url: '/programs.csv?q=zeta' })).body.trim().split('\n');
    expect(csv).toHaveLength(2);
    await store.actors.put({
      _id: 'act_org',
      extractorVersion: 'test',
      confidence: 0.9,
      dismissed: false,
      articleIds: [],
      sources: [],
      mergeReasons: [],
      doubts: [],
      firstSeen: '2024-01-01T00:00:00Z',
      lastSeen: '2024-01-01T00:00:00Z',
      contributions: [],
      kind: 'organization',
      name: 'Organizer',
      keys: ['organizer'],
      aliases: [],
      roles: [],
    });
    const actor = await get<{ programs: ProgramRecord[]; agreementCount: number }>('/actors/act_org');
    const organized = [...programs, program(40, { name: 'Zeta renamed', articleIds: Array.from({ length: 9 }, (_, k) => `art_${k}`), organizerIds: ['act_org'] })].filter((p) => !p.dismissed && p.organizerIds.includes('act_org'));
    expect(actor.programs.map((p) => p._id).sort()).toEqual(organized.map((p) => p._id).sort());
    expect(actor.agreementCount).toBe(0);
  });

  it('pages errors in the database with a keyset cursor: each once, newest first, ties by _id', async () => {
    for (const limit of [1, 2, 5]) {
      const open = await walk<ErrorRecord>('/errors', limit);
      expect(open.map((e) => e._id)).toEqual(errors.filter((e) => e.review === 'open').sort(errorOrder).map((e) => e._id));
      expect(open[0]).not.toHaveProperty('input');
    }
    const all = await walk<ErrorRecord>('/errors?review=all', 4);
    expect(all.map((e) => e._id)).toEqual([...errors].sort(errorOrder).map((e) => e._id));
    const extractor = await walk<ErrorRecord>('/errors?stage=extractor&review=all', 2);
    expect(extractor.map((e) => e._id)).toEqual(errors.filter((e) => e.stage === 'extractor').sort(errorOrder).map((e) => e._id));
  });

  it('counts open extraction failures per feed without reading the errors', async () => {
    await store.feeds.put(newFeedRecord({ url: 'https://a.example/feed' } as FeedSpec, 'file', '2024-01-01T00:00:00Z'));
    const { feeds } = await get<{ feeds: { url: string; extractionFailures: number }[] }>('/feeds');
    const expected = errors.filter((e) => e.stage === 'extractor' && e.review === 'open' && e.context.feedUrl === 'https://a.example/feed').length;
    expect(feeds.find((f) => f.url === 'https://a.example/feed')?.extractionFailures).toBe(expected);
  });

  it('cuts watch feeds, deliveries and corrections to the newest `limit` in the database', async () => {
    const watchId = 'wat_test';
    await store.watches.put({ _id: watchId, name: 'all', filter: {}, createdAt: '2024-01-01T00:00:00Z' });
    const events: WatchEventRecord[] = Array.from({ length: 9 }, (_, i) => ({
      _id: `wev_${i}`,
      watchId,
      agreementId: `agr_${i}`,
      change: 'created',
      status: 'signed',
      type: 'mou',
      parties: [],
      sectors: [],
      summary: `agreement ${i}`,
      sourceUrl: `https://a.example/${i}`,
      at: `2024-03-01T00:00:0${i}Z`,
      matchedAt: `2024-03-0${1 + (i % 4)}T00:00:00Z`,
    }));
    for (const e of events) await store.watchEvents.put(e);
    await store.watchEvents.put({ ...events[0]!, _id: 'wev_other', watchId: 'wat_other', matchedAt: '2030-01-01T00:00:00Z' });
    const atom = (await app.inject({ method: 'GET', url: `/watches/${watchId}/feed.atom?limit=3` })).body;
    const newest = [...events].sort((a, b) => b.matchedAt.localeCompare(a.matchedAt) || b.at.localeCompare(a.at)).slice(0, 3);
    expect([...atom.matchAll(/agreement (\d)/g)].map((m) => `agreement ${m[1]}`).filter((s, i, xs) => xs.indexOf(s) === i)).toEqual(newest.map((e) => e.summary));

    const deliveries: WebhookDeliveryRecord[] = Array.from({ length: 6 }, (_, i) => ({ _id: `wev_${i}`, watchId, url: 'https://hook.example/', state: 'delivered', attempts: 1, statusCodes: [200], lastAttemptAt: `2024-03-0${1 + i}T00:00:00Z` }));
    for (const d of deliveries) await store.webhookDeliveries.put(d);
    const { items } = await get<{ items: WebhookDeliveryRecord[] }>(`/watches/${watchId}/deliveries?limit=2`);
    expect(items.map((d) => d._id)).toEqual(['wev_5', 'wev_4']);

    const corrections: CorrectionRecord[] = Array.from({ length: 7 }, (_, i) => ({ _id: `cor_${i}`, target: 'program', targetId: i % 2 ? 'prg_001' : 'prg_002', action: 'dismiss', at: `2024-04-0${1 + i}T00:00:00Z` }));
    for (const c of corrections) await store.corrections.put(c);
    expect((await get<CorrectionRecord[]>('/corrections?limit=3')).map((c) => c._id)).toEqual(['cor_6', 'cor_5', 'cor_4']);
    expect((await get<CorrectionRecord[]>('/corrections?targetId=prg_001&limit=2')).map((c) => c._id)).toEqual(['cor_5', 'cor_3']);
  });

  it('review queue: the least confident `limit` of each kind from the read models, with counts', async () => {
    const agreements = [...syntheticAgreements(12)].flatMap((s) => s.agreements).map((a, i): AgreementRecord => ({ ...a, confidence: 0.1 + i / 20, doubts: i % 4 === 0 ? ['check'] : [], dismissed: i === 1 }));
    for (const a of agreements) await store.agreements.put(a);
    const body = await get<{ agreements: AgreementRecord[]; programs: ProgramRecord[]; counts: Record<string, number> }>('/review/doubtful?limit=2');
    const doubtful = agreements.filter((a) => !a.dismissed && (a.doubts.length > 0 || a.confidence < 0.5)).sort((a, b) => a.confidence - b.confidence);
    expect(body.agreements.map((a) => a._id)).toEqual(doubtful.slice(0, 2).map((a) => a._id));
    expect(body.agreements[0]).not.toHaveProperty('contributions');
    expect(body.counts.agreements).toBe(doubtful.length);
    expect(body.programs).toHaveLength(2);
    expect(body.counts.programs).toBeGreaterThan(2);
  });
});
