/**
 * Who is in an own account now. Kept apart from record.ts so pages that only need the storage
 * keys (tests, facilitator mode) do not load the timeline. Pure.
 */
import { absentOn } from '../analysis/presence.ts';
import type { OwnAccountRecord, OwnAccountState } from './record.ts';

/**
 * The people present and the relations between them, by the account pages' rule (`absentOn`):
 * someone who left in a snapshot stays in `people` (the history needs them) but is on no
 * worksheet, map or form. With no `asOf` yet, every snapshot counts.
 */
export function presentState(account: OwnAccountRecord['account']): OwnAccountState {
  const absent = absentOn(account.snapshots ?? [], account.asOf ?? '9999-12-31');
  const present = (id: string) => !absent.has(id);
  return {
    people: (account.people ?? []).filter((person) => present(person.id)),
    relationships: (account.relationships ?? []).filter((relation) => present(relation.from) && present(relation.to)),
  };
}
