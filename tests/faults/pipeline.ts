import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
export type ServiceName = 'fetcher' | 'extractor' | 'indexer' | 'api';

export interface Exit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stopMs: number;
}

/** The services as child processes (as deployed), each restartable and killable on its own. */
export class Pipeline {
  private procs = new Map<string, ChildProcess>();
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
