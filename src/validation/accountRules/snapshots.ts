/**
 * People and relations in the file describe the latest state; snapshots record how it came to
 * be. Presence is derived from `joins` and `leaves`; value changes must chain (each `from` equals
 * the previous `to`) and the last `to` must equal the value written on the person. Nothing is
 * dated after `asOf`, and no one still points at someone who has left.
 */
import { personSchema, relationshipKey } from '../../schemas/account.ts';
import type { FieldPath } from '../problem.ts';
import { describeValue } from '../problem.ts';
import { say } from '../messages.ts';
import { asEntries, asString, asStrings, type Entry } from '../rawData.ts';
import type { AccountContext } from './context.ts';

/** The person fields a change moves, by change type. */
const CHANGED_FIELD = { support: 'support', closeness: 'closeness', 'reports-to': 'reportsTo' } as const;
type ChangedField = (typeof CHANGED_FIELD)[keyof typeof CHANGED_FIELD];

export function checkSnapshots(context: AccountContext): void {
  const { snapshots, personIds, report, reference } = context;
  const joined = new Map<string, string>();
  const left = new Map<string, string>();
  /** person id → field → value after the latest change. */
  const lastValue = new Map<string, Map<ChangedField, unknown>>();
  let previousDate: string | undefined;

  snapshots.forEach((snapshot, index) => {
    const date = asString(snapshot.date);
    if (date !== undefined && previousDate !== undefined && date <= previousDate) {
      report(['snapshots', index, 'date'], say().snapshotOrder({ date, previous: previousDate }));
    }
    if (date !== undefined) previousDate = date;

    asEntries(snapshot.changes).forEach((change, position) => {
      const at = (...rest: PropertyKey[]): FieldPath => ['snapshots', index, 'changes', position, ...rest];
      const type = asString(change.type);
      const endpoints =
        type === 'reports-to'
          ? (['person', 'from', 'to'] as const)
          : type?.startsWith('relationship')
            ? (['from', 'to'] as const)
            : (['person'] as const);
      for (const field of endpoints) {
        const id = asString(change[field]);
        reference(id, personIds, at(field));
        if (id === undefined || date === undefined || !personIds.index.has(id)) continue;
        if (type === 'joins') {
          if (joined.has(id)) report(at(field), say().alreadyJoined({ id, date: joined.get(id)! }));
          joined.set(id, date);
          continue;
        }
        if (type === 'leaves') {
          if (left.has(id)) report(at(field), say().alreadyLeft({ id, date: left.get(id)! }));
          left.set(id, date);
          continue;
        }
        // A reports-to change names the previous manager, who may have left that very day.
        if (type === 'reports-to' && field === 'from') continue;
        const joins = firstJoinAfter(snapshots, id, date);
        const gone = left.get(id);
        if (joins !== undefined) report(at(field), say().notYetThere({ id, date, joins }));
        else if (gone !== undefined) report(at(field), say().noLongerThere({ id, date, left: gone }));
      }
      const field =
        type !== undefined && type in CHANGED_FIELD ? CHANGED_FIELD[type as keyof typeof CHANGED_FIELD] : undefined;
      const id = asString(change.person);
      if (field === undefined || id === undefined) return;
      const values = lastValue.get(id) ?? new Map<ChangedField, unknown>();
      if (values.has(field) && values.get(field) !== change.from) {
        report(
          at('from'),
          say().chainBroken({ field, id, was: describeValue(values.get(field)), found: describeValue(change.from) }),
        );
      }
      values.set(field, change.to);
      lastValue.set(id, values);
    });
  });

  checkRelationshipHistory(context);
  checkLatestValues(context, lastValue);
  checkLinksToLeft(context, left);
  checkAsOf(context);
}

function firstJoinAfter(snapshots: Entry[], id: string, date: string): string | undefined {
  for (const snapshot of snapshots) {
    const when = asString(snapshot.date);
    if (when === undefined || when <= date) continue;
    if (asEntries(snapshot.changes).some((change) => change.type === 'joins' && change.person === id)) return when;
  }
  return undefined;
}

/** The final value of each chain must be what the person shows now (the schema's default if unwritten). */
function checkLatestValues(context: AccountContext, lastValue: Map<string, Map<ChangedField, unknown>>) {
  for (const [id, values] of lastValue) {
    const index = context.personIds.index.get(id);
    if (index === undefined) continue;
    for (const [field, value] of values) {
      // A value the schema already rejects is reported there, not again here.
      const parsed = personSchema.shape[field].safeParse(context.people[index]![field]);
      if (parsed.success && parsed.data !== value) {
        context.report(
          ['people', index, field],
          say().lastChangeDiffers({ field, last: describeValue(value), current: describeValue(parsed.data) }),
        );
      }
    }
  }
}

/**
 * `relationships` is the latest state, so the last appears/ends change of a relation must agree
 * with it: a relation that ended is no longer listed, one that appeared (and did not end) is.
 */
function checkRelationshipHistory({ account, snapshots, report }: AccountContext) {
  const listed = new Set(asEntries(account.relationships).map(relationshipKey));
  const last = new Map<string, { change: Entry; path: FieldPath; date: string }>();
  snapshots.forEach((snapshot, index) => {
    asEntries(snapshot.changes).forEach((change, position) => {
      if (change.type !== 'relationship-appears' && change.type !== 'relationship-ends') return;
      last.set(relationshipKey(change), {
        change,
        path: ['snapshots', index, 'changes', position],
        date: String(snapshot.date),
      });
    });
  });
  for (const [key, { change, path, date }] of last) {
    const shown = { kind: String(change.kind), ends: `${String(change.from)}→${String(change.to)}`, date };
    if (change.type === 'relationship-ends' && listed.has(key)) report(path, say().relationEndsListed(shown));
    else if (change.type === 'relationship-appears' && !listed.has(key))
      report(path, say().relationAppearsMissing(shown));
  }
}

/** Someone who left cannot still be a manager, a dotted line, one end of a relation or sit on a body. */
function checkLinksToLeft({ account, people, bodies, report }: AccountContext, left: Map<string, string>) {
  if (left.size === 0) return;
  people.forEach((person, index) => {
    if (left.has(String(person.id))) return;
    const manager = asString(person.reportsTo);
    if (manager !== undefined && left.has(manager)) {
      report(['people', index, 'reportsTo'], say().managerLeft({ manager, date: left.get(manager)! }));
    }
    asStrings(person.dottedLines).forEach((id, line) => {
      if (left.has(id)) report(['people', index, 'dottedLines', line], say().linkToLeft({ id, date: left.get(id)! }));
    });
  });
  asEntries(account.relationships).forEach((relation, index) => {
    for (const end of ['from', 'to'] as const) {
      const id = asString(relation[end]);
      if (id !== undefined && left.has(id))
        report(['relationships', index, end], say().linkToLeft({ id, date: left.get(id)! }));
    }
  });
  bodies.forEach((body, index) => {
    asStrings(body.members).forEach((id, position) => {
      if (left.has(id)) report(['bodies', index, 'members', position], say().linkToLeft({ id, date: left.get(id)! }));
    });
    const chair = asString(body.chair);
    if (chair !== undefined && left.has(chair))
      report(['bodies', index, 'chair'], say().linkToLeft({ id: chair, date: left.get(chair)! }));
  });
}

/** The case describes the day of `asOf`: nothing in it can happen later. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (value: unknown) => (typeof value === 'string' && ISO_DATE.test(value) ? value : undefined);

function checkAsOf({ account, people, snapshots, report }: AccountContext) {
  const asOf = isoDate(account.asOf);
  if (asOf === undefined) return;
  people.forEach((person, index) => {
    const date = isoDate(person.lastContact);
    if (date !== undefined && date > asOf) report(['people', index, 'lastContact'], say().afterAsOf({ date, asOf }));
  });
  snapshots.forEach((snapshot, index) => {
    const date = isoDate(snapshot.date);
    if (date !== undefined && date > asOf) report(['snapshots', index, 'date'], say().afterAsOf({ date, asOf }));
  });
}
