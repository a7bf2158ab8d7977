export { extract } from './extract.ts';
export { extractArticle } from './article/extract-article.ts';
export { ExtractionError } from './errors.ts';
export { DEFAULT_PAGE_BUDGET, measurePage, type PageBudget, type PageShape } from './budget.ts';
export { sniffBinary, sniffLanguage } from './sniff.ts';
export { EXTRACTOR_VERSION } from './version.ts';
export type { ExtractOptions, Mention, ActorsResult } from './types.ts';
