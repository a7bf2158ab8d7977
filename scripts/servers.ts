import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Servers {
  kafkaBrokers: string;
  mongoUri: string;
  /** Stops what this call started; servers given by the environment are left alone. */
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs an infra/ script and resolves with its stdout. Its stderr (progress, errors) goes to the
 * terminal, or to `logFile` when given; on failure the error carries the script's first
 * "ERROR:" line, so a caller can report it in one line.
 */
function run(script: string, env: NodeJS.ProcessEnv, logFile?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [`${repoRoot}/infra/${script}`], { env, stdio: ['ignore', 'pipe', logFile ? 'pipe' : 'inherit'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    if (logFile) {
      const log = createWriteStream(logFile, { flags: 'a' });
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.stderr!.pipe(log);
    }
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve(out);
      const firstError = err.match(/ERROR: (.+)/)?.[1];
      const where = logFile ? `full output in ${logFile}` : 'see its messages above';
      reject(new Error(`infra/${script} failed${firstError ? `: ${firstError}` : ` (exit ${code})`}; ${where}`));
    });
  });
}

const dockerReachable = () => Boolean(process.env.DOCKER_HOST) || existsSync('/var/run/docker.sock');

/**
 * Finds real Kafka and MongoDB: the servers named by KAFKA_BROKERS / MONGODB_URI if set,
 * else testcontainers when a Docker engine is reachable, else the local infra/ scripts
 * (Kafka from its jars, mongod or FerretDB), which this starts and later stops. With
 * `opts.logFile`, the scripts' progress goes to that file instead of the terminal.
 */
export async function startServers(env: NodeJS.ProcessEnv = process.env, opts: { logFile?: string } = {}): Promise<Servers> {
  if (env.KAFKA_BROKERS && env.MONGODB_URI) {
    return { kafkaBrokers: env.KAFKA_BROKERS, mongoUri: env.MONGODB_URI, stop: async () => undefined };
  }
  if (dockerReachable() && env.COOPNEWS_NO_TESTCONTAINERS !== '1') {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    const [kafka, mongo] = await Promise.all([new KafkaContainer('confluentinc/cp-kafka:7.7.1').withKraft().start(), new MongoDBContainer('mongo:7').start()]);
    return {
      kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
      mongoUri: `${mongo.getConnectionString()}?directConnection=true`,
      stop: async () => void (await Promise.all([kafka.stop(), mongo.stop()])),
    };
  }
  const out = await run('up.sh', env, opts.logFile);
  const value = (key: string) => out.match(new RegExp(`^${key}=(.+)$`, 'm'))?.[1]?.trim();
  const kafkaBrokers = value('KAFKA_BROKERS');
  const mongoUri = value('MONGODB_URI');
  if (!kafkaBrokers || !mongoUri) throw new Error(`infra/up.sh did not print KAFKA_BROKERS= and MONGODB_URI= lines; it printed: ${out}`);
  // Only what this run started is ours to stop: a server found running (someone's `infra/up.sh`)
  // keeps running after the tests.
  const startedHere = [out.includes('STARTED_KAFKA=1') && 'kafka/stop.sh', out.includes('STARTED_MONGO=1') && 'mongo/stop.sh'].filter((s): s is string => Boolean(s));
  return {
    kafkaBrokers,
    mongoUri,
    stop: async () => {
      if (env.COOPNEWS_KEEP_INFRA === '1') return;
      for (const script of startedHere) await run(script, env, opts.logFile);
    },
  };
}
