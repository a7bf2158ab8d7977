// The main job: real Kafka and MongoDB (started when not reachable), the bundled sample feed,
// the four services as child processes; waits until the feed is ingested, prints where to
// look, and runs until Ctrl-C (or exits at once with --exit).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@coopnews/store';
import { startSampleFeed } from './sample-feed.ts';
import { startServers } from './servers.ts';

const { values: args } = parseArgs({
  options: {
    exit: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    corpus: { type: 'string', default: '../shared/corpus/dev' },
    'timeout-seconds': { type: 'string', default: '300' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`usage: npm start -- [--exit] [--port 8080] [--corpus DIR] [--timeout-seconds 300]

Starts Kafka and MongoDB when KAFKA_BROKERS / MONGODB_URI do not point at running ones,
serves the sample feed (an annotated corpus set) on 127.0.0.1, runs fetcher, extractor,
indexer and api, waits until every article of the feed is indexed and prints the counts.
Logs of each service go to .data/logs/<service>.log. --exit stops everything after that.`);
  process.exit(0);
}

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, '.data');
const logDir = join(dataDir, 'logs');
await mkdir(logDir, { recursive: true });

const t0 = Date.now();
const say = (msg: string) => console.log(`[coopnews ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

say('starting Kafka and MongoDB (or finding them)...');
const servers = await startServers();
say(`Kafka at ${servers.kafkaBrokers}, MongoDB at ${servers.mongoUri}`);
const feed = await startSampleFeed({ corpusDir: join(root, args.corpus) });
say(`sample feed of ${feed.urls.length} articles at ${feed.feedUrl}`);
const feedsFile = join(dataDir, 'sample-feeds.json');
await writeFile(feedsFile, JSON.stringify({ feeds: [{ url: feed.feedUrl, name: 'sample' }] }, null, 2));

const env = {
  ...process.env,
  KAFKA_BROKERS: servers.kafkaBrokers,
  MONGODB_URI: servers.mongoUri,
  MONGODB_DB: process.env.MONGODB_DB ?? 'coopnews',
  FEEDS_FILE: feedsFile,
  // The sample feed is on 127.0.0.1, which the fetcher refuses unless told.
  ALLOW_PRIVATE_ADDRESSES: 'true',
  HOST_DELAY_MS: process.env.HOST_DELAY_MS ?? '50',
  SEEN_FILE: join(dataDir, 'fetcher-seen.json'),
  PORT: args.port,
};
const children: { name: string; child: ChildProcess }[] = [];
for (const name of ['indexer', 'extractor', 'fetcher', 'api']) {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'services', name, 'src', 'main.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  child.on('exit', (code, signal) => {
    if (!stopping) say(`${name} exited (${signal ?? code}); see .data/logs/${name}.log`);
  });
  children.push({ name, child });
}
say('services started: fetcher, extractor, indexer, api (logs in .data/logs/)');

let stopping = false;
async function stopAll(code: number): Promise<never> {
  stopping = true;
  say('stopping services...');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise<void>((ok) => {
          if (child.exitCode !== null) return ok();
          child.once('exit', () => ok());
          child.kill('SIGTERM');
        }),
    ),
  );
  await feed.close();
  await servers.stop();
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

const store = await openStore(servers.mongoUri, env.MONGODB_DB);
const deadline = Date.now() + Number(args['timeout-seconds']) * 1000;
let last = -1;
for (;;) {
  const n = await store.articles.count({ url: { $in: feed.urls } });
  if (n !== last) say(`indexed ${n}/${feed.urls.length} articles`);
  last = n;
  if (n >= feed.urls.length) break;
  if (Date.now() > deadline) {
    say(`timed out after ${args['timeout-seconds']} s with ${n}/${feed.urls.length} articles; see .data/logs/`);
    await store.close();
    await stopAll(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}
const [articles, actors, agreements, programs, errors] = await Promise.all([
  store.articles.count(),
  store.actors.count(),
  store.agreements.count(),
  store.programs.count(),
  store.errors.count(),
]);
await store.close();
say(`done: ${articles} articles, ${actors} actors, ${agreements} agreements, ${programs} programs, ${errors} errors to review`);
say(`api and web UI: http://127.0.0.1:${args.port}/  (JSON: /agreements, /actors, /programs, /articles, /errors; OpenAPI: /openapi.json)`);
if (args.exit) await stopAll(0);
say('running; Ctrl-C stops the services (and Kafka/MongoDB if this started them)');
