export { extract } from './extract.ts';
export { extractArticle } from './article/extract-article.ts';
export { ExtractionError } from './errors.ts';
export { EXTRACTOR_VERSION } from './version.ts';
export type { ExtractOptions, Mention, ActorsResult } from './types.ts';
