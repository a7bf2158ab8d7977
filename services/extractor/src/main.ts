import { createLogger, loadConfigOrExit, runService } from '@coopnews/runtime';
import { ExtractorConfig } from './config.ts';
import { createExtractorService } from './service.ts';

const config = loadConfigOrExit(ExtractorConfig, 'extractor');
const log = createLogger({ service: 'extractor', level: config.LOG_LEVEL });
await runService(createExtractorService(config, log), log);
