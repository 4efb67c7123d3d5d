/**
 * Keys kept before test answers and facilitator timers had namespaces, moved into the one a
 * device works in (see `scopeLegacyKeys`). Apart from ./deviceData.ts so the test and
 * facilitator pages load only this. Pure over the few Web Storage calls, no DOM.
 */
import { siteKeys, storagePrefix } from './record.ts';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Facilitator keys from before namespaces: `kam-workbook:workshops:<timer|rubric>:…`. */
const LEGACY_WORKSHOPS = 'kam-workbook:workshops:';
const DEFAULT_ASSESSMENTS = `${storagePrefix()}assessment:`;
/**
 * Set once tests' answers have been given their namespace on this device. Outside every
 * namespace, like the cohort key: it is about the device.
 */
export const SCOPED_KEYS_MARK = 'kam:scoped-keys:v1';

/**
 * Moves what was kept before test answers and facilitator timers had namespaces into the one
 * this device works in now (`cohort`), so nothing is lost and nothing is shown to another cohort:
 *
 * - facilitator timers and rubric scores (`kam-workbook:workshops:…`) belong to no namespace:
 *   they move into the current one whenever found (a restored older backup brings some back);
 * - test answers were kept under `kam:assessment:…` whatever the cohort, so on a device working
 *   in a cohort when this first runs they were that cohort's: they move into it, once (later
 *   answers under `kam:` are the default namespace's own).
 *
 * A key whose new place already holds something stays where it is (and in backups); a write the
 * browser refuses leaves the old key too. Returns how many keys moved.
 */
export function scopeLegacyKeys(storage: Storage, cohort: string | undefined): number {
  const prefix = storagePrefix(cohort);
  const read = (key: string) => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const firstTime = read(SCOPED_KEYS_MARK) === null;
  let moved = 0;
  let keys: string[];
  try {
    keys = siteKeys(storage);
  } catch {
    return 0;
  }
  for (const key of keys) {
    const target = key.startsWith(LEGACY_WORKSHOPS)
      ? `${prefix}workshops:${key.slice(LEGACY_WORKSHOPS.length)}`
      : firstTime && cohort && key.startsWith(DEFAULT_ASSESSMENTS)
        ? `${prefix}assessment:${key.slice(DEFAULT_ASSESSMENTS.length)}`
        : undefined;
    const value = target === undefined ? null : read(key);
    if (target === undefined || value === null || read(target) !== null) continue;
    try {
      storage.setItem(target, value);
      storage.removeItem(key);
      moved++;
    } catch {
      // A full or blocked store: the old key stays, and is tried again next time.
    }
  }
  if (firstTime) {
    try {
      storage.setItem(SCOPED_KEYS_MARK, '1');
    } catch {
      // Not remembered: the next page tries again, which moves only what is still unscoped.
    }
  }
  return moved;
}
