import { idOf, type Store } from '@coopnews/store';

/**
 * Lookup tables from a normalized key to the records carrying it, stored one document per key
 * so that every lookup goes by `_id`.
 */
export function keyIndex(store: Store, scope: string) {
  const id = (index: string, key: string) => idOf('key', scope, index, key);
  return {
    async lookup(index: string, key: string): Promise<string[]> {
      return (await store.keys.get(id(index, key)))?.targetIds ?? [];
    },
    async add(index: string, keys: Iterable<string>, targetId: string): Promise<void> {
      for (const key of new Set(keys)) {
        if (!key) continue;
        const existing = await store.keys.get(id(index, key));
        if (existing?.targetIds.includes(targetId)) continue;
        await store.keys.put({ _id: id(index, key), kind: `${scope}:${index}`, key, targetIds: [...(existing?.targetIds ?? []), targetId].sort() }, existing);
      }
    },
  };
}
