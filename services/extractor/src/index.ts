export { createExtractorService } from './service.ts';
export { ExtractorConfig } from './config.ts';
export { extractPage } from './handler.ts';
export { startIsolatedExtractor, type IsolatedExtractor } from './isolated-extractor.ts';
