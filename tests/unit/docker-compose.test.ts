import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ApiConfig } from '@coopnews/api';
import { ExtractorConfig } from '@coopnews/extractor';
import { FetcherConfig } from '@coopnews/fetcher';
import { IndexerConfig } from '@coopnews/indexer';

// No Docker engine here, so the compose file cannot run; this keeps it true to the code.
const root = new URL('../..', import.meta.url).pathname;
const compose = parse(readFileSync(`${root}docker-compose.yml`, 'utf8'), { merge: true }) as {
  services: Record<string, { command?: string[]; environment?: Record<string, unknown>; depends_on?: Record<string, unknown> }>;
};
const configs = { fetcher: FetcherConfig, extractor: ExtractorConfig, indexer: IndexerConfig, api: ApiConfig };

describe('docker-compose.yml', () => {
  it('runs Kafka, MongoDB and the four services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'extractor', 'fetcher', 'indexer', 'kafka', 'mongo']);
  });

  it.each(Object.entries(configs))('%s: its main exists, every variable it sets is one the service reads, and it waits for Kafka and MongoDB', (name, schema) => {
    const svc = compose.services[name]!;
    const main = svc.command?.find((a) => a.endsWith('main.ts'));
    expect(main && existsSync(`${root}${main}`)).toBe(true);
    const known = Object.keys(schema.shape);
    for (const variable of Object.keys(svc.environment ?? {})) expect(known, `${name} sets ${variable}`).toContain(variable);
    expect(Object.keys(svc.depends_on ?? {}).sort()).toEqual(['kafka', 'mongo']);
  });

  it('gives every service a working configuration', () => {
    for (const [name, schema] of Object.entries(configs)) {
      const env = Object.fromEntries(Object.entries(compose.services[name]!.environment ?? {}).map(([k, v]) => [k, String(v)]));
      expect(schema.safeParse(env).success, `${name}: ${JSON.stringify(schema.safeParse(env).error?.issues)}`).toBe(true);
    }
  });
});
