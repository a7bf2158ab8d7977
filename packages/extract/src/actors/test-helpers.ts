/** Small helpers for the actor tests: run the stage on a snippet and look actors up by name. */
import type { Actor } from '@coopnews/schema';
import type { ActorsResult } from '../types.ts';
import { findActors } from './find-actors.ts';

export function actorsOf(text: string, language = 'id'): ActorsResult {
  return findActors({ url: 'https://example.test/a', title: 't', language, outlet: 'test', text });
}

export function byName(result: ActorsResult, name: string): Actor | undefined {
  return result.actors.find((a) => a.name === name || a.aliases.includes(name));
}
