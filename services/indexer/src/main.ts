import { createLogger, loadConfigOrExit, runService } from '@coopnews/runtime';
import { IndexerConfig } from './config.ts';
import { createIndexerService } from './service.ts';

const config = loadConfigOrExit(IndexerConfig, 'indexer');
const log = createLogger({ service: 'indexer', level: config.LOG_LEVEL });
await runService(createIndexerService(config, log), log);
