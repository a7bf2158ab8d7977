import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** Linux's USER_HZ, the unit of /proc/<pid>/stat times (100 on every common build). */
const CLOCK_TICKS = 100;
export type ServiceName = 'fetcher' | 'extractor' | 'indexer' | 'api';

/** A pino log line of a service, as far as the harness reads it. */
export interface LogRecord {
  msg?: string;
  [field: string]: unknown;
}

export interface Exit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stopMs: number;
}

/** CPU seconds (user + system, its threads included) a process has used so far, from /proc; undefined when it is gone or not on Linux. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // After the command name: the state is field 3, utime and stime fields 14 and 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** The services as child processes (as deployed), each restartable and killable on its own. */
export class Pipeline {
  private procs = new Map<string, ChildProcess>();
  /** Each instance's start-up log records (the first few hundred), and who waits for one. */
  private records = new Map<string, { seen: LogRecord[]; waiters: Set<(rec: LogRecord) => boolean> }>();
  readonly exits: Exit[] = [];
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
  ) {}

  start(name: ServiceName, instance: string = name): void {
    const log = createWriteStream(join(this.logDir, `${instance}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'services', name, 'src', 'main.ts')], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], cwd: repo });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.procs.set(instance, child);
    const records = { seen: [] as LogRecord[], waiters: new Set<(rec: LogRecord) => boolean>() };
    this.records.set(instance, records);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let rec: LogRecord;
      try {
        rec = JSON.parse(line) as LogRecord;
      } catch {
        return;
      }
      if (records.seen.length < 500) records.seen.push(rec);
      for (const w of records.waiters) if (w(rec)) records.waiters.delete(w);
    });
    child.once('exit', (code, signal) => {
      const why: LogRecord = { msg: `exited (${signal ?? code})` };
      for (const w of records.waiters) w(why);
    });
  }

  /**
   * The first log record of the instance (since its last start) whose msg is `msg`, e.g. "started"
   * (runService logs it once start() resolved: its consumers joined their groups). Rejects if the
   * instance exits first or within `timeoutMs`.
   */
  logged(instance: string, msg: string, timeoutMs = 120_000): Promise<LogRecord> {
    const records = this.records.get(instance);
    if (!records) return Promise.reject(new Error(`${instance} was never started`));
    const found = records.seen.find((r) => r.msg === msg);
    if (found) return Promise.resolve(found);
    return new Promise((ok, fail) => {
      const where = join(this.logDir, `${instance}.log`);
      const timer = setTimeout(() => fail(new Error(`${instance} did not log "${msg}" within ${timeoutMs} ms; see ${where}`)), timeoutMs);
      records.waiters.add((rec) => {
        if (rec.msg !== msg && !rec.msg?.startsWith('exited (')) return false;
        clearTimeout(timer);
        if (rec.msg === msg) ok(rec);
        else fail(new Error(`${instance} ${rec.msg} before it logged "${msg}"; see ${where}`));
        return true;
      });
    });
  }

  /** CPU seconds the instance has used so far (see cpuSeconds). */
  cpuSeconds(instance: string): number | undefined {
    return cpuSeconds(this.procs.get(instance)?.pid);
  }

  kill9(instance: string): void {
    this.procs.get(instance)?.kill('SIGKILL');
    this.procs.delete(instance);
  }

  /** SIGTERM and wait; records the exit code and how long stopping took. */
  async stop(instance: string): Promise<Exit> {
    const child = this.procs.get(instance);
    this.procs.delete(instance);
    const t0 = Date.now();
    if (!child || child.exitCode !== null) return { name: instance, code: child?.exitCode ?? null, signal: null, stopMs: 0 };
    const exit = await new Promise<Exit>((ok) => {
      child.once('exit', (code, signal) => ok({ name: instance, code, signal, stopMs: Date.now() - t0 }));
      child.kill('SIGTERM');
    });
    this.exits.push(exit);
    return exit;
  }

  async stopAll(): Promise<Exit[]> {
    return Promise.all([...this.procs.keys()].map((i) => this.stop(i)));
  }
}
