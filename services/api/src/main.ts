// First: V8's memory settings must be in place before the read models load.
import './memory.ts';
import { createLogger, loadConfigOrExit, runService } from '@coopnews/runtime';
import { ApiConfig } from './config.ts';
import { createApiService } from './service.ts';

const config = loadConfigOrExit(ApiConfig, 'api');
const log = createLogger({ service: 'api', level: config.LOG_LEVEL });
await runService(createApiService(config, log), log);
