/**
 * 「按今天保存快照」: the own account keeps dated snapshots the way a case file does. The record
 * holds the latest state (people and relations); a press compares it with what the previous
 * press saw and writes the difference as one dated snapshot of `changes`, so the maps' date
 * control shows the account as it stood on each day, exactly as for case files.
 *
 * A second press on the same day redoes that day's snapshot from the state before the day, so
 * a day never holds two snapshots and the last change of each person always matches the file.
 * Someone removed since the last press `leaves` and stays in `people` (a case file keeps who
 * left), so the date control can still show them before that day. Pure.
 */
import type { AccountInput, SnapshotChange } from '../schemas/account.ts';
import { relationshipKey } from '../model/relationshipKey.ts';
import { presentState } from './present.ts';

export { presentState } from './present.ts';
import type { OwnAccountRecord, OwnAccountState } from './record.ts';

type PersonEntry = OwnAccountState['people'][number];
type SnapshotEntry = NonNullable<AccountInput['snapshots']>[number];

// The schema's defaults, so a value never written compares equal to the default written out.
const supportOf = (person: PersonEntry) => person.support ?? 'unknown';
const closenessOf = (person: PersonEntry) => person.closeness ?? 0;

/** What changed from `before` to `after`, as snapshot changes in the case file's vocabulary. */
export function stateChanges(before: OwnAccountState, after: OwnAccountState): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const earlier = new Map(before.people.map((person) => [person.id, person]));
  const later = new Map(after.people.map((person) => [person.id, person]));
  for (const person of after.people) {
    const was = earlier.get(person.id);
    if (!was) {
      changes.push({ type: 'joins', person: person.id });
      continue;
    }
    if (supportOf(was) !== supportOf(person))
      changes.push({ type: 'support', person: person.id, from: supportOf(was), to: supportOf(person) });
    if (closenessOf(was) !== closenessOf(person))
      changes.push({ type: 'closeness', person: person.id, from: closenessOf(was), to: closenessOf(person) });
    if (was.reportsTo !== person.reportsTo)
      changes.push({
        type: 'reports-to',
        person: person.id,
        ...(was.reportsTo ? { from: was.reportsTo } : {}),
        ...(person.reportsTo ? { to: person.reportsTo } : {}),
      });
  }
  for (const person of before.people) if (!later.has(person.id)) changes.push({ type: 'leaves', person: person.id });

  const keys = (state: OwnAccountState) => new Set(state.relationships.map(relationshipKey));
  const [had, has] = [keys(before), keys(after)];
  for (const { from, to, kind } of after.relationships)
    if (!had.has(relationshipKey({ from, to, kind }))) changes.push({ type: 'relationship-appears', from, to, kind });
  // A leaver's relations end with them: the case file says so by the `leaves` alone.
  for (const { from, to, kind } of before.relationships)
    if (!has.has(relationshipKey({ from, to, kind })) && later.has(from) && later.has(to))
      changes.push({ type: 'relationship-ends', from, to, kind });
  return changes;
}

export type SnapshotOutcome =
  /** First press: today's state is the starting point; the next press records what changed since. */
  | 'started'
  | 'saved'
  /** Nothing changed since the last press (today's snapshot, if any, is gone). */
  | 'unchanged';

export interface SavedSnapshot {
  record: OwnAccountRecord;
  outcome: SnapshotOutcome;
  changes: SnapshotChange[];
}

/**
 * Saves the record's state on `date` (today, YYYY-MM-DD) as a snapshot titled `title`. Also
 * moves `asOf` up to `date`: the case now describes that day.
 */
export function saveSnapshot(record: OwnAccountRecord, date: string, title: string): SavedSnapshot {
  const { account } = record;
  // A copy: the record's people are edited in place by the sheets, the base must not move with them.
  const now = structuredClone(presentState(account));
  const asOf = account.asOf && account.asOf > date ? account.asOf : date;
  const base = record.snapshotBase;
  if (!base) {
    return {
      record: { ...record, account: { ...account, asOf }, snapshotBase: { date, state: now, prior: now } },
      outcome: 'started',
      changes: [],
    };
  }
  const prior = base.date === date ? base.prior : base.state;
  const changes = stateChanges(prior, now);
  const earlier = (account.snapshots ?? []).filter((snapshot) => !(base.date === date && snapshot.date === date));
  const snapshots: SnapshotEntry[] = changes.length > 0 ? [...earlier, { date, title, changes }] : earlier;
  // Who left stays in the file (as a case file keeps them), taken from what the last press saw.
  const listed = new Set((account.people ?? []).map((person) => person.id));
  const leavers = prior.people.filter(
    (person) =>
      !listed.has(person.id) && changes.some((change) => change.type === 'leaves' && change.person === person.id),
  );
  return {
    record: {
      ...record,
      account: { ...account, asOf, people: [...(account.people ?? []), ...leavers], snapshots },
      snapshotBase: { date, state: now, prior },
    },
    outcome: changes.length > 0 ? 'saved' : 'unchanged',
    changes,
  };
}
