/**
 * Editions: who the built site is for. Applied once, before any page sees the data, so
 * trainer-only material is absent from the output rather than hidden.
 */
import type { Account } from '../schemas/account.ts';

export const EDITIONS = ['trainee', 'trainer', 'public'] as const;
export type Edition = (typeof EDITIONS)[number];

/** The safe default: anything unset or unexpected builds the trainee edition... */
export function editionFromEnv(value: string | undefined): Edition {
  if (value === undefined || value === '') return 'trainee';
  if ((EDITIONS as readonly string[]).includes(value)) return value as Edition;
  // ...but a typo must not silently publish the wrong material, so it stops the build.
  throw new Error(`EDITION must be one of ${EDITIONS.join(', ')}; found "${value}"`);
}

/** Removes every `trainer` key, at any depth, from a copy of the data. */
export function withoutTrainerMaterial<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTrainerMaterial) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key !== 'trainer') copy[key] = withoutTrainerMaterial(inner);
    }
    return copy as T;
  }
  return value;
}

/** Which accounts an edition may show at all. */
export function accountVisibleIn(account: Account, edition: Edition): boolean {
  if (edition === 'trainer') return true;
  if (edition === 'public') return account.sanitized && account.confidentiality === 'public';
  return account.confidentiality === 'public';
}

export function applyEdition(accounts: readonly Account[], edition: Edition): Account[] {
  const visible = accounts.filter((account) => accountVisibleIn(account, edition));
  return edition === 'trainer' ? [...visible] : visible.map(withoutTrainerMaterial);
}
