import type { Program } from '@coopnews/schema';
import type { ActorsResult, Article } from '../types.ts';

/** Named trainings, centres, missions, exhibitions and schemes. (Placeholder.) */
export function findPrograms(_article: Article, _actors: ActorsResult): Program[] {
  return [];
}
