/** The browser's localStorage, or a stand-in when it is blocked, behind the few calls the stores use. */

/** The part of the Web Storage API the stores use (a Map-backed fake in unit tests). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Storage that lives as long as the page: paper mode, and when the browser blocks localStorage. */
export function memoryStorage(): StorageLike {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

export function browserStorage(): StorageLike {
  try {
    return window.localStorage;
  } catch {
    return memoryStorage(); // storage blocked: the page still works, saving reports "failed"
  }
}

/** The quota error under every browser's name for it (and code 22 / 1014 of older ones). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
