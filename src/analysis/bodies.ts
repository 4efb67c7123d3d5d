/**
 * Group decision bodies (党委会, 董事会, 办公会, 院务会): how far we reach one, and where it stands.
 *
 * A body decides together, led by its chair, so one friendly member cannot carry it:
 * - **reached** when we are in recent contact with its chair and with at least half of its
 *   members (the votes a decision needs; without a chair, half of the members);
 * - **owned** when at least half of its members have an owner on our team;
 * - its **stance** is weighed over its members as a role's over its holders (`roleStance`): one
 *   member at −2 can block it, otherwise its most powerful member (usually the chair) decides.
 * Members who have left by the analysis date no longer count.
 */
import type { Account, DecisionBody, Person } from '../schemas/account.ts';
import type { BuyingRole } from '../schemas/vocabulary.ts';
import {
  contactedRecently,
  resolveOptions,
  roleStance,
  type AnalysisOptions,
  type RoleStance,
  type StanceReason,
} from './coverage.ts';

export interface BodyReach {
  body: DecisionBody;
  /** Members present on the analysis date. */
  members: Person[];
  chair?: Person;
  /** Members we contacted within the stale-contact window. */
  contacted: Person[];
  /** Members with an owner on our team. */
  owned: Person[];
  /** The chair (when there is one) and at least half of the members are in recent contact. */
  reached: boolean;
  /** At least half of the members have an owner. */
  covered: boolean;
  stance: RoleStance;
  reason?: StanceReason;
}

const atLeastHalf = (part: number, whole: number) => whole > 0 && part * 2 >= whole;

export function bodyReach(body: DecisionBody, account: Account, options?: AnalysisOptions): BodyReach {
  const { asOf, staleDays } = resolveOptions(account, options);
  const personById = new Map(account.people.map((person) => [person.id, person]));
  const members = body.members.flatMap((id) => personById.get(id) ?? []);
  const chair = body.chair === undefined ? undefined : personById.get(body.chair);
  const contacted = members.filter((person) => contactedRecently(person, asOf, staleDays));
  const owned = members.filter((person) => person.owner !== undefined);
  const { stance, reason } = roleStance(members.filter((person) => !person.placeholder));
  return {
    body,
    members,
    ...(chair ? { chair } : {}),
    contacted,
    owned,
    reached: atLeastHalf(contacted.length, members.length) && (!chair || contacted.includes(chair)),
    covered: atLeastHalf(owned.length, members.length),
    stance,
    ...(reason ? { reason } : {}),
  };
}

/** The bodies of the account that hold `role` as a whole. */
export function bodiesWithRole(account: Account, role: BuyingRole): DecisionBody[] {
  return account.bodies.filter((body) => body.roles.includes(role));
}

/** Ids of everyone who sits on a body holding a buying role: key people, as role holders are. */
export function membersOfRoleBodies(account: Account): Set<string> {
  return new Set(account.bodies.filter((body) => body.roles.length > 0).flatMap((body) => body.members));
}
