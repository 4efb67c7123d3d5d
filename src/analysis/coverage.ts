/**
 * Buying-role coverage: for EB, TB, UB and Coach, do we know who it is, are they with us, have we
 * spoken to them lately, and does someone on our team own the relationship?
 */
import type { Account, Person } from '../schemas/account.ts';
import { BUYING_ROLES, type BuyingRole } from '../schemas/vocabulary.ts';
import { hasRole, isSupportive } from '../model/accountModel.ts';
import { daysBetween, referenceDate } from './dates.ts';

export interface AnalysisOptions {
  /** Date the analysis speaks from; defaults to the account's `asOf` or latest date. */
  asOf?: string;
  /** A contact older than this many days is stale. */
  staleDays?: number;
}

export const DEFAULT_STALE_DAYS = 60;

export function resolveOptions(account: Account, options: AnalysisOptions = {}) {
  return { asOf: options.asOf ?? referenceDate(account), staleDays: options.staleDays ?? DEFAULT_STALE_DAYS };
}

export function contactedRecently(person: Person, asOf: string, staleDays: number): boolean {
  return person.lastContact !== undefined && daysBetween(person.lastContact, asOf) <= staleDays;
}

export interface RoleCoverage {
  role: BuyingRole;
  /** Real people holding the role (placeholders excluded). */
  holders: Person[];
  /** Placeholders standing for a holder not yet known. */
  placeholders: Person[];
  identified: boolean;
  supportive: boolean;
  contacted: boolean;
  owned: boolean;
}

export function roleCoverage(account: Account, options?: AnalysisOptions): RoleCoverage[] {
  const { asOf, staleDays } = resolveOptions(account, options);
  return BUYING_ROLES.map((role) => {
    const withRole = account.people.filter((person) => hasRole(person, role));
    const holders = withRole.filter((person) => !person.placeholder);
    return {
      role,
      holders,
      placeholders: withRole.filter((person) => person.placeholder),
      identified: holders.length > 0,
      supportive: holders.some(isSupportive),
      contacted: holders.some((person) => contactedRecently(person, asOf, staleDays)),
      owned: holders.some((person) => person.owner !== undefined),
    };
  });
}
