import type { Actor, ActorContribution, ActorRecord } from '@coopnews/schema';
import { idOf, keyIndex, normalizeKey, type UnitOfWork } from '@coopnews/store';
import type { ArticleContext } from './context.ts';
import { commonFields, mostCommon, sortedUniq, withContribution, byPublication, contributionBase } from './folding.ts';


export interface Resolution {
  id: string;
  existing: ActorRecord | null;
  /** Why it was merged into an existing record, when it was. */
  reason?: string;
  doubts: string[];
}

/**
 * Finds the canonical actor an extracted actor stands for. Strongest first: the same ISO code
 * (places), the same name as a known name or alias, an alias equal to a known name. Two
 * aliases alone never merge ("Kadin" is many chambers). Several candidates: no merge, a doubt.
 */
export async function resolveActor(store: UnitOfWork, actor: Actor): Promise<Resolution> {
  const keys = keyIndex(store, actor.kind);
  const nameKey = normalizeKey(actor.name);
  const aliasKeys = actor.aliases.map(normalizeKey).filter((k) => k && k !== nameKey);
  const live = async (ids: string[]) => (await store.actors.getMany(ids)).filter((a) => a.kind === actor.kind && !a.dismissed);

  const stages: [string, () => Promise<string[]>][] = [];
  // A province's country is ID like every other province's: its own code is the subdivision.
  const iso = actor.subdivision ?? actor.country;
  if (actor.kind === 'place' && iso) stages.push([`same ISO code ${iso}`, () => keys.lookup('iso', iso)]);
  stages.push([`same name "${actor.name}"`, async () => [...(await keys.lookup('name', nameKey)), ...(await keys.lookup('alias', nameKey))]]);
  stages.push([`an alias is its name`, async () => (await Promise.all(aliasKeys.map((k) => keys.lookup('name', k)))).flat()]);

  for (const [reason, find] of stages) {
    const candidates = await live(sortedUniq(await find()));
    if (candidates.length === 1) return { id: candidates[0]!._id, existing: candidates[0]!, reason, doubts: [] };
    if (candidates.length > 1) {
      const exact = candidates.filter((c) => normalizeKey(c.name) === nameKey);
      if (exact.length === 1) return { id: exact[0]!._id, existing: exact[0]!, reason: `${reason} (exact)`, doubts: [] };
      const id = idOf('actor', actor.kind, nameKey);
      const existing = await store.actors.get(id);
      const others = candidates.filter((c) => c._id !== id).map((c) => `${c.name} (${c._id})`);
      return { id, existing, doubts: [`ambiguous: ${reason} matches ${others.join(', ')}; not merged`] };
    }
  }
  const id = idOf('actor', actor.kind, nameKey);
  return { id, existing: await store.actors.get(id), doubts: [] };
}

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
  const iso = rec.subdivision ?? rec.country;
  if (rec.kind === 'place' && iso) await keys.add('iso', [iso], rec._id);
}

export { withContribution };
