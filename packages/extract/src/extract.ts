import type { Agreement, ExtractionResult, Program } from '@coopnews/schema';
import type { ActorsResult, ExtractOptions } from './types.ts';
import { extractArticle } from './article/extract-article.ts';
import { findActors } from './actors/find-actors.ts';
import { findAgreements } from './agreements/find-agreements.ts';
import { addGroupingMembers } from './agreements/groupings.ts';
import { findPrograms } from './programs/find-programs.ts';
import { judgeRelevance } from './relevance.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import { assertWithinBudget, type PageBudget } from './budget.ts';
import { assertLanguage, assertText } from './sniff.ts';

/**
 * The corpus counts a place as an actor only when it acts: a party to an agreement, or an
 * organizer or participant of a program. Places that are merely where things happened go.
 */
export function keepActingPlaces(actors: ActorsResult, agreements: readonly Agreement[], programs: readonly Program[]): ActorsResult {
  const acting = new Set<string>();
  for (const a of agreements) for (const id of a.parties) acting.add(id);
  for (const p of programs) for (const id of [...p.organizers, ...p.participants]) acting.add(id);
  const kept = actors.actors.filter((a) => a.kind !== 'place' || acting.has(a.id));
  const ids = new Set(kept.map((a) => a.id));
  return { actors: kept, mentions: actors.mentions.filter((m) => ids.has(m.actorId)) };
}

/** Program names as spans of the text, so that their words are not read as agreement cues. */
function programSpans(text: string, programs: readonly Program[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const p of programs) {
    for (const e of p.evidence) {
      const at = e.quote.indexOf(p.name);
      if (at >= 0) spans.push([e.start + at, e.start + at + p.name.length]);
    }
  }
  return spans.filter(([a, b]) => text.slice(a, b).length === b - a);
}

/**
 * HTML page -> ExtractionResult. Pure: same input, same output; no I/O, clock or env.
 * Throws ExtractionError when the page holds no article, is not text, or is over the budget.
 */
export function extract(html: string, opts: ExtractOptions & { budget?: PageBudget }): ExtractionResult {
  assertText(html, opts.url);
  assertWithinBudget(html, opts.url, opts.budget);
  const { article, warnings } = extractArticle(html, opts);
  assertLanguage(article.text, opts.url);
  const found = addGroupingMembers(article, findActors(article));
  const programs = findPrograms(article, found);
  const agreements = findAgreements(article, found, { masks: programSpans(article.text, programs) });
  const actors = keepActingPlaces(found, agreements, programs);
  const { relevant, relevance } = judgeRelevance(article, agreements, programs);
  return {
    url: opts.url,
    extractorVersion: EXTRACTOR_VERSION,
    article,
    relevant,
    relevance,
    actors: actors.actors,
    agreements,
    programs,
    warnings,
  };
}
