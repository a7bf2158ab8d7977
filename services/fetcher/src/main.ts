import { createLogger, loadConfig, runService } from '@coopnews/runtime';
import { FetcherConfig } from './config.ts';
import { createFetcherService } from './service.ts';

const config = loadConfig(FetcherConfig);
const log = createLogger({ service: 'fetcher', level: config.LOG_LEVEL });
await runService(createFetcherService(config, log), log);
