/**
 * A Map-backed Web Storage for unit tests of the stores, with a quota like a browser's: a
 * `setItem` that would take the stored keys and values past `quota` characters throws the
 * browser's `QuotaExceededError`, so the stores' "storage full" paths can be tested. The page's
 * own stand-in (`memoryStorage` in src/client/browserStorage.ts) has no quota. Never shipped.
 */
import type { StorageLike } from '../client/browserStorage.ts';

export function quotaStorage(quota = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      if (used() - (data.get(key)?.length ?? 0) + value.length > quota) {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      }
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}
