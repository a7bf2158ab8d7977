import type { Actor, ActorContribution, ActorRecord } from '@coopnews/schema';
import { idOf, keyIndex, normalizeKey, type UnitOfWork } from '@coopnews/store';
import type { ArticleContext } from './context.ts';
import { canonicalKeys } from './canonical-keys.ts';
import { commonFields, mostCommon, sortedUniq, withContribution, byPublication, contributionBase } from './folding.ts';


export interface Resolution {
  /** Every stored record this actor is the same as: folded together with it into one. */
  existing: ActorRecord[];
  /** Why it joined them, when it did. */
  reason?: string;
}

/**
 * The aliases that name an actor alone: not the generic head of another of its names ("Kadin"
 * of "Kadin Jateng", "Diskop UKM" of "Diskop UKM Garut", a first name of the full name).
 */
export function specificAliasKeys(name: string, aliases: readonly string[]): string[] {
  const nameKey = normalizeKey(name);
  const all = sortedUniq([name, ...aliases].map(normalizeKey).filter(Boolean));
  return all.filter((k) => k !== nameKey && !all.some((o) => o.startsWith(`${k} `)));
}

/**
 * Finds the canonical actors an extracted actor stands for: every stored record it is linked to.
 * Links: the same canonical key (a ministry's country and portfolio, in any language), the same
 * ISO code (places), the same name, its name being a record's alias or an alias being a record's
 * name. Generic heads ("Kadin" beside "Kadin Jateng") and two aliases alone never link: they
 * are shared by many. Every link holds between two reports whatever else is stored, so the
 * records, unions of linked reports, are the same in any order; several records found are
 * merged by the fold (a report giving both the long and short name joins the records that had
 * only one each).
 */
export async function resolveActor(store: UnitOfWork, actor: Actor): Promise<Resolution> {
  const keys = keyIndex(store, actor.kind);
  const nameKey = normalizeKey(actor.name);
  const live = async (ids: string[]) => (await store.actors.getMany(sortedUniq(ids))).filter((a) => a.kind === actor.kind && !a.dismissed);
  const iso = actor.subdivision ?? actor.country;

  const reasons: string[] = [];
  const found = new Map<string, ActorRecord>();
  const join = (recs: ActorRecord[], reason: string) => {
    const added = recs.filter((r) => !found.has(r._id));
    if (added.length) reasons.push(`${reason}${added.map((r) => ` ${r.name}`).join(',')}`);
    for (const r of added) found.set(r._id, r);
  };
  for (const canon of canonicalKeys(actor)) join(await live(await keys.lookup('canon', canon)), `same canonical key ${canon}:`);
  // A province's country is ID like every other province's: its own code is the subdivision.
  if (actor.kind === 'place' && iso) join(await live(await keys.lookup('iso', iso)), `same ISO code ${iso}:`);
  join(await live(await keys.lookup('name', nameKey)), `same name "${actor.name}":`);
  const holders = await live(await keys.lookup('alias', nameKey));
  join(holders.filter((r) => r.contributions.some((c) => specificAliasKeys(c.name, c.aliases).includes(nameKey))), 'its name is an alias of');
  for (const k of specificAliasKeys(actor.name, actor.aliases)) join(await live(await keys.lookup('name', k)), `its alias "${k}" is the name of`);
  return { existing: [...found.values()], ...(reasons.length ? { reason: reasons.join('; ') } : {}) };
}

/** Several contributions of one article to one record (two names of it in one text) become one. */
export function oneContributionPerArticle(cs: readonly ActorContribution[]): ActorContribution[] {
  const byArticle = new Map<string, ActorContribution>();
  for (const c of cs) {
    const earlier = byArticle.get(c.articleId);
    byArticle.set(
      c.articleId,
      earlier ? { ...earlier, aliases: sortedUniq([...earlier.aliases, c.name, ...c.aliases]).filter((a) => a !== earlier.name), evidence: [...earlier.evidence, ...c.evidence] } : c,
    );
  }
  return [...byArticle.values()];
}

/** The canonical keys of a record: those of every name its contributions give it. */
export function recordCanonicalKeys(kind: Actor['kind'], cs: readonly ActorContribution[]): string[] {
  return sortedUniq(cs.flatMap((c) => canonicalKeys({ kind, name: c.name, aliases: c.aliases, ...(c.country ? { country: c.country } : {}) })));
}

/**
 * An actor's id says what it is, not which article named it first: its canonical key, else
 * (places) its ISO code, else the first of its names in alphabetical order (which, unlike the
 * most common name, copies of the same reports never change). Same articles, same ids.
 */
export function actorIdOf(rec: Pick<ActorRecord, 'kind' | 'country' | 'subdivision' | 'contributions'>): string {
  const canon = recordCanonicalKeys(rec.kind, rec.contributions)[0];
  if (canon) return idOf('actor', rec.kind, 'canon', canon);
  const iso = rec.kind === 'place' ? (rec.subdivision ?? rec.country) : undefined;
  if (iso) return idOf('actor', rec.kind, 'iso', iso);
  return idOf('actor', rec.kind, sortedUniq(rec.contributions.map((c) => normalizeKey(c.name)).filter(Boolean))[0] ?? '');
}

/** A record a reviewer merged, split or corrected keeps its id: the indexer does not move it. */
export const reviewed = (rec: ActorRecord): boolean => Boolean(rec.corrected) || rec.mergeReasons.some((r) => r.startsWith('review:'));

export function actorContribution(actor: Actor, ctx: ArticleContext): ActorContribution {
  return {
    ...contributionBase(ctx, actor),
    name: actor.name,
    aliases: actor.aliases,
    ...(actor.role ? { role: actor.role } : {}),
    ...(actor.category ? { category: actor.category } : {}),
    ...(actor.country ? { country: actor.country } : {}),
    ...(actor.subdivision ? { subdivision: actor.subdivision } : {}),
  };
}

/** Folds the contributions of every article into one canonical actor; review corrections win. */
export function foldActor(
  id: string,
  kind: Actor['kind'],
  contributions: ActorContribution[],
  prev: ActorRecord | null,
  ctx: ArticleContext,
  extra: { reason?: string; doubts: string[] },
): ActorRecord {
  const cs = byPublication(contributions);
  const longerFirst = (a: string, b: string) => b.length - a.length;
  const name = mostCommon(cs.map((c) => c.name), longerFirst) ?? prev?.name ?? '';
  const nameKey = normalizeKey(name);
  const surfaces = sortedUniq(cs.flatMap((c) => [c.name, ...c.aliases]));
  const aliases = surfaces.filter((s) => normalizeKey(s) !== nameKey);
  const category = mostCommon(cs.flatMap((c) => (c.category ? [c.category] : [])));
  const country = mostCommon(cs.flatMap((c) => (c.country ? [c.country] : [])));
  const subdivision = mostCommon(cs.flatMap((c) => (c.subdivision ? [c.subdivision] : [])));
  const folded: ActorRecord = {
    _id: id,
    kind,
    name,
    keys: sortedUniq(surfaces.map(normalizeKey)),
    aliases,
    ...(category ? { category } : {}),
    ...(country ? { country } : {}),
    ...(subdivision ? { subdivision } : {}),
    roles: sortedUniq(cs.flatMap((c) => (c.role ? [c.role] : []))),
    contributions: cs,
    ...commonFields(cs, cs.map((c) => c.confidence), ctx.at),
    extractorVersion: ctx.extractorVersion,
    dismissed: prev?.dismissed ?? false,
    mergeReasons: mergeReasons(prev, extra.reason, ctx),
    doubts: sortedUniq([...(prev?.doubts ?? []), ...extra.doubts]),
  };
  return applyCorrection(folded, prev);
}

export function mergeReasons(prev: { mergeReasons: string[]; articleIds: string[] } | null, reason: string | undefined, ctx: ArticleContext): string[] {
  const reasons = prev?.mergeReasons ?? [];
  if (!prev || !reason || prev.articleIds.every((a) => a === ctx.articleId)) return reasons;
  const line = `${ctx.url}: ${reason}`;
  return reasons.includes(line) ? reasons : [...reasons, line];
}

/** Fields a reviewer corrected override what extraction says, across any re-extraction. */
export function applyCorrection<R extends { corrected?: Record<string, unknown> | undefined }>(folded: R, prev: R | null): R {
  return prev?.corrected ? { ...folded, ...prev.corrected, corrected: prev.corrected } : folded;
}

/** Lists the names, aliases and ISO code one contribution gives the actor under its key documents. */
export async function indexActorKeys(store: UnitOfWork, rec: ActorRecord, mine: ActorContribution): Promise<void> {
  const keys = keyIndex(store, rec.kind);
  await keys.add('name', [normalizeKey(mine.name)], rec._id);
  await keys.add('alias', mine.aliases.map(normalizeKey), rec._id);
  await keys.add('canon', recordCanonicalKeys(rec.kind, [mine]), rec._id);
  const iso = rec.subdivision ?? rec.country;
  if (rec.kind === 'place' && iso) await keys.add('iso', [iso], rec._id);
}

export { withContribution };
