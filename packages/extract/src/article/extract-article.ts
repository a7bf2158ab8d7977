import * as cheerio from 'cheerio';
import type { Article, ExtractOptions } from '../types.ts';
import { ExtractionError } from '../errors.ts';

/** HTML page -> article text and metadata. (First version: paragraphs of the page.) */
export function extractArticle(html: string, opts: ExtractOptions): { article: Article; warnings: string[] } {
  const $ = cheerio.load(html);
  const title = ($('meta[property="og:title"]').attr('content') ?? $('title').text()).trim();
  const text = $('p')
    .toArray()
    .map((p) => $(p).text().replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
  if (!text) throw new ExtractionError('ERR_EXTRACT_EMPTY', opts.url, 'no article text found in the page');
  const publishedAt = $('meta[property="article:published_time"]').attr('content') ?? opts.feedItem?.pubDate;
  return {
    article: {
      url: opts.url,
      title,
      ...(publishedAt ? { publishedAt } : {}),
      language: 'id',
      outlet: opts.feedItem?.outlet ?? new URL(opts.url).hostname,
      text,
    },
    warnings: [],
  };
}
