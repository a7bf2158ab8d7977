import type { Agreement } from '@coopnews/schema';
import type { ActorsResult, Article } from '../types.ts';

/** Sentences with cooperation cues -> agreements between found actors. (Placeholder.) */
export function findAgreements(_article: Article, _actors: ActorsResult): Agreement[] {
  return [];
}
