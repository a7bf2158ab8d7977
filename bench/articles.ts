import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHtml } from '../packages/cli/src/decode-html.ts';

/**
 * Many distinct articles from the dev corpus: each page copied under `origins` new hosts
 * (27 pages x 19 origins = 513), as five or more outlets reprinting the same news would.
 * The copies differ in URL and outlet only, so they merge into the same records.
 */
export interface CopiedPage {
  url: string;
  html: string;
}

export const devCorpus = new URL('../../shared/corpus/dev/', import.meta.url).pathname;

export function corpusAbsentReason(dir = devCorpus): string | undefined {
  return existsSync(join(dir, 'corpus.json')) ? undefined : `no dev corpus at ${dir} (../shared is not beside the repo)`;
}

export async function copiedPages(origins: number, dir = devCorpus): Promise<CopiedPage[]> {
  const corpus = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')) as { articles: { url: string; html: string }[] };
  const pages = await Promise.all(corpus.articles.map(async (a) => ({ url: a.url, html: decodeHtml(await readFile(join(dir, a.html))) })));
  const out: CopiedPage[] = [];
  for (let o = 0; o < origins; o++) {
    for (const p of pages) {
      const u = new URL(p.url);
      // Origin 0 keeps the published URL; the others are new outlets on their own hosts.
      const host = o === 0 ? u.host : `origin${o}-${u.host}`;
      // The page names its own address (rel=canonical, og:url): the copy names its new one.
      out.push({ url: `https://${host}${u.pathname}${u.search}`, html: o === 0 ? p.html : p.html.split(`//${u.host}`).join(`//${host}`) });
    }
  }
  return out;
}
