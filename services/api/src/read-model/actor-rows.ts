import type { ActorRecord } from '@coopnews/schema';
import { changeLog, snapshotStore, type Store } from '@coopnews/store';
import type { Logger } from '@coopnews/runtime';
import type { ActorListItem } from '../schemas.ts';
import type { ReadModelSpec } from './read-model.ts';

/** One actor as the actor list, exports, the network graph and the `actor=` filter see it. */
export interface ActorRow {
  _id: string;
  item: ActorListItem;
  /** Lower-cased name, the list's second sort key. */
  sortName: string;
  keys: string[];
}

export const ACTOR_ROW_SHAPE = 'actor-row-2';

export function actorRow(a: Omit<ActorRecord, 'contributions'>): ActorRow {
  const item: ActorListItem = {
    _id: a._id,
    kind: a.kind,
    name: a.name,
    aliases: a.aliases,
    ...(a.category ? { category: a.category } : {}),
    ...(a.country ? { country: a.country } : {}),
    ...(a.subdivision ? { subdivision: a.subdivision } : {}),
    roles: a.roles,
    confidence: a.confidence,
    dismissed: a.dismissed,
    articleCount: a.articleIds.length,
    sourceCount: new Set(a.sources.map((s) => s.articleId)).size,
    quoteCount: a.sources.length,
    doubtCount: a.doubts.length,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
  };
  return { _id: a._id, item, sortName: a.name.toLowerCase(), keys: a.keys };
}

/** Most-reported first (the actors a researcher is likely after), then by name, then _id. */
export const compareActorRows = (a: ActorRow, b: ActorRow): number =>
  b.item.articleCount - a.item.articleCount || (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export function actorModelSpec(store: Store, log?: Logger): ReadModelSpec<ActorRecord, ActorRow> {
  return {
    name: 'actors',
    get: (id) => store.actors.get(id),
    scan: () => store.actors.stream({}, { projection: { contributions: 0 } }),
    rowOf: actorRow,
    compare: compareActorRows,
    changes: changeLog(store.db, 'actors'),
    snapshots: snapshotStore(store.db, 'actors', ACTOR_ROW_SHAPE),
    log,
  };
}
