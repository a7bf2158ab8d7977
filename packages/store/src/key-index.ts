import { idOf } from './ids.ts';
import type { KeyRecord } from './store.ts';
import type { WriteOutcome } from './repositories/repository.ts';

/** What a key index needs of the keys collection: the store's repository or a unit of work's. */
export interface KeyRepository {
  get(id: string): Promise<KeyRecord | null>;
  put(doc: KeyRecord, known?: KeyRecord | null): Promise<WriteOutcome>;
}

/** The `_id` of the key document for `key` of kind `index` among records of `scope`. */
export const keyId = (scope: string, index: string, key: string): string => idOf('key', scope, index, key);

/**
 * Lookup tables from a normalized key to the records carrying it, stored one document per key
 * so that every lookup goes by `_id`. `scope` is the record kind (person, organization, place,
 * agreement, program); `index` the kind of key (name, alias, iso, pair, acronym).
 */
export function keyIndex(store: { keys: KeyRepository }, scope: string) {
  const id = (index: string, key: string) => keyId(scope, index, key);
  return {
    async lookup(index: string, key: string): Promise<string[]> {
      return (await store.keys.get(id(index, key)))?.targetIds ?? [];
    },
    /** Adds `targetIds` under each key; keys already listing them are left as they are. */
    async add(index: string, keys: Iterable<string>, ...targetIds: string[]): Promise<void> {
      for (const key of new Set(keys)) {
        if (!key) continue;
        const existing = await store.keys.get(id(index, key));
        if (existing && targetIds.every((t) => existing.targetIds.includes(t))) continue;
        const doc = { _id: id(index, key), kind: `${scope}:${index}`, key, targetIds: [...new Set([...(existing?.targetIds ?? []), ...targetIds])].sort() };
        await store.keys.put(doc, existing);
      }
    },
  };
}
