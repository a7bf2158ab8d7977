import type { ActorRecord, ArticleRecord, ExtractionResult } from '@coopnews/schema';
import { idOf, keyId, normalizeKey, type UnitOfWork } from '@coopnews/store';
import { pairKeys } from './agreements.ts';
import { canonicalKeys } from './canonical-keys.ts';

/**
 * Reads, in two parallel waves, what actor and program resolution of one article will look up:
 * the article as stored, the key documents of every name, alias and ISO code it mentions, the
 * records they point to and the records its earlier version contributed to. The fold then
 * runs on cached documents instead of awaiting one round trip after another.
 */
export async function prefetchResolution(store: UnitOfWork, articleId: string, result: ExtractionResult): Promise<ArticleRecord | null> {
  const keyIds: string[] = [];
  const actorIds: string[] = [];
  const programIds: string[] = [];
  for (const actor of result.actors) {
    const nameKey = normalizeKey(actor.name);
    const iso = actor.subdivision ?? actor.country;
    if (actor.kind === 'place' && iso) {
      keyIds.push(keyId(actor.kind, 'iso', iso));
      actorIds.push(idOf('actor', actor.kind, 'iso', iso));
    }
    for (const canon of canonicalKeys(actor)) {
      keyIds.push(keyId(actor.kind, 'canon', canon));
      actorIds.push(idOf('actor', actor.kind, 'canon', canon));
    }
    keyIds.push(keyId(actor.kind, 'name', nameKey), keyId(actor.kind, 'alias', nameKey));
    for (const alias of actor.aliases) keyIds.push(keyId(actor.kind, 'name', normalizeKey(alias)), keyId(actor.kind, 'alias', normalizeKey(alias)));
    actorIds.push(idOf('actor', actor.kind, nameKey));
  }
  for (const program of result.programs) {
    const nameKey = normalizeKey(program.name);
    keyIds.push(keyId('program', 'name', nameKey), keyId('program', 'alias', nameKey));
    for (const alias of program.aliases ?? []) keyIds.push(keyId('program', 'alias', normalizeKey(alias)));
    if (program.acronym) keyIds.push(keyId('program', 'acronym', normalizeKey(program.acronym)));
    programIds.push(idOf('program', nameKey));
  }
  const [prev, keys] = await Promise.all([store.articles.get(articleId), store.keys.getMany(keyIds), store.actors.getMany(actorIds), store.programs.getMany(programIds)]);
  const targets = keys.filter((k) => !k.kind.startsWith('agreement:'));
  await Promise.all([
    store.actors.getMany([...targets.filter((k) => !k.kind.startsWith('program:')).flatMap((k) => k.targetIds), ...(prev?.actorIds ?? [])]),
    store.programs.getMany([...targets.filter((k) => k.kind.startsWith('program:')).flatMap((k) => k.targetIds), ...(prev?.programIds ?? [])]),
  ]);
  return prev;
}

/**
 * The second half: once actors are resolved, the pair keys of every agreement's sides, the
 * agreements they point to (and those the article's earlier version reported), and the actors
 * those agreements name, whose names the fold copies.
 */
export async function prefetchAgreements(store: UnitOfWork, sides: readonly (readonly ActorRecord[])[], prev: ArticleRecord | null): Promise<void> {
  const keys = await store.keys.getMany(sides.flatMap((s) => pairKeys(s).map((k) => keyId('agreement', 'pair', k))));
  const agreements = await store.agreements.getMany([...keys.flatMap((k) => k.targetIds), ...(prev?.agreementIds ?? [])]);
  await store.actors.getMany(agreements.flatMap((a) => a.contributions.flatMap((c) => c.partyIds)));
}
