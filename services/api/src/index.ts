export { buildApp, type AppDeps, type ZodApp } from './app.ts';
export { ApiConfig } from './config.ts';
export { createApiService } from './service.ts';
export { startWatcher, type WatcherOptions } from './watch/watcher.ts';
export { matchChange } from './watch/match.ts';
export { createDeliverer, signature, type Deliverer } from './watch/webhook.ts';
export { AgreementFilter } from './query/agreement-filter.ts';
