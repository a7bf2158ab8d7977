import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Kafka and FerretDB of the fault suite's own, on other ports and in their own data directory,
 * so that stopping them never touches the servers everybody else uses (9092, 27017).
 */
export interface OwnInfra {
  kafkaBrokers: string;
  mongoUri: string;
  stopKafka(): Promise<void>;
  startKafka(): Promise<void>;
  stopMongo(): Promise<void>;
  startMongo(): Promise<void>;
  stopAll(): Promise<void>;
  /** The servers' process ids (from their pid files), for CPU accounting. */
  pids(): Promise<Record<'kafka' | 'mongo', number>>;
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn('bash', [`${repo}infra/${script}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`infra/${script} exited ${code}:\n${err.slice(-2000)}`))));
  });
}

export async function startOwnInfra(opts: { dataDir: string; kafkaPort: number; mongoPort: number }): Promise<OwnInfra> {
  const env: NodeJS.ProcessEnv = { ...process.env, COOPNEWS_DATA: opts.dataDir, KAFKA_PORT: String(opts.kafkaPort), MONGO_PORT: String(opts.mongoPort), MONGO_IMPL: process.env.MONGO_IMPL ?? 'ferretdb' };
  // Never "use" a given server: these are the suite's own, to be stopped and started.
  delete env.KAFKA_BROKERS;
  delete env.MONGODB_URI;
  const infra: OwnInfra = {
    kafkaBrokers: `127.0.0.1:${opts.kafkaPort}`,
    mongoUri: `mongodb://127.0.0.1:${opts.mongoPort}`,
    startKafka: () => run('kafka/start.sh', env),
    stopKafka: () => run('kafka/stop.sh', env),
    startMongo: () => run('mongo/start.sh', env),
    stopMongo: () => run('mongo/stop.sh', env),
    pids: async () => ({
      kafka: Number(await readFile(join(opts.dataDir, 'kafka', 'kafka.pid'), 'utf8')),
      mongo: Number(await readFile(join(opts.dataDir, 'mongo', 'server.pid'), 'utf8')),
    }),
    stopAll: async () => {
      await infra.stopKafka().catch(() => undefined);
      await infra.stopMongo().catch(() => undefined);
    },
  };
  const started = await Promise.allSettled([infra.startKafka(), infra.startMongo()]);
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await infra.stopAll();
    throw failed.reason;
  }
  return infra;
}
