export { createIndexerService } from './service.ts';
export { IndexerConfig } from './config.ts';
export { indexExtraction, indexBatch, type IndexReport, type IndexOptions } from './index-extraction.ts';
export { storePage, storePages, recordError } from './pages-and-errors.ts';
export { currentStatus } from './status.ts';
export { reextract, type ReextractSummary, type ReextractOptions } from './reextract.ts';
