// A seeded api for working on the web UI by hand (not a test):
//   node --import tsx tests/e2e/ui-dev-harness.ts   then open http://127.0.0.1:8799/
// Needs MongoDB at MONGODB_URI (default mongodb://127.0.0.1:27017, e.g. from infra/up.sh);
// it drops and re-seeds the database "ui-dev". Writes take the token "dev".
import { openStore } from '@coopnews/store';
import { buildApp } from '../../services/api/src/app.ts';
import { seedCorpus, seedError, seedHostile } from './ui-seed.ts';

const store = await openStore(process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017', 'ui-dev');
await store.db.dropDatabase();
await seedCorpus(store, Array.from({ length: 12 }, (_, i) => `dev-${String(i + 1).padStart(3, '0')}`));
await seedHostile(store);
await seedError(store);
const app = await buildApp({ store, auth: { apiToken: 'dev', readsNeedToken: false } });
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 8799) });
console.log(`ui dev harness on http://127.0.0.1:${process.env.PORT ?? 8799}/`);
