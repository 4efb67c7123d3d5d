/**
 * Lookups over one validated account, built once and shared by the analysis functions.
 */
import type { Account, Person, TeamMember, Unit } from '../schemas/account.ts';
import type { BuyingRole, Layer } from '../schemas/vocabulary.ts';

export interface AccountModel {
  account: Account;
  personById: ReadonlyMap<string, Person>;
  unitById: ReadonlyMap<string, Unit>;
  memberById: ReadonlyMap<string, TeamMember>;
  layerOf(person: Person): Layer;
  /** People who report to `personId` by a solid line. */
  reportsOf(personId: string): Person[];
}

export function buildAccountModel(account: Account): AccountModel {
  const personById = new Map(account.people.map((person) => [person.id, person]));
  const unitById = new Map(account.units.map((unit) => [unit.id, unit]));
  const memberById = new Map(account.team.map((member) => [member.id, member]));
  const reports = new Map<string, Person[]>();
  for (const person of account.people) {
    if (!person.reportsTo) continue;
    const list = reports.get(person.reportsTo) ?? [];
    list.push(person);
    reports.set(person.reportsTo, list);
  }
  return {
    account,
    personById,
    unitById,
    memberById,
    // Validation guarantees the unit exists; `management` only guards hand-built test data.
    layerOf: (person) => unitById.get(person.unit)?.layer ?? 'management',
    reportsOf: (personId) => reports.get(personId) ?? [],
  };
}

export function hasRole(person: Person, role: BuyingRole): boolean {
  return person.roles.includes(role);
}

/** Power at or above this is "high power": a key person, a flag when opposed or unknown. */
export const HIGH_POWER = 4;

/** Key people: anyone holding a buying role or with high power (4–5). */
export function isKeyPerson(person: Person): boolean {
  return person.roles.some((role) => role !== 'unknown') || (person.power ?? 0) >= HIGH_POWER;
}

export function isSupportive(person: Person): boolean {
  return person.support !== 'unknown' && person.support >= 1;
}

export function isOpposed(person: Person): boolean {
  return person.support !== 'unknown' && person.support <= -1;
}
