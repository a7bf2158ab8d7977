import type { TestProject } from 'vitest/node';
import { startServers } from '../../scripts/servers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
    mongoUri: string;
  }
}

/** Starts (or finds) Kafka and MongoDB once for all integration tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = await startServers();
  project.provide('kafkaBrokers', servers.kafkaBrokers);
  project.provide('mongoUri', servers.mongoUri);
  return () => servers.stop();
}
