/**
 * The facilitator's saved state in localStorage: timer per agenda or scenario, rubric scores per
 * scenario, under the cohort's namespace like everything else (`kam[@cohort]:workshops:…`), so
 * two workshops on one laptop keep their own timers and scores. Keys carry a version so a later
 * shape can move old data or ignore it. Older keys (`kam-workbook:workshops:…`) move into the
 * namespace the first time a page here opens (`scopeLegacyKeys`).
 */
import { scopeLegacyKeys } from '../../ownAccounts/scopedKeys.ts';
import { storagePrefix } from '../../ownAccounts/record.ts';
import { browserStorage } from '../browserStorage.ts';
import { activeCohort } from '../ownAccounts/cohort.ts';

let namespace: string | undefined;
/** The cohort's namespace, with older keys moved into it on first use. */
function facilitatorNamespace(): string {
  if (namespace === undefined) {
    const storage = browserStorage();
    const cohort = activeCohort(storage, location.search);
    scopeLegacyKeys(storage, cohort);
    namespace = storagePrefix(cohort);
  }
  return namespace;
}

export const timerKey = (id: string) => `${facilitatorNamespace()}workshops:timer:v1:${id}`;
export const rubricKey = (scenario: string) => `${facilitatorNamespace()}workshops:rubric:v1:${scenario}`;

export function load(key: string): unknown {
  try {
    const text = browserStorage().getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function save(key: string, value: unknown): void {
  try {
    browserStorage().setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full store: the session still runs, it just will not survive a reload.
  }
}
