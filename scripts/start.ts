// The main job: real Kafka and MongoDB (started when not reachable), the bundled sample feed,
// the four services as child processes; waits until the feed is ingested, prints where to
// look, and runs until Ctrl-C (or exits at once with --exit). Every failure ends in one line that
// says what is missing and what to do (StartError); details stay in .data/logs/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@coopnews/store';
import { startSampleFeed } from './sample-feed.ts';
import { startServers } from './servers.ts';

/** A failure of `npm start` the user can act on: printed as one line, never as a stack. */
class StartError extends Error {}
const children: { name: string; child: ChildProcess }[] = [];

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
function fail(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split('\n')[0]!.trim();
  console.error(`coopnews start failed: ${line}${err instanceof StartError ? '' : ' (details in .data/logs/)'}`);
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      exit: { type: 'boolean', default: false },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      corpus: { type: 'string', default: 'samples' },
      'timeout-seconds': { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  throw new StartError(`${(err as Error).message}; npm start -- --help lists the options`);
}
const args = parsed.values;
if (args.help) {
  console.log(`usage: npm start -- [--exit] [--port 8080] [--corpus DIR] [--timeout-seconds 300]

Starts Kafka and MongoDB when KAFKA_BROKERS / MONGODB_URI do not point at running ones,
serves the sample news site (--corpus, default samples/: corpus.json, feed.xml and the pages;
an annotated corpus set such as ../shared/corpus/dev works too) on 127.0.0.1, runs fetcher, extractor,
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

const corpusDir = resolve(root, args.corpus);
for (const file of ['corpus.json', 'feed.xml']) {
  if (!existsSync(join(corpusDir, file))) throw new StartError(`no ${file} in ${corpusDir}; pass --corpus DIR with a sample site (corpus.json, feed.xml, pages), e.g. the repo's samples/`);
}
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartError(`--port ${args.port} is not a port number; give 0-65535`);

say('starting Kafka and MongoDB (or finding them; a first run downloads and builds them, progress in .data/logs/infra.log)...');
const servers = await startServers(process.env, { logFile: join(logDir, 'infra.log') }).catch((err: Error) => {
  throw new StartError(`${err.message.split('\n')[0]}; Java 17+, Maven, Go and Node 20 must be installed (README: Two commands), or set KAFKA_BROKERS and MONGODB_URI to running servers`);
});
say(`Kafka at ${servers.kafkaBrokers}, MongoDB at ${servers.mongoUri}`);
const probe = spawnSync(process.execPath, [join(root, 'infra/kafka/probe.mjs'), '--brokers', servers.kafkaBrokers, '--wait', '15'], { stdio: 'ignore' });
if (probe.status !== 0) throw new StartError(`Kafka at ${servers.kafkaBrokers} does not answer; start it or unset KAFKA_BROKERS and MONGODB_URI so that npm start starts its own`);
const store = await openStore(servers.mongoUri, process.env.MONGODB_DB ?? 'coopnews').catch((err: Error) => {
  throw new StartError(`${err.message.split('\n')[0]}; start MongoDB or unset KAFKA_BROKERS and MONGODB_URI so that npm start starts its own`);
});
const feed = await startSampleFeed({ corpusDir }).catch((err: Error) => {
  throw new StartError(`cannot serve the sample site in ${corpusDir}: ${err.message.split('\n')[0]}`);
});
say(`sample feed of ${feed.urls.length} articles at ${feed.feedUrl}`);
const feedsFile = join(dataDir, 'sample-feeds.json');
await writeFile(feedsFile, JSON.stringify({ feeds: [{ url: feed.feedUrl, name: 'sample', canonicalSites: ['*'] }] }, null, 2));

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
  PORT: String(port),
};
for (const name of ['indexer', 'extractor', 'fetcher', 'api']) {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'services', name, 'src', 'main.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const why = lastLogLine(join(logDir, `${name}.log`));
    fail(new StartError(`the ${name} service exited (${signal ?? code})${why ? `: ${why}` : ''}; see .data/logs/${name}.log`));
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

const deadline = Date.now() + Number(args['timeout-seconds']) * 1000;
let last = -1;
for (;;) {
  const n = await store.articles.count({ url: { $in: feed.urls } });
  if (n !== last) say(`indexed ${n}/${feed.urls.length} articles`);
  last = n;
  if (n >= feed.urls.length) break;
  if (Date.now() > deadline) {
    await store.close();
    console.error(`coopnews start failed: only ${n}/${feed.urls.length} articles indexed after ${args['timeout-seconds']} s; see .data/logs/ or raise --timeout-seconds`);
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
say(`api and web UI: http://127.0.0.1:${port}/  (JSON: /agreements, /actors, /programs, /articles, /errors; OpenAPI: /openapi.json)`);
if (args.exit) await stopAll(0);
say('running; Ctrl-C stops the services (and Kafka/MongoDB if this started them)');

/** The last log line's message (services log JSON lines through pino), for a one-line failure. */
function lastLogLine(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const line = text.trimEnd().split('\n').at(-1);
  if (!line) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
    return [entry.msg, entry.err?.message].filter(Boolean).join(': ') || line;
  } catch {
    return line.slice(0, 300);
  }
}
