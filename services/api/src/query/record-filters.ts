import { z } from 'zod';
import { ActorKind, OrgCategory, Stage, type ActorRecord, type ArticleRecord, type ErrorRecord } from '@coopnews/schema';
import type { Filter } from '@coopnews/store';
import { Day, Flag, Text, textRegex } from './params.ts';

/** Filters of the actor, program, article and error lists; each gives a coarse db filter and an exact test. */
export interface Matcher<R> {
  db: Filter<R>;
  matches(r: R): boolean;
}

export const ActorFilter = z.object({
  q: Text.optional().describe('over name and aliases'),
  kind: ActorKind.optional(),
  country: z.string().max(10).optional().describe('ISO 3166-1 or 3166-2 code'),
  category: OrgCategory.optional(),
  includeDismissed: Flag,
});
export type ActorFilter = z.infer<typeof ActorFilter>;

/** The exact test of an actor filter; actor lists and exports run it over the read model's rows. */
export function actorMatcher(f: ActorFilter): (a: Pick<ActorRecord, 'dismissed' | 'kind' | 'category' | 'country' | 'name' | 'aliases'>) => boolean {
  const re = textRegex(f.q);
  const country = f.country?.toUpperCase();
  return (a) =>
    (f.includeDismissed || !a.dismissed) &&
    (!f.kind || a.kind === f.kind) &&
    (!f.category || a.category === f.category) &&
    // KR matches KR-11 (a Korean province) too.
    (!country || a.country === country || (a.country?.startsWith(country + '-') ?? false)) &&
    (!re || re.test(a.name) || a.aliases.some((s) => re.test(s)));
}

export const ProgramFilter = z.object({
  q: Text.optional().describe('over name, acronym and aliases'),
  includeDismissed: Flag,
});
export type ProgramFilter = z.infer<typeof ProgramFilter>;

/** The exact test of a program filter, over a program read-model row (name, acronym and aliases in `names`). */
export function programMatcher(f: ProgramFilter): (p: { dismissed: boolean; names: readonly string[] }) => boolean {
  const re = textRegex(f.q);
  return (p) => (f.includeDismissed || !p.dismissed) && (!re || p.names.some((s) => re.test(s)));
}

export const ArticleFilter = z.object({
  outlet: Text.optional(),
  since: Day.optional(),
  until: Day.optional(),
  q: Text.optional().describe('over the title'),
  includeIrrelevant: Flag,
});
export type ArticleFilter = z.infer<typeof ArticleFilter>;

export function articleMatcher(f: ArticleFilter): Matcher<Omit<ArticleRecord, 'text'>> {
  const re = textRegex(f.q);
  const outlet = f.outlet?.toLowerCase();
  return {
    db: f.includeIrrelevant ? {} : { relevant: true },
    matches: (a) => {
      const day = a.publishedDate ?? a.fetchedAt.slice(0, 10);
      return (
        (f.includeIrrelevant || a.relevant) &&
        (!outlet || a.outlet.toLowerCase() === outlet) &&
        (!f.since || day >= f.since) &&
        (!f.until || day <= f.until) &&
        (!re || re.test(a.title))
      );
    },
  };
}

export const ErrorFilter = z.object({
  stage: Stage.optional(),
  review: z.enum(['open', 'dismissed', 'retried', 'all']).default('open'),
  code: z.string().max(80).optional(),
});
export type ErrorFilter = z.infer<typeof ErrorFilter>;

/** An error filter as a database query: exact, so /errors pages in the database. */
export function errorQuery(f: ErrorFilter): Filter<ErrorRecord> {
  const db: Filter<ErrorRecord> = {};
  if (f.review !== 'all') db.review = f.review;
  if (f.stage) db.stage = f.stage;
  if (f.code) db.code = f.code;
  return db;
}
