import type { Store } from '@coopnews/store';

/**
 * Every actor, agreement and program by content: ids replaced by what they stand for (party
 * names, article URLs), so two databases compare whichever ids they chose.
 */
export async function recordsByContent(store: Store, urlKey: (url: string) => string = (u) => u): Promise<Set<string>> {
  // Articles by (normalized) URL: the ids hash URLs, which may hold a run's own port.
  const articleKey = new Map((await store.articles.find({}, { projection: { _id: 1, url: 1 } })).map((a) => [a._id, urlKey(a.url)]));
  const arts = (ids: readonly string[]) => ids.map((id) => articleKey.get(id) ?? id).sort();
  const actors = await store.actors.find({});
  const name = new Map(actors.map((a) => [a._id, `${a.kind}:${a.name}`]));
  const out = new Set<string>();
  for (const a of actors) out.add(JSON.stringify(['actor', a.kind, a.name, [...a.aliases].sort(), arts(a.articleIds)]));
  for (const g of await store.agreements.find({})) {
    out.add(JSON.stringify(['agreement', g.type, g.status, g.partyIds.map((p) => name.get(p) ?? '?').sort(), arts(g.articleIds), [...g.sectors].sort()]));
  }
  for (const p of await store.programs.find({})) out.add(JSON.stringify(['program', p.name, arts(p.articleIds)]));
  return out;
}
