/**
 * The account as it stood on a given date. The case file holds the latest state; snapshots
 * record dated changes, so an earlier state is the latest one with later changes undone.
 */
import type { Account, Relationship, Snapshot, SnapshotChange } from '../schemas/account.ts';
import { relationshipKey } from '../model/relationshipKey.ts';
import { referenceDate } from './dates.ts';
import { absentOn } from './presence.ts';

export { absentOn } from './presence.ts';

type Dated<T> = T & { date: string };

function datedChanges(account: Account): Dated<SnapshotChange>[] {
  return account.snapshots.flatMap((snapshot) =>
    snapshot.changes.map((change) => ({ ...change, date: snapshot.date })),
  );
}

/** People present, their support and closeness, and the relations that existed on `date`. */
export function accountAt(account: Account, date: string): Account {
  const later = datedChanges(account).filter((change) => change.date > date);
  const absent = absentOn(account.snapshots, date);

  // Each person's first later change of each type, found in one pass: a search per person and
  // type made a large history quadratic, and every page of an account asks for its present.
  const firstLaterByPerson = new Map<string, Dated<SnapshotChange>>();
  for (const change of later) {
    if (!('person' in change)) continue;
    const key = `${change.type}\0${change.person}`;
    if (!firstLaterByPerson.has(key)) firstLaterByPerson.set(key, change);
  }
  const firstLater = <T extends SnapshotChange['type']>(type: T, person: string) =>
    firstLaterByPerson.get(`${type}\0${person}`) as Dated<Extract<SnapshotChange, { type: T }>> | undefined;

  const people = account.people
    .filter((person) => !absent.has(person.id))
    .map((person) => {
      const reportsChange = firstLater('reports-to', person.id);
      return {
        ...person,
        // An empty `from` means the person reported to no one before the change.
        reportsTo: reportsChange ? reportsChange.from : person.reportsTo,
        support: firstLater('support', person.id)?.from ?? person.support,
        closeness: firstLater('closeness', person.id)?.from ?? person.closeness,
      };
    });
  const present = new Set(people.map((person) => person.id));

  // For each relation, the first change after `date` tells whether it existed then.
  const firstLaterByKey = new Map<string, Dated<SnapshotChange>>();
  for (const change of later) {
    if (change.type !== 'relationship-appears' && change.type !== 'relationship-ends') continue;
    const key = relationshipKey(change);
    if (!firstLaterByKey.has(key)) firstLaterByKey.set(key, change);
  }
  const relationships: Relationship[] = account.relationships.filter(
    (relation) => firstLaterByKey.get(relationshipKey(relation))?.type !== 'relationship-appears',
  );
  for (const change of firstLaterByKey.values()) {
    if (change.type !== 'relationship-ends') continue;
    if (relationships.some((relation) => relationshipKey(relation) === relationshipKey(change))) continue;
    relationships.push({ from: change.from, to: change.to, kind: change.kind, direction: 'one-way', strength: 2 });
  }

  // A manager who has left (or not yet arrived) draws no reporting line.
  const withLines = people.map(({ reportsTo, dottedLines, ...person }) => ({
    ...person,
    ...(reportsTo && present.has(reportsTo) ? { reportsTo } : {}),
    dottedLines: dottedLines.filter((id) => present.has(id)),
  }));

  return {
    ...account,
    asOf: date,
    people: withLines,
    relationships: relationships.filter((relation) => present.has(relation.from) && present.has(relation.to)),
  };
}

/**
 * The account as it stands on its reference date (`asOf`): the one rule for who is present,
 * shared by the analysis and its tables, the maps' default view and the worksheet seeds. Someone
 * who left in a snapshot is in the file (the history needs them) but not in this account.
 */
export function presentAccount(account: Account): Account {
  const date = referenceDate(account);
  const kept = presentOf.get(account);
  if (kept?.date === date) return kept.present;
  const present = accountAt(account, date);
  presentOf.set(account, { date, present });
  return present;
}

/** Each account's present, worked out once: each of its five worksheet pages asks for it. */
const presentOf = new WeakMap<Account, { date: string; present: Account }>();

export interface SnapshotSummary {
  date: string;
  title: string;
  arrived: string[];
  left: string[];
  supportChanged: string[];
  closenessChanged: string[];
  reportingChanged: string[];
  relationshipsAppeared: string[];
  relationshipsEnded: string[];
}

/** What a snapshot changed, by kind, so a view can highlight it. */
export function summariseSnapshot(snapshot: Snapshot): SnapshotSummary {
  const pick = (type: SnapshotChange['type']) =>
    snapshot.changes
      .filter((change) => change.type === type)
      .map((change) => ('person' in change ? change.person : relationshipKey(change)));
  return {
    date: snapshot.date,
    title: snapshot.title,
    arrived: pick('joins'),
    left: pick('leaves'),
    supportChanged: pick('support'),
    closenessChanged: pick('closeness'),
    reportingChanged: pick('reports-to'),
    relationshipsAppeared: pick('relationship-appears'),
    relationshipsEnded: pick('relationship-ends'),
  };
}
