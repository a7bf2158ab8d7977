import type { ActorsResult, Article } from '../types.ts';
import { createContext, type ScanContext } from './context.ts';
import { findAcronymBranches, findGazetteerActors, findOrgRuns } from './orgs.ts';
import { collectRegionNames, findCitiesNamedWithPlace, findLocalGovernments, findRegionPlaces } from './regions.ts';
import { collectPlaceWords, findTitledPersons } from './persons.ts';
import { findSpeakers, findSubjectsOfVerbs } from './speakers.ts';
import { findTitlesBeforeComma } from './titles-before-comma.ts';
import { findOrgsInTitles } from './title-orgs.ts';
import { KeyUnion, addRegionForms, findBareGovernments, findNicknames, findShortNames, linkAcronyms, rescanSurfaces } from './coref.ts';
import { buildActors } from './build.ts';
import { extendToDefinitions, findListedOrgs } from './org-lists.ts';
import { findEnglishOrgs } from './english-orgs.ts';
import { findDescribedPersons, findOfficesAfterNames, findPersonsBeforeClauses } from './described-persons.ts';
import { dropBareBases, markTitles, mergeOrgSpellings, mergeRegionsIntoGovernments } from './links.ts';

/**
 * Article text -> actors (people, organizations, places) with every mention.
 * Order matters: governments and gazetteer names claim their words first, then titled people
 * (whose titles may contain organizations), then organizations found by their heads, then
 * references back (acronyms, short names, nicknames).
 */
export function findActors(article: Article): ActorsResult {
  const { ctx, union } = scanActors(article.text);
  return buildActors(ctx, union, article.language);
}

/** The candidate mentions and their grouping, before actors are built (for tests and debugging). */
export function scanActors(text: string): { ctx: ScanContext; union: KeyUnion } {
  const ctx = createContext(text);
  collectRegionNames(ctx);
  findLocalGovernments(ctx);
  findGazetteerActors(ctx);
  findRegionPlaces(ctx);
  findAcronymBranches(ctx);
  const placeWords = collectPlaceWords(ctx);
  findTitledPersons(ctx, placeWords);
  findTitlesBeforeComma(ctx);
  findDescribedPersons(ctx, placeWords);
  findSpeakers(ctx);
  findPersonsBeforeClauses(ctx, placeWords);
  findSubjectsOfVerbs(ctx, placeWords);
  findOfficesAfterNames(ctx, placeWords);
  findEnglishOrgs(ctx);
  findOrgRuns(ctx);
  findOrgsInTitles(ctx, placeWords);
  findCitiesNamedWithPlace(ctx);
  extendToDefinitions(ctx);
  findListedOrgs(ctx);
  const union = new KeyUnion();
  const shortForms = linkAcronyms(ctx, union);
  addRegionForms(ctx, shortForms);
  rescanSurfaces(ctx, shortForms);
  findNicknames(ctx, union);
  findShortNames(ctx, union);
  findBareGovernments(ctx);
  markTitles(ctx);
  mergeRegionsIntoGovernments(ctx, union);
  mergeOrgSpellings(ctx, union);
  dropBareBases(ctx, union);
  return { ctx, union };
}
