import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, type ZodApp } from '@coopnews/api';
import type { AgreementRecord, ArticleRecord, Source } from '@coopnews/schema';
import { openStore, type Store } from '@coopnews/store';
import { uniqueName } from '../helpers/isolation.ts';
import { seedCorpus } from '../helpers/seed.ts';
import { parseCsv } from './api-format-checks.ts';

interface Citation {
  outlet: string;
  title?: string;
  date?: string;
  url: string;
  quote?: string;
  text: string;
}
interface SourceArticle {
  articleId: string;
  url: string;
  outlet: string;
  title?: string;
  publishedAt?: string;
  quotes: { quote: string; start: number; end: number }[];
  citation: Citation;
}
type Cited<T> = T & { sourceArticles: SourceArticle[]; citation?: Citation };
type ListItem = { _id: string; sourceCount: number; quoteCount: number; citation?: Citation };

/** Issue 9 part 3: a citation for every record, and sources counted by article, not by quote. */
describe('citations and sources by article over the sample pages', () => {
  let store: Store;
  let app: ZodApp;
  const get = async <T>(url: string): Promise<T> => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    return res.json<T>();
  };

  beforeAll(async () => {
    store = await openStore(inject('mongoUri'), uniqueName('cite'));
    await seedCorpus(store);
    app = await buildApp({ store, auth: { apiToken: undefined, readsNeedToken: false } });
  });
  afterAll(async () => {
    await app?.close();
    await store?.db.dropDatabase();
    await store?.close();
  });

  it('groups every record quote under its article, with the article title, and cites the earliest article with outlet, title, date, URL and quote', async () => {
    const list = (await get<{ items: ListItem[] }>('/agreements?limit=200&includeIrrelevant=true')).items;
    expect(list.length).toBeGreaterThan(3);
    let grouped = 0;
    for (const item of list) {
      const rec = await get<Cited<AgreementRecord>>(`/agreements/${item._id}`);
      const articleIds = new Set(rec.sources.map((s: Source) => s.articleId));
      expect(rec.sourceArticles.map((s) => s.articleId).sort()).toEqual([...articleIds].sort());
      expect(rec.sourceArticles.flatMap((s) => s.quotes.map((q) => q.quote)).sort()).toEqual(rec.sources.map((s) => s.quote).sort());
      // The list counts the same articles and quotes.
      expect(item.sourceCount).toBe(articleIds.size);
      expect(item.quoteCount).toBe(rec.sources.length);
      if (rec.sources.length > articleIds.size) grouped++;
      for (const s of rec.sourceArticles) {
        const article = await get<ArticleRecord>(`/articles/${s.articleId}`);
        expect(s.title).toBe(article.title);
        expect(s.citation).toMatchObject({ outlet: article.outlet, title: article.title, url: article.url, quote: s.quotes[0]!.quote });
        expect(s.citation.date).toBe(article.publishedAt?.slice(0, 10));
        for (const part of [article.outlet, article.title, article.url, s.quotes[0]!.quote, s.citation.date ?? 'n.d.']) expect(s.citation.text).toContain(part);
      }
      const dates = rec.sourceArticles.map((s) => s.publishedAt ?? '\uffff');
      expect(dates).toEqual([...dates].sort());
      expect(rec.citation).toEqual(rec.sourceArticles[0]!.citation);
      // The list's citation names the same article, without the quote (list rows hold none).
      const { quote: _quote, text: _text, ...where } = rec.citation!;
      expect(item.citation).toMatchObject(where);
      expect(item.citation?.quote).toBeUndefined();
    }
    // The sample data has records quoted more than once by one article: they are grouped, not counted twice.
    expect(grouped).toBeGreaterThan(0);
  });

  it('cites actors and programs by id too', async () => {
    const actor = (await get<{ items: { _id: string }[] }>('/actors?limit=1')).items[0]!;
    const { actor: a } = await get<{ actor: Cited<{ sources: Source[] }> }>(`/actors/${actor._id}`);
    expect(a.sourceArticles.length).toBe(new Set(a.sources.map((s) => s.articleId)).size);
    expect(a.citation?.text).toContain(a.sourceArticles[0]!.url);
    const program = (await get<{ items: { _id: string }[] }>('/programs?limit=1')).items[0];
    if (program) expect((await get<Cited<{ sources: Source[] }>>(`/programs/${program._id}`)).citation?.quote).toBeTruthy();
  });

  it('puts the citation in the exports', async () => {
    const list = (await get<{ items: ListItem[] }>('/agreements?limit=200')).items;
    const csv = parseCsv((await app.inject({ method: 'GET', url: '/agreements.csv' })).body);
    const header = csv[0]!;
    const col = (name: string) => header.indexOf(name);
    expect(header).toEqual(expect.arrayContaining(['cite_outlet', 'cite_title', 'cite_date', 'cite_url', 'citation', 'sources', 'quotes']));
    const byId = new Map(csv.slice(1).map((r) => [r[col('id')], r]));
    for (const item of list) {
      const row = byId.get(item._id)!;
      expect(row[col('citation')]).toBe(item.citation?.text ?? '');
      expect(row[col('cite_url')]).toBe(item.citation?.url ?? '');
      expect(Number(row[col('sources')])).toBe(item.sourceCount);
    }
    const jsonl = (await app.inject({ method: 'GET', url: '/agreements.jsonl' })).body.trim().split('\n').map((l) => JSON.parse(l) as ListItem);
    expect(jsonl.map((j) => j.citation)).toEqual(list.map((i) => i.citation));
  });
});
