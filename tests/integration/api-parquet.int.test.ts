import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type ZodApp } from '@coopnews/api';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';
import { seedCorpus } from '../helpers/seed.ts';
import { parseCsv } from './api-format-checks.ts';

type Json = Record<string, unknown>;
const ms = (s: unknown) => (typeof s === 'string' ? Date.parse(s) : null);
const day = (s: unknown) => (typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);
const urls = (sources: unknown) => [...new Set((sources as { url: string }[]).map((s) => s.url))];
const count = (ids: unknown) => (ids as unknown[]).length;
const citation = (c: unknown) => {
  const cite = c as Json | undefined;
  return { cite_outlet: cite?.outlet ?? null, cite_title: cite?.title ?? null, cite_date: day(cite?.date), cite_url: cite?.url ?? null, citation: cite?.text ?? null };
};

/**
 * What each Parquet row must hold, read from the same record's JSON export: written out here
 * rather than taken from the export's column table, so a wrong column or type shows up.
 */
const EXPECTED: Record<string, (j: Json) => Json> = {
  agreements: (a) => ({
    id: a._id, type: a.type, status: a.status, date: day(a.date ?? String(a.firstSeen).slice(0, 10)), month: a.month ?? null,
    parties: (a.parties as { name: string }[]).map((p) => p.name), party_ids: a.partyIds, countries: a.countries, sectors: a.sectors,
    summary: a.summary, outlets: a.outlets, source_urls: a.sourceUrls, confidence: a.confidence, relevant: a.relevant, dismissed: a.dismissed,
    first_seen: ms(a.firstSeen), last_seen: ms(a.lastSeen), extractor_version: a.extractorVersion, sources: a.sourceCount, quotes: a.quoteCount,
    ...citation(a.citation),
  }),
  actors: (a) => ({
    id: a._id, kind: a.kind, name: a.name, aliases: a.aliases, category: a.category ?? null, country: a.country ?? null, roles: a.roles,
    articles: a.articleCount, confidence: a.confidence, dismissed: a.dismissed, first_seen: ms(a.firstSeen), last_seen: ms(a.lastSeen),
  }),
  programs: (p) => ({
    id: p._id, name: p.name, acronym: p.acronym ?? null, kind: p.kind ?? null, aliases: p.aliases, organizer_ids: p.organizerIds,
    participant_ids: p.participantIds, articles: count(p.articleIds), source_urls: urls(p.sources), confidence: p.confidence,
    dismissed: p.dismissed, first_seen: ms(p.firstSeen), last_seen: ms(p.lastSeen), ...citation(p.citation), cite_quote: (p.citation as Json | undefined)?.quote ?? null,
  }),
  articles: (a) => ({
    id: a._id, url: a.url, title: a.title, outlet: a.outlet, published_at: ms(a.publishedAt), language: a.language, relevant: a.relevant,
    relevance: a.relevance, actors: count(a.actorIds), agreements: count(a.agreementIds), programs: count(a.programIds),
    extractor_version: a.extractorVersion, fetched_at: ms(a.fetchedAt),
  }),
  edges: (e) => ({
    agreement_id: e.agreementId, actor_id: e.actorId, actor_name: e.actorName ?? null, actor_kind: e.actorKind ?? null,
    actor_country: e.actorCountry ?? null, agreement_type: e.agreementType, agreement_status: e.agreementStatus, date: day(e.date), sectors: e.sectors,
  }),
};

/** The Parquet types a researcher's tools see for the columns that are not text. */
const TYPED = { date: 'DATE', cite_date: 'DATE', sources: 'INTEGER', quotes: 'INTEGER', first_seen: 'TIMESTAMP WITH TIME ZONE', published_at: 'TIMESTAMP WITH TIME ZONE', articles: 'INTEGER', confidence: 'DOUBLE', relevant: 'BOOLEAN', sectors: 'VARCHAR[]', party_ids: 'VARCHAR[]' } as const;

describe('Parquet exports of the sample data, read back by DuckDB', () => {
  let store: Store;
  let app: ZodApp;
  let duck: DuckDBConnection;
  let dir: string;

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('parquet'));
    await seedCorpus(store);
    app = await buildApp({ store, auth: { apiToken: undefined, readsNeedToken: false } });
    duck = await (await DuckDBInstance.create(':memory:')).connect();
    dir = await mkdtemp(join(tmpdir(), 'coopnews-parquet-'));
  });
  afterAll(async () => {
    duck?.closeSync();
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function exported(path: string) {
    const [parquet, jsonl, csv] = await Promise.all(['parquet', 'jsonl', 'csv'].map((ext) => app.inject({ method: 'GET', url: path.replace('.EXT', `.${ext}`) })));
    expect(parquet!.statusCode).toBe(200);
    expect(parquet!.headers['content-type']).toBe('application/vnd.apache.parquet');
    const file = join(dir, `${uniqueName('export')}.parquet`);
    await writeFile(file, parquet!.rawPayload);
    const types = Object.fromEntries((await duck.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRowObjectsJS().map((r) => [r.column_name, r.column_type]));
    // Dates as 'YYYY-MM-DD' and instants as epoch milliseconds, so both sides compare as plain values.
    const select = Object.entries(types).map(([c, t]) => (t === 'DATE' ? `strftime("${c}", '%Y-%m-%d') AS "${c}"` : String(t).startsWith('TIMESTAMP') ? `epoch_ms("${c}")::DOUBLE AS "${c}"` : `"${c}"`));
    const rows = (await duck.runAndReadAll(`SELECT ${select.join(', ')} FROM '${file}'`)).getRowObjectsJS() as Json[];
    const json = jsonl!.body.trim() ? jsonl!.body.trim().split('\n').map((l) => JSON.parse(l) as Json) : [];
    return { types, rows, json, header: parseCsv(csv!.body)[0], file };
  }

  for (const kind of Object.keys(EXPECTED)) {
    it(`/${kind}.parquet holds the rows of /${kind}.jsonl, typed, with the CSV's columns`, async () => {
      const { types, rows, json, header } = await exported(`/${kind}.EXT?includeIrrelevant=true`);
      expect(json.length, `${kind} in the sample data`).toBeGreaterThan(0);
      expect(Object.keys(types)).toEqual(header);
      for (const [column, type] of Object.entries(TYPED)) if (column in types) expect(types[column], column).toBe(type);
      expect(rows).toEqual(json.map((j) => expect.objectContaining(EXPECTED[kind]!(j))));
    });
  }

  it('takes the same filters as the other exports', async () => {
    const all = await exported('/agreements.EXT');
    const country = (all.json.flatMap((a) => a.countries as string[]).find((c) => !c.includes('-')) ?? 'KR');
    const some = await exported(`/agreements.EXT?country=${country}`);
    expect(some.rows.length).toBeGreaterThan(0);
    expect(some.rows.length).toBeLessThanOrEqual(all.rows.length);
    expect(some.rows.map((r) => r.id)).toEqual(some.json.map((j) => j._id));
    expect(some.rows.every((r) => (r.countries as string[]).includes(country))).toBe(true);
    const edges = await exported(`/edges.EXT?country=${country}`);
    expect(new Set(edges.rows.map((r) => r.agreement_id))).toEqual(new Set(some.rows.map((r) => r.id)));
  });

  it("runs the README's DuckDB recipe", async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('duckdb -c "');
    expect(start, 'the recipe in README.md').toBeGreaterThan(0);
    const recipe = readme.slice(start + 'duckdb -c "'.length, readme.indexOf(';"', start) + 1);
    const files = { 'agreements.parquet': (await exported('/agreements.EXT')).file, 'edges.parquet': (await exported('/edges.EXT')).file };
    const queries = recipe.split(';').map((q) => q.replace(/--.*$/gm, '').trim()).filter(Boolean);
    expect(queries.length).toBeGreaterThan(1);
    for (const q of queries) {
      const sql = q.replace(/'(agreements|edges)\.parquet'/g, (_m, name: string) => `'${files[`${name}.parquet` as keyof typeof files]}'`);
      expect((await duck.runAndReadAll(sql)).getRowObjectsJS().length, q).toBeGreaterThanOrEqual(0);
    }
  });
});
