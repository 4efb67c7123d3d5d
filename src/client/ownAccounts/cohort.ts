/**
 * The cohort this browser works in. A trainer hands out a link with `?cohort=<name>`; the first
 * page opened with it remembers the name under `kam:cohort:v1` (the one key outside every
 * namespace), and every page after that keeps its data under `kam@<name>:`. The 「我的客户」 page
 * shows it and can change it.
 */
import { isCohortName } from '../../ownAccounts/record.ts';
import type { StorageLike } from '../browserStorage.ts';

export const COHORT_KEY = 'kam:cohort:v1';

/** The cohort in effect: the address's `?cohort=` (remembered from now on) or the remembered one. */
export function activeCohort(storage: StorageLike, search: string): string | undefined {
  const asked = new URLSearchParams(search).get('cohort');
  if (asked !== null) setCohort(storage, asked.trim());
  return rememberedCohort(storage);
}

export function rememberedCohort(storage: StorageLike): string | undefined {
  try {
    const name = storage.getItem(COHORT_KEY);
    return name && isCohortName(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a cohort; an empty name goes back to the default namespace. False: not a valid name. */
export function setCohort(storage: StorageLike, name: string): boolean {
  if (name && !isCohortName(name)) return false;
  try {
    if (name) storage.setItem(COHORT_KEY, name);
    else storage.removeItem(COHORT_KEY);
    return true;
  } catch {
    return false;
  }
}
