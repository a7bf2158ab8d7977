import { describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import { uniqueName } from '../helpers/isolation.ts';
import { waitFor } from '../helpers/wait.ts';

const root = new URL('../..', import.meta.url).pathname;

function runMain(service: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', `${root}services/${service}/src/main.ts`], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => out.push(d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, out, exited, text: () => out.join('') };
}

describe('service lifecycle', () => {
  it.each(['extractor', 'indexer'])('%s starts, then stops cleanly on SIGTERM', async (service) => {
    const name = uniqueName(service);
    const proc = runMain(service, {
      KAFKA_BROKERS: inject('kafkaBrokers'),
      MONGODB_URI: inject('mongoUri'),
      MONGODB_DB: name,
      TOPIC_PREFIX: `${name}.`,
    });
    await waitFor(() => proc.text().includes('"msg":"started"') || undefined, { timeoutMs: 60_000, what: `${service} to start: ${proc.text()}` });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(proc.text()).toContain('"msg":"stopped"');
  });

  it('refuses to start with bad configuration, naming every bad variable', async () => {
    const proc = runMain('fetcher', { POLL_INTERVAL_SECONDS: 'soon', LOG_LEVEL: 'loud' });
    expect(await proc.exited).not.toBe(0);
    const text = proc.text();
    expect(text).toContain('FEEDS_FILE');
    expect(text).toContain('POLL_INTERVAL_SECONDS');
    expect(text).toContain('LOG_LEVEL');
  });
});
