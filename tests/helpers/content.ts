import type { Store } from '@coopnews/store';

/**
 * Every actor, agreement and program by content: ids replaced by what they stand for (party
 * names, article ids), so two databases compare whichever ids they chose.
 */
export async function recordsByContent(store: Store): Promise<Set<string>> {
  const actors = await store.actors.find({});
  const name = new Map(actors.map((a) => [a._id, `${a.kind}:${a.name}`]));
  const out = new Set<string>();
  for (const a of actors) out.add(JSON.stringify(['actor', a.kind, a.name, [...a.aliases].sort(), [...a.articleIds].sort()]));
  for (const g of await store.agreements.find({})) {
    out.add(JSON.stringify(['agreement', g.type, g.status, g.partyIds.map((p) => name.get(p) ?? '?').sort(), [...g.articleIds].sort(), [...g.sectors].sort()]));
  }
  for (const p of await store.programs.find({})) out.add(JSON.stringify(['program', p.name, [...p.articleIds].sort()]));
  return out;
}
