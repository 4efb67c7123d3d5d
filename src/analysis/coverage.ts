/**
 * Buying-role coverage: for EB, TB, UB and Coach, do we know who it is, are they with us, have we
 * spoken to them lately, and does someone on our team own the relationship?
 */
import type { Account, Person } from '../schemas/account.ts';
import { BUYING_ROLES, type BuyingRole } from '../schemas/vocabulary.ts';
import { hasRole, isSupportive } from '../model/accountModel.ts';
import { bodiesWithRole, bodyReach, type BodyReach } from './bodies.ts';
import { daysBetween, referenceDate } from './dates.ts';

export interface AnalysisOptions {
  /** Date the analysis speaks from; defaults to the account's `asOf` or latest date. */
  asOf?: string;
  /** A contact older than this many days is stale. */
  staleDays?: number;
  /** Id of the opportunity to analyse (`opportunities[].id`); the primary (first) by default. */
  opportunity?: string;
}

export const DEFAULT_STALE_DAYS = 60;

export function resolveOptions(account: Account, options: AnalysisOptions = {}) {
  return { asOf: options.asOf ?? referenceDate(account), staleDays: options.staleDays ?? DEFAULT_STALE_DAYS };
}

export function contactedRecently(person: Person, asOf: string, staleDays: number): boolean {
  return person.lastContact !== undefined && daysBetween(person.lastContact, asOf) <= staleDays;
}

/** Where a role stands with us, weighed over its holders (see `roleStance`). */
export type RoleStance = 'with-us' | 'neutral' | 'against' | 'unknown' | 'none';

/**
 * Why a role has its stance: the holder who decides it. `blocker`: a holder at −2, who can stop
 * the role alone whatever the others think; `most-powerful`: the holder with the highest power
 * (the least supportive of those tied). `othersWithUs` counts the other holders at +1 or more, so a
 * view can say "although …".
 */
export interface StanceReason {
  kind: 'blocker' | 'most-powerful';
  person: Person;
  othersWithUs: number;
}

export interface RoleCoverage {
  role: BuyingRole;
  /** Real people holding the role (placeholders excluded). */
  holders: Person[];
  /** Placeholders standing for a holder not yet known. */
  placeholders: Person[];
  /** Group decision bodies holding the role as a whole (see `./bodies.ts`). */
  bodies: BodyReach[];
  identified: boolean;
  /** The role is with us: `stance` is `with-us`. */
  supportive: boolean;
  stance: RoleStance;
  /** Absent when the role has no holder. */
  reason?: StanceReason;
  contacted: boolean;
  owned: boolean;
}

const supportValue = (person: Person) => (person.support === 'unknown' ? undefined : person.support);

/**
 * A role is only as much with us as the holder who weighs most: any blocker (−2) decides it;
 * otherwise the most powerful holder does (ties: the least supportive, unknown counting as the
 * least known). One friendly holder beside a more powerful sceptic does not make the role ours.
 */
export function roleStance(holders: readonly Person[]): { stance: RoleStance; reason?: StanceReason } {
  if (holders.length === 0) return { stance: 'none' };
  const withUs = (decider: Person) => holders.filter((person) => person !== decider && isSupportive(person)).length;
  const blocker = holders.find((person) => person.support === -2);
  if (blocker)
    return { stance: 'against', reason: { kind: 'blocker', person: blocker, othersWithUs: withUs(blocker) } };
  const caution = (person: Person) => supportValue(person) ?? -Infinity;
  const [decider] = [...holders].sort((a, b) => (b.power ?? 0) - (a.power ?? 0) || caution(a) - caution(b));
  const support = supportValue(decider!);
  const stance: RoleStance =
    support === undefined ? 'unknown' : support >= 1 ? 'with-us' : support === 0 ? 'neutral' : 'against';
  return { stance, reason: { kind: 'most-powerful', person: decider!, othersWithUs: withUs(decider!) } };
}

/**
 * A role held by a body as well as by people is weighed over the holders and the body's members
 * together; it counts as contacted (owned) only when every body holding it is reached (covered)
 * and, when people hold it too, one of them is contacted (owned): the body must agree as well.
 */
export function roleCoverage(account: Account, options?: AnalysisOptions): RoleCoverage[] {
  const { asOf, staleDays } = resolveOptions(account, options);
  return BUYING_ROLES.map((role) => {
    const withRole = account.people.filter((person) => hasRole(person, role));
    const holders = withRole.filter((person) => !person.placeholder);
    const bodies = bodiesWithRole(account, role).map((body) => bodyReach(body, account, options));
    const weighed = [...new Set([...holders, ...bodies.flatMap((body) => body.members)])].filter(
      (person) => !person.placeholder,
    );
    const { stance, reason } = roleStance(weighed);
    const byPeople = (test: (person: Person) => boolean) => holders.length === 0 || holders.some(test);
    const identified = holders.length > 0 || bodies.length > 0;
    return {
      role,
      holders,
      placeholders: withRole.filter((person) => person.placeholder),
      bodies,
      identified,
      supportive: stance === 'with-us',
      stance,
      ...(reason ? { reason } : {}),
      contacted:
        identified &&
        byPeople((person) => contactedRecently(person, asOf, staleDays)) &&
        bodies.every((body) => body.reached),
      owned: identified && byPeople((person) => person.owner !== undefined) && bodies.every((body) => body.covered),
    };
  });
}
