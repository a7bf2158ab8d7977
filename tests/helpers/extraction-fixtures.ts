import type { Actor, Agreement, ArticleExtractedV1 } from '@coopnews/schema';

/** A hand-made extraction message: the indexer's input without running the extractor. */
export function extracted(opts: {
  url: string;
  outlet?: string;
  publishedAt: string;
  actors: Partial<Actor>[];
  agreements?: Partial<Agreement>[];
  version?: string;
  contentHash?: string;
}): ArticleExtractedV1 {
  const text = `Sample text of ${opts.url} about cooperation between the parties named here.`;
  const ev = [{ quote: text.slice(0, 30), start: 0, end: 30 }];
  return {
    version: 1,
    url: opts.url,
    fetchedUrl: opts.url,
    fetchedAt: opts.publishedAt,
    extractedAt: opts.publishedAt,
    contentHash: opts.contentHash ?? `hash-${opts.url}`,
    result: {
      url: opts.url,
      extractorVersion: opts.version ?? '1',
      article: { url: opts.url, title: `About ${opts.url}`, publishedAt: opts.publishedAt, language: 'id', outlet: opts.outlet ?? 'Outlet', text },
      relevant: true,
      relevance: 0.9,
      actors: opts.actors.map((a, i) => ({ id: `a${i + 1}`, kind: 'organization', aliases: [], confidence: 0.9, evidence: ev, name: `Actor ${i}`, ...a })),
      agreements: (opts.agreements ?? []).map((g, i) => ({ id: `g${i + 1}`, type: 'mou', status: 'proposed', parties: [], sectors: [], summary: 'A cooperation.', confidence: 0.8, evidence: ev, ...g })),
      programs: [],
      warnings: [],
    },
  };
}
