import type { Program, ProgramContribution, ProgramRecord } from '@coopnews/schema';
import { idOf, keyIndex, normalizeKey, type UnitOfWork } from '@coopnews/store';
import type { ArticleContext } from './context.ts';
import { applyCorrection, mergeReasons } from './actors.ts';
import { byPublication, commonFields, mostCommon, sortedUniq, contributionBase } from './folding.ts';


/**
 * The same program reported again: the same name, or the same acronym run by one of the same
 * organizers ("TOT" alone is too common a name to merge on).
 */
export async function resolveProgram(
  store: UnitOfWork,
  program: Program,
  organizerIds: string[],
  taken: ReadonlySet<string>,
): Promise<{ id: string; existing: ProgramRecord | null; reason?: string }> {
  const keys = keyIndex(store, 'program');
  const nameKey = normalizeKey(program.name);
  const live = async (ids: string[]) => (await store.programs.getMany(sortedUniq(ids))).filter((p) => !taken.has(p._id) && !p.dismissed);
  const byName = await live([...(await keys.lookup('name', nameKey)), ...(await keys.lookup('alias', nameKey))]);
  if (byName[0]) return { id: byName[0]._id, existing: byName[0], reason: `same name "${program.name}"` };
  if (program.acronym) {
    const byAcronym = (await live(await keys.lookup('acronym', normalizeKey(program.acronym)))).filter((p) => p.organizerIds.some((o) => organizerIds.includes(o)));
    if (byAcronym[0]) return { id: byAcronym[0]._id, existing: byAcronym[0], reason: `same acronym ${program.acronym} and organizer` };
  }
  const id = idOf('program', nameKey);
  return { id, existing: await store.programs.get(id) };
}

export function programContribution(program: Program, organizerIds: string[], participantIds: string[], ctx: ArticleContext): ProgramContribution {
  return {
    ...contributionBase(ctx, program),
    name: program.name,
    ...(program.acronym ? { acronym: program.acronym } : {}),
    aliases: program.aliases ?? [],
    ...(program.kind ? { kind: program.kind } : {}),
    organizerIds: sortedUniq(organizerIds),
    participantIds: sortedUniq(participantIds),
  };
}

export function foldProgram(id: string, contributions: ProgramContribution[], prev: ProgramRecord | null, ctx: ArticleContext, reason: string | undefined): ProgramRecord {
  const cs = byPublication(contributions);
  const name = mostCommon(cs.map((c) => c.name), (a, b) => b.length - a.length) ?? '';
  const acronym = mostCommon(cs.flatMap((c) => (c.acronym ? [c.acronym] : [])));
  const kind = mostCommon(cs.flatMap((c) => (c.kind ? [c.kind] : [])));
  const surfaces = sortedUniq(cs.flatMap((c) => [c.name, ...c.aliases]));
  const folded: ProgramRecord = {
    _id: id,
    name,
    keys: sortedUniq([...surfaces, ...(acronym ? [acronym] : [])].map(normalizeKey)),
    ...(acronym ? { acronym } : {}),
    aliases: surfaces.filter((s) => normalizeKey(s) !== normalizeKey(name)),
    ...(kind ? { kind } : {}),
    organizerIds: sortedUniq(cs.flatMap((c) => c.organizerIds)),
    participantIds: sortedUniq(cs.flatMap((c) => c.participantIds)),
    contributions: cs,
    ...commonFields(cs, cs.map((c) => c.confidence), ctx.at),
    extractorVersion: ctx.extractorVersion,
    dismissed: prev?.dismissed ?? false,
    mergeReasons: mergeReasons(prev, reason, ctx),
    doubts: prev?.doubts ?? [],
  };
  return applyCorrection(folded, prev);
}

export async function indexProgramKeys(store: UnitOfWork, rec: ProgramRecord, mine: ProgramContribution): Promise<void> {
  const keys = keyIndex(store, 'program');
  await keys.add('name', [normalizeKey(mine.name)], rec._id);
  await keys.add('alias', mine.aliases.map(normalizeKey), rec._id);
  await keys.add('acronym', mine.acronym ? [normalizeKey(mine.acronym)] : [], rec._id);
}
