import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by main.ts, before the other modules load: V8 then grows its heap by smaller
 * steps and collects sooner. The api's heap is mostly long-lived read-model rows (about 250 MB
 * at 100,000 agreements) and V8's default lets garbage pile up to about half as much again
 * before a full collection: peak memory 455-495 MB against 390-420 MB with this flag
 * (docs/decisions.md). Lists walk rows in memory either way; the bench shows their latency.
 */
setFlagsFromString('--optimize-for-size');
