import type { ActorsResult, Article } from '../types.ts';

/** Article text -> actors with every mention. (Placeholder until the actor stage lands.) */
export function findActors(_article: Article): ActorsResult {
  return { actors: [], mentions: [] };
}
