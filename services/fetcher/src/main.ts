import { createLogger, loadConfigOrExit, runService } from '@coopnews/runtime';
import { FetcherConfig } from './config.ts';
import { createFetcherService } from './service.ts';

const config = loadConfigOrExit(FetcherConfig, 'fetcher');
const log = createLogger({ service: 'fetcher', level: config.LOG_LEVEL });
await runService(createFetcherService(config, log), log);
