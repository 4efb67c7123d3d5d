/**
 * Our side of the account: which member of our team owns which customer person, and which key
 * people nobody owns.
 */
import { isKeyPerson } from '../model/accountModel.ts';
import type { Account, Person, TeamMember } from '../schemas/account.ts';

export interface TeamCoverage {
  members: { member: TeamMember; owns: Person[] }[];
  /** Rows of the member × person matrix: each customer person and the member who owns them. */
  rows: { person: Person; owner?: TeamMember; key: boolean }[];
  uncoveredKeyPeople: Person[];
}

export function teamCoverage(account: Account): TeamCoverage {
  const memberById = new Map(account.team.map((member) => [member.id, member]));
  const people = account.people.filter((person) => !person.placeholder);
  return {
    members: account.team.map((member) => ({ member, owns: people.filter((person) => person.owner === member.id) })),
    rows: people.map((person) => ({
      person,
      ...(person.owner ? { owner: memberById.get(person.owner) } : {}),
      key: isKeyPerson(person),
    })),
    uncoveredKeyPeople: people.filter((person) => isKeyPerson(person) && person.owner === undefined),
  };
}
