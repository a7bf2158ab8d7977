import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type ZodApp } from '@coopnews/api';
import { indexExtraction } from '@coopnews/indexer';
import type { ActorRecord, AgreementRecord } from '@coopnews/schema';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';
import { corpusPages, extractedOf, seedCorpus, type CorpusPage } from '../helpers/seed.ts';
import { parseCsv, checkXml } from './api-format-checks.ts';

const TOKEN = 'test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('api over the sample pages', () => {
  let store: Store;
  let app: ZodApp;
  let pages: CorpusPage[];

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('api'));
    ({ pages } = await seedCorpus(store, ['dev-001', 'dev-002', 'dev-003', 'dev-005', 'dev-006', 'dev-009', 'dev-010', 'dev-012']));
    app = await buildApp({ store, auth: { apiToken: TOKEN, readsNeedToken: false } });
  });
  afterAll(async () => {
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
  });

  const get = async <T = unknown>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().startsWith('application/json') ? (res.json() as T) : (undefined as T), text: res.body, headers: res.headers };
  };
  type Page<T> = { items: T[]; nextCursor?: string };

  it('answers /health with the state of MongoDB', async () => {
    expect((await get('/health')).body).toEqual({ status: 'ok', mongo: true });
  });

  it('lists relevant, undismissed agreements without contributions, newest first', async () => {
    const { status, body } = await get<Page<AgreementRecord>>('/agreements?limit=200');
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(3);
    for (const a of body.items) {
      expect(a).not.toHaveProperty('contributions');
      expect(a.relevant).toBe(true);
      expect(a.dismissed).toBe(false);
    }
    const days = body.items.map((a) => a.date ?? a.firstSeen.slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('filters by country, province, sector, status, dates, actor and free text', async () => {
    const all = (await get<Page<AgreementRecord>>('/agreements?limit=200')).body.items;
    const kr = (await get<Page<AgreementRecord>>('/agreements?country=KR&limit=200')).body.items;
    expect(kr.length).toBeGreaterThan(0);
    expect(kr.every((a) => a.countries.includes('KR'))).toBe(true);
    expect(kr.length).toBe(all.filter((a) => a.countries.includes('KR')).length);

    const jt = (await get<Page<AgreementRecord>>('/agreements?province=ID-JT&limit=200')).body.items;
    expect(jt.length).toBe(all.filter((a) => a.countries.includes('ID-JT')).length);

    const sector = all.flatMap((a) => a.sectors)[0]!;
    const bySector = (await get<Page<AgreementRecord>>(`/agreements?sector=${encodeURIComponent(sector)}&limit=200`)).body.items;
    expect(bySector.length).toBe(all.filter((a) => a.sectors.includes(sector)).length);

    const status = all[0]!.status;
    const byStatus = (await get<Page<AgreementRecord>>(`/agreements?status=${status}&limit=200`)).body.items;
    expect(byStatus.length).toBe(all.filter((a) => a.status === status).length);

    const since = (await get<Page<AgreementRecord>>('/agreements?since=2022-01-01&until=2022-12-31&limit=200')).body.items;
    const dayOf = (a: AgreementRecord) => a.date ?? a.firstSeen.slice(0, 10);
    expect(since.map((a) => a._id).sort()).toEqual(all.filter((a) => dayOf(a) >= '2022-01-01' && dayOf(a) <= '2022-12-31').map((a) => a._id).sort());

    const party = all[0]!.parties[0]!;
    const byId = (await get<Page<AgreementRecord>>(`/agreements?actor=${party.id}&limit=200`)).body.items;
    expect(byId.every((a) => a.partyIds.includes(party.id))).toBe(true);
    const byName = (await get<Page<AgreementRecord>>(`/agreements?actor=${encodeURIComponent(party.name.toUpperCase())}&limit=200`)).body.items;
    expect(byName.map((a) => a._id)).toEqual(expect.arrayContaining(byId.map((a) => a._id)));

    const word = all[0]!.summary.split(/\s+/).find((w) => w.length > 6)!;
    const byText = (await get<Page<AgreementRecord>>(`/agreements?q=${encodeURIComponent(word.toLowerCase())}&limit=200`)).body.items;
    expect(byText.map((a) => a._id)).toContain(all[0]!._id);
    // Regex characters in q are text, not patterns.
    expect((await get<Page<AgreementRecord>>('/agreements?q=.*')).body.items).toEqual([]);
  });

  it('pages with an opaque cursor: every agreement once, in order', async () => {
    for (const sort of ['-date', 'date', 'status']) {
      const whole = (await get<Page<AgreementRecord>>(`/agreements?sort=${sort}&limit=200`)).body.items.map((a) => a._id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await get<Page<AgreementRecord>>(`/agreements?sort=${sort}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((a) => a._id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(whole);
    }
  });

  it('rejects bad input with a body that says what, where and why', async () => {
    const res = await get<{ error: { code: string; message: string; where: string } }>('/agreements?limit=500&since=yesterday');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ERR_INPUT_INVALID');
    expect(res.body.error.where).toBe('GET /agreements');
    expect(res.body.error.message).toMatch(/limit/);
    expect(res.body.error.message).toMatch(/since/);
    const cursor = await get<{ error: { message: string } }>('/agreements?cursor=bm9wZQ');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.message).toMatch(/cursor/);
    // Dates are calendar dates, not text that looks like one.
    for (const day of ['2022-13-45', '2023-02-29']) {
      const bad = await get<{ error: { code: string; message: string } }>(`/agreements?since=${day}`);
      expect(bad.status, day).toBe(400);
      expect(bad.body.error.message).toMatch(/since/);
    }
    // A URL the router cannot decode: the same body shape and headers as every other error.
    const malformed = await get<{ error: { code: string; message: string; where: string } }>('/agreements/%E0%A4%A');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toEqual({ code: 'ERR_INPUT_INVALID', message: expect.stringMatching(/malformed URL/), where: expect.stringContaining('GET /agreements/') });
    expect(malformed.headers['content-security-policy']).toContain("default-src 'self'");
    expect(malformed.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 404 with a clear body for unknown records and routes', async () => {
    for (const url of ['/agreements/agr_missing', '/actors/act_missing', '/programs/pro_missing', '/articles/art_missing', '/errors/err_missing', '/watches/wat_missing/feed.atom']) {
      const res = await get<{ error: { code: string; message: string } }>(url);
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('ERR_NOT_FOUND');
      expect(res.body.error.message).toContain('missing');
    }
    expect((await get('/no/such/route')).status).toBe(404);
  });

  it('gives the full agreement with sources and status history, and an actor with its agreements', async () => {
    const first = (await get<Page<AgreementRecord>>('/agreements?limit=1')).body.items[0]!;
    const full = (await get<AgreementRecord>(`/agreements/${first._id}`)).body;
    expect(full.contributions.length).toBeGreaterThan(0);
    expect(full.sources.length).toBeGreaterThan(0);
    expect(full.statusHistory.length).toBeGreaterThan(0);
    const actor = (await get<{ actor: ActorRecord; agreements: AgreementRecord[]; programs: unknown[] }>(`/actors/${first.partyIds[0]}`)).body;
    expect(actor.actor._id).toBe(first.partyIds[0]);
    expect(actor.agreements.map((a) => a._id)).toContain(first._id);
  });

  it('lists actors, programs, articles and review items', async () => {
    const actors = (await get<Page<ActorRecord>>('/actors?kind=place&limit=200')).body.items;
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((a) => a.kind === 'place')).toBe(true);
    expect((await get<Page<ActorRecord>>('/actors?country=KR')).body.items.every((a) => a.country?.startsWith('KR'))).toBe(true);
    expect((await get('/programs')).status).toBe(200);
    const articles = (await get<Page<{ _id: string; title: string; text?: string }>>('/articles?limit=200')).body.items;
    // Articles judged not about cooperation (dev-009, as extraction stands) are hidden by default.
    expect(articles.length).toBe(await store.articles.count({ relevant: true }));
    expect(articles.length).toBeLessThan(pages.length);
    expect(articles[0]).not.toHaveProperty('text');
    expect((await get<Page<unknown>>('/articles?includeIrrelevant=true&limit=200')).body.items.length).toBe(pages.length);
    const article = (await get<{ text: string; agreementIds: string[]; pageStored: boolean }>(`/articles/${articles[0]!._id}`)).body;
    expect(article.text.length).toBeGreaterThan(100);
    expect(article.pageStored).toBe(true);
    const doubtful = (await get<{ agreements: AgreementRecord[]; actors: ActorRecord[]; programs: unknown[] }>('/review/doubtful')).body;
    for (const r of [...doubtful.agreements, ...doubtful.actors]) expect(r.doubts.length > 0 || r.confidence < 0.5).toBe(true);
    const stats = (await get<{ month: string; key: string; count: number }[]>('/stats/agreements?by=status')).body;
    const total = stats.reduce((n, s) => n + s.count, 0);
    expect(total).toBe((await get<Page<unknown>>('/agreements?limit=200')).body.items.length);
  });

  it('exports CSV, JSON lines and GraphML, well-formed and consistent with the list', async () => {
    const list = (await get<Page<AgreementRecord>>('/agreements?country=KR&limit=200')).body.items;
    const csv = await get('/agreements.csv?country=KR');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toContain('summary');
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(list.map((a) => a._id).sort());
    for (const r of rows) expect(r.length).toBe(rows[0]!.length);

    const jsonl = await get('/agreements.jsonl?country=KR');
    const lines = jsonl.text.trim().split('\n').map((l) => JSON.parse(l) as AgreementRecord);
    expect(lines.map((a) => a._id).sort()).toEqual(list.map((a) => a._id).sort());

    for (const kind of ['actors', 'programs', 'articles']) {
      const c = parseCsv((await get(`/${kind}.csv`)).text);
      for (const r of c) expect(r.length, kind).toBe(c[0]!.length);
      const j = (await get(`/${kind}.jsonl`)).text.trim();
      if (j) for (const l of j.split('\n')) expect(() => JSON.parse(l)).not.toThrow();
    }

    const graph = await get('/network.graphml');
    const { nodes, edges } = checkXml(graph.text);
    expect(nodes.size).toBeGreaterThan(1);
    expect(edges.length).toBeGreaterThan(0);
    for (const [s, t] of edges) expect(nodes.has(s) && nodes.has(t)).toBe(true);
  });

  it('serves an OpenAPI 3 document of the routes', async () => {
    const doc = (await get<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/agreements', '/agreements/{id}', '/actors/{id}/merge', '/watches']));
  });

  it('serves the web UI: index.html at / and its assets under /ui/', async () => {
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    const asset = /(?:src|href)="(\/ui\/[^"]+)"/.exec(index.body)?.[1];
    if (asset) expect((await app.inject({ method: 'GET', url: asset })).statusCode).toBe(200);
  });

  it('refuses writes without the token, and all writes when API_TOKEN is unset', async () => {
    const id = (await get<Page<AgreementRecord>>('/agreements?limit=1')).body.items[0]!._id;
    const payload = { fields: { summary: 'x' } };
    const none = await app.inject({ method: 'POST', url: `/agreements/${id}/correct`, payload });
    expect(none.statusCode).toBe(401);
    const wrong = await app.inject({ method: 'POST', url: `/agreements/${id}/correct`, payload, headers: { authorization: 'Bearer nope-nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    const readOnly = await buildApp({ store, auth: { readsNeedToken: false } });
    const refused = await readOnly.inject({ method: 'POST', url: `/agreements/${id}/dismiss`, headers: auth });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/API_TOKEN/);
    await readOnly.close();
    const locked = await buildApp({ store, auth: { apiToken: TOKEN, readsNeedToken: true } });
    expect((await locked.inject({ method: 'GET', url: '/agreements' })).statusCode).toBe(401);
    expect((await locked.inject({ method: 'GET', url: '/agreements', headers: auth })).statusCode).toBe(200);
    expect((await locked.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    await locked.close();
  });

  it('keeps a correction across re-extraction by a newer extractor', async () => {
    const page = pages.find((p) => p.id === 'dev-001')!;
    const article = (await get<Page<{ _id: string; url: string; agreementIds: string[] }>>('/articles?limit=200')).body.items.find((a) => a.url === page.url)!;
    const id = article.agreementIds[0]!;
    const res = await app.inject({ method: 'POST', url: `/agreements/${id}/correct`, headers: auth, payload: { fields: { status: 'in_force', summary: 'Corrected by review' }, by: 'tester' } });
    expect(res.statusCode).toBe(200);
    expect(res.json<AgreementRecord>().corrected).toEqual({ status: 'in_force', summary: 'Corrected by review' });

    const report = await indexExtraction(store, extractedOf(page, { extractorVersion: 'test-next' }));
    expect(report.article).toBe('updated');
    const after = (await get<AgreementRecord>(`/agreements/${id}`)).body;
    expect(after.extractorVersion).toBe('test-next');
    expect(after.status).toBe('in_force');
    expect(after.summary).toBe('Corrected by review');
    const history = (await get<{ targetId: string; action: string; by: string }[]>(`/corrections?targetId=${id}`)).body;
    expect(history).toEqual([expect.objectContaining({ targetId: id, action: 'edit', by: 'tester' })]);
  });

  it('dismisses a record: hidden from lists unless asked for', async () => {
    const id = (await get<Page<AgreementRecord>>('/agreements?sort=date&limit=1')).body.items[0]!._id;
    expect((await app.inject({ method: 'POST', url: `/agreements/${id}/dismiss`, headers: auth })).statusCode).toBe(200);
    expect((await get<Page<AgreementRecord>>('/agreements?limit=200')).body.items.map((a) => a._id)).not.toContain(id);
    expect((await get<Page<AgreementRecord>>('/agreements?includeDismissed=true&limit=200')).body.items.map((a) => a._id)).toContain(id);
  });

  it('merges two actors: contributions, references and name lookups move; a re-index keeps them merged', async () => {
    // Two organizations reported by different articles, the second a party to an agreement.
    const agreements = (await get<Page<AgreementRecord>>('/agreements?limit=200')).body.items;
    const orgs = (await get<Page<ActorRecord>>('/actors?kind=organization&limit=200')).body.items;
    const withParty = agreements.find((a) => a.parties.some((p) => p.kind === 'organization'))!;
    const otherId = withParty.parties.find((p) => p.kind === 'organization')!.id;
    const other = (await get<{ actor: ActorRecord }>(`/actors/${otherId}`)).body.actor;
    // List items are slim (an article count, not the ids): the full actor says which articles.
    let keep: ActorRecord | undefined;
    for (const o of orgs.filter((o) => o._id !== otherId)) {
      const full = (await get<{ actor: ActorRecord }>(`/actors/${o._id}`)).body.actor;
      if (!full.articleIds.some((a) => other.articleIds.includes(a))) {
        keep = full;
        break;
      }
    }
    const keepId = keep!._id;
    const across = await app.inject({ method: 'POST', url: `/actors/${keepId}/merge`, headers: auth, payload: { otherId: withParty.parties.find((p) => p.kind !== 'organization')?.id ?? 'act_missing' } });
    expect([404, 409]).toContain(across.statusCode);
    const res = await app.inject({ method: 'POST', url: `/actors/${keepId}/merge`, headers: auth, payload: { otherId, by: 'tester' } });
    expect(res.statusCode).toBe(200);
    expect((await get(`/actors/${otherId}`)).status).toBe(404);
    const merged = (await get<{ actor: ActorRecord; agreements: AgreementRecord[] }>(`/actors/${keepId}`)).body;
    expect(merged.actor.contributions.length).toBe(keep!.contributions.length + other.contributions.length);
    expect(merged.actor.keys).toEqual(expect.arrayContaining(other.keys));
    expect(merged.agreements.map((a) => a._id)).toContain(withParty._id);
    const all = (await get<Page<AgreementRecord>>('/agreements?includeDismissed=true&includeIrrelevant=true&limit=200')).body.items;
    expect(all.filter((a) => a.partyIds.includes(otherId))).toEqual([]);

    // The other actor's article, re-extracted: its name now resolves to the merged actor.
    const articleId = other.contributions[0]!.articleId;
    const url = other.contributions[0]!.url;
    const page = (await corpusPages()).find((p) => p.url === url)!;
    await indexExtraction(store, extractedOf(page, { extractorVersion: 'test-merge' }));
    expect(await store.actors.get(otherId)).toBeNull();
    const again = (await get<{ actor: ActorRecord }>(`/actors/${keepId}`)).body.actor;
    expect(again.contributions.filter((c) => c.articleId === articleId).length).toBeGreaterThan(0);
    const history = (await get<{ action: string; otherId: string }[]>(`/corrections?targetId=${keepId}`)).body;
    expect(history).toContainEqual(expect.objectContaining({ action: 'merge', otherId }));
  });

  it('splits an actor by alias into a new actor (undoing the merge above)', async () => {
    const actors = (await get<Page<ActorRecord>>('/actors?limit=200')).body.items;
    let target: ActorRecord | undefined;
    let alias = '';
    for (const a of actors) {
      const full = (await get<{ actor: ActorRecord }>(`/actors/${a._id}`)).body.actor;
      const names = [...new Set(full.contributions.map((c) => c.name))];
      if (names.length >= 2) {
        target = full;
        alias = names[1]!;
        break;
      }
    }
    // The merge above left at least one actor named differently by two articles.
    expect(target).toBeDefined();
    if (!target) return;
    const res = await app.inject({ method: 'POST', url: `/actors/${target._id}/split`, headers: auth, payload: { aliases: [alias] } });
    expect(res.statusCode).toBe(200);
    const { created, actor } = res.json<{ created: ActorRecord; actor: ActorRecord }>();
    expect(created._id).not.toBe(target._id);
    expect((await get<{ actor: ActorRecord }>(`/actors/${created._id}`)).body.actor.contributions.every((c) => c.name === alias)).toBe(true);
    expect(actor.articleIds.length).toBeLessThan(target.articleIds.length + 1);
    const missing = await app.inject({ method: 'POST', url: `/actors/${target._id}/split`, headers: auth, payload: { aliases: ['No Such Name'] } });
    expect(missing.statusCode).toBe(409);
  });
});
