/**
 * Checks a case file beyond its field types: unique ids, references that resolve, no reporting
 * cycles, one top, snapshots that agree with each other and with the current state, and an
 * answer key about people who are in the file.
 *
 * The rules read the raw parsed data defensively, so they run even when the schema found
 * problems too: a trainer sees every problem of a file in one pass.
 */
import { didYouMean, describeValue, type FieldPath } from './problem.ts';

export interface RuleProblem {
  path: FieldPath;
  message: string;
  severity?: 'error' | 'warning';
}

type Entry = Record<string, unknown>;

const asEntries = (value: unknown): Entry[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Entry) : {})) : [];
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

interface Registry {
  /** id → index of its first definition. */
  index: Map<string, number>;
  noun: string;
  list: string;
}

export function checkAccountRules(data: unknown): RuleProblem[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const account = data as Entry;
  const problems: RuleProblem[] = [];
  const units = asEntries(account.units);
  const people = asEntries(account.people);
  const team = asEntries(account.team);

  const unitIds = register(units, 'units', 'unit', problems);
  const personIds = register(people, 'people', 'person', problems);
  const memberIds = register(team, 'team', 'member of our team', problems);

  const reference = (value: unknown, registry: Registry, path: FieldPath) => {
    const id = asString(value);
    if (id === undefined || registry.index.has(id)) return;
    problems.push({
      path,
      message: `unknown ${registry.noun} "${id}": expected the id of an entry in ${registry.list}${didYouMean(id, registry.index.keys())}`,
    });
  };

  units.forEach((unit, index) => {
    reference(unit.parent, unitIds, ['units', index, 'parent']);
    if (unit.parent !== undefined && unit.parent === unit.id) {
      problems.push({
        path: ['units', index, 'parent'],
        message: `unit "${String(unit.id)}" cannot be its own parent`,
      });
    }
  });
  reportCycles(units, 'parent', 'units', 'unit hierarchy', problems);

  people.forEach((person, index) => {
    reference(person.unit, unitIds, ['people', index, 'unit']);
    reference(person.reportsTo, personIds, ['people', index, 'reportsTo']);
    asStrings(person.dottedLines).forEach((id, line) =>
      reference(id, personIds, ['people', index, 'dottedLines', line]),
    );
    reference(person.owner, memberIds, ['people', index, 'owner']);
    if (person.reportsTo !== undefined && person.reportsTo === person.id) {
      problems.push({
        path: ['people', index, 'reportsTo'],
        message: `"${String(person.id)}" cannot report to themselves`,
      });
    }
    const roles = asStrings(person.roles);
    if (roles.includes('unknown') && roles.length > 1) {
      problems.push({
        path: ['people', index, 'roles'],
        message: `"unknown" cannot be combined with other roles; found ${roles.join(', ')}`,
      });
    }
    checkVetoAuthority(person, ['people', index], problems);
  });
  reportCycles(people, 'reportsTo', 'people', 'reporting line', problems);
  checkTops(account, people, units, personIds, problems, reference);

  asEntries(account.relationships).forEach((relation, index) => {
    reference(relation.from, personIds, ['relationships', index, 'from']);
    reference(relation.to, personIds, ['relationships', index, 'to']);
    if (relation.from !== undefined && relation.from === relation.to) {
      problems.push({
        path: ['relationships', index, 'to'],
        message: `a relation needs two different people; found "${String(relation.to)}" at both ends`,
      });
    }
  });

  const opportunity =
    account.opportunity && typeof account.opportunity === 'object' ? (account.opportunity as Entry) : {};
  asEntries(opportunity.decisionProcess).forEach((step, index) => {
    asStrings(step.people).forEach((id, position) =>
      reference(id, personIds, ['opportunity', 'decisionProcess', index, 'people', position]),
    );
  });

  const information =
    account.information && typeof account.information === 'object' ? (account.information as Entry) : {};
  for (const [category, items] of Object.entries(information)) {
    asEntries(items).forEach((item, index) => {
      reference(item.about, personIds, ['information', category, index, 'about']);
      reference(item.informant, personIds, ['information', category, index, 'informant']);
    });
  }

  checkSnapshots(account, people, personIds, problems, reference);
  checkAnswerKey(account, personIds, problems, reference);
  return problems;
}

/**
 * Chapter 6 defines A (决策力) as "能做决定，或能否决": a decision maker decides and a gatekeeper can
 * veto, so either one marked authority "no" contradicts its own role. A warning, not an error:
 * the trainer may mean to change the role instead.
 */
function checkVetoAuthority(entry: Entry, at: FieldPath, problems: RuleProblem[]) {
  const role = asStrings(entry.roles).find((candidate) => candidate === 'EB' || candidate === 'TB');
  const man = entry.man && typeof entry.man === 'object' ? (entry.man as Entry) : {};
  if (role === undefined || man.authority !== 'no') return;
  problems.push({
    path: [...at, 'man', 'authority'],
    message: `${role === 'EB' ? 'an EB (决策者) decides' : 'a TB (把关者) can veto'}, and chapter 6 counts deciding or vetoing as authority (决策力); expected "yes", found "no" (or change the role)`,
    severity: 'warning',
  });
}

/**
 * The trainer's answer key names people by id: each must be a person of this account, and each
 * person has one entry (two would give a worksheet two expected answers to compare with).
 */
function checkAnswerKey(
  account: Entry,
  personIds: Registry,
  problems: RuleProblem[],
  reference: (value: unknown, registry: Registry, path: FieldPath) => void,
) {
  const trainer = account.trainer && typeof account.trainer === 'object' ? (account.trainer as Entry) : {};
  const first = new Map<string, number>();
  asEntries(trainer.answerKey).forEach((entry, index) => {
    const path: FieldPath = ['trainer', 'answerKey', index, 'person'];
    reference(entry.person, personIds, path);
    checkVetoAuthority(entry, ['trainer', 'answerKey', index], problems);
    const id = asString(entry.person);
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      problems.push({
        path,
        message: `"${id}" already has an answer-key entry at trainer.answerKey[${earlier}]; keep one entry per person`,
      });
  });
}

function register(entries: Entry[], list: string, noun: string, problems: RuleProblem[]): Registry {
  const index = new Map<string, number>();
  entries.forEach((entry, position) => {
    const id = asString(entry.id);
    if (id === undefined) return;
    const first = index.get(id);
    if (first !== undefined) {
      problems.push({
        path: [list, position, 'id'],
        message: `duplicate ${noun} id "${id}": already used by ${list}[${first}]; ids must be unique`,
      });
    } else {
      index.set(id, position);
    }
  });
  return { index, noun, list };
}

/** Follows `link` from every entry; each cycle is reported once, naming everyone in it. */
function reportCycles(entries: Entry[], link: string, list: string, what: string, problems: RuleProblem[]) {
  const next = new Map<string, string>();
  const position = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = asString(entry.id);
    const target = asString(entry[link]);
    if (id !== undefined && !position.has(id)) position.set(id, index);
    if (id !== undefined && target !== undefined && target !== id) next.set(id, target);
  });
  const done = new Set<string>();
  for (const start of next.keys()) {
    const trail: string[] = [];
    const onTrail = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onTrail.has(current)) {
      onTrail.set(current, trail.length);
      trail.push(current);
      current = next.get(current);
    }
    if (current !== undefined && onTrail.has(current)) {
      const cycle = trail.slice(onTrail.get(current));
      const first = cycle.reduce((a, b) => ((position.get(a) ?? 0) <= (position.get(b) ?? 0) ? a : b));
      problems.push({
        path: [list, position.get(first) ?? 0, link],
        message: `${what} goes round in a cycle: ${[...cycle, cycle[0]].join(' → ')}; someone in it must ${link === 'parent' ? 'have another parent' : 'report to someone outside it'}`,
      });
    }
    trail.forEach((id) => done.add(id));
  }
}

function checkTops(
  account: Entry,
  people: Entry[],
  units: Entry[],
  personIds: Registry,
  problems: RuleProblem[],
  reference: (value: unknown, registry: Registry, path: FieldPath) => void,
) {
  const layerOfUnit = new Map(units.map((unit) => [asString(unit.id), asString(unit.layer)]));
  // External influencers and placeholders stand outside the reporting tree by nature.
  const tops = people
    .map((person, index) => ({ person, index }))
    .filter(
      ({ person }) =>
        person.reportsTo === undefined &&
        person.placeholder !== true &&
        layerOfUnit.get(asString(person.unit)) !== 'external',
    );
  const declared = account.topPeople === undefined ? undefined : asStrings(account.topPeople);
  const label = ({ person, index }: { person: Entry; index: number }) =>
    `${typeof person.name === 'string' ? person.name : String(person.id)} (people[${index}])`;

  if (declared === undefined) {
    if (tops.length > 1) {
      problems.push({
        path: ['people', tops[1]!.index, 'reportsTo'],
        message: `${tops.length} people report to no one: ${tops.map(label).join(', ')}; give all but one a reportsTo, or list them all in topPeople`,
      });
    } else if (tops.length === 0 && people.length > 0) {
      problems.push({
        path: ['people'],
        message: 'nobody is at the top: every person has a reportsTo; expected exactly one person without one',
      });
    }
    return;
  }
  declared.forEach((id, index) => reference(id, personIds, ['topPeople', index]));
  for (const top of tops) {
    if (!declared.includes(String(top.person.id))) {
      problems.push({
        path: ['people', top.index, 'reportsTo'],
        message: `${label(top)} reports to no one but is not listed in topPeople (${declared.join(', ')}); add a reportsTo or list them`,
      });
    }
  }
  declared.forEach((id, index) => {
    const at = personIds.index.get(id);
    if (at !== undefined && people[at]?.reportsTo !== undefined) {
      problems.push({
        path: ['topPeople', index],
        message: `"${id}" is listed in topPeople but reports to "${String(people[at]!.reportsTo)}"`,
      });
    }
  });
}

/**
 * People and relations in the file describe the latest state; snapshots record how it came to
 * be. Presence is derived from `joins` and `leaves`; value changes must chain (each `from` equals
 * the previous `to`) and the last `to` must equal the value written on the person.
 */
function checkSnapshots(
  account: Entry,
  people: Entry[],
  personIds: Registry,
  problems: RuleProblem[],
  reference: (value: unknown, registry: Registry, path: FieldPath) => void,
) {
  const snapshots = asEntries(account.snapshots);
  const joined = new Map<string, string>();
  const left = new Map<string, string>();
  const lastValue = new Map<string, unknown>();
  let previousDate: string | undefined;

  snapshots.forEach((snapshot, index) => {
    const date = asString(snapshot.date);
    if (date !== undefined && previousDate !== undefined && date <= previousDate) {
      problems.push({
        path: ['snapshots', index, 'date'],
        message: `snapshots must be in date order, oldest first; ${date} comes after ${previousDate}`,
      });
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
          if (joined.has(id))
            problems.push({ path: at(field), message: `"${id}" already joined on ${joined.get(id)}` });
          joined.set(id, date);
          continue;
        }
        if (type === 'leaves') {
          if (left.has(id)) problems.push({ path: at(field), message: `"${id}" already left on ${left.get(id)}` });
          left.set(id, date);
          continue;
        }
        // A reports-to change names the previous manager, who may have left that very day.
        if (type === 'reports-to' && field === 'from') continue;
        const notYet = firstJoinAfter(snapshots, id, date);
        const gone = left.get(id);
        if (notYet !== undefined)
          problems.push({ path: at(field), message: `"${id}" is not there yet on ${date}: they join on ${notYet}` });
        else if (gone !== undefined)
          problems.push({ path: at(field), message: `"${id}" is no longer there on ${date}: they left on ${gone}` });
      }
      if (type === 'support' || type === 'closeness' || type === 'reports-to') {
        const id = asString(change.person);
        if (id === undefined) return;
        const key = `${type === 'reports-to' ? 'reportsTo' : type}:${id}`;
        if (lastValue.has(key) && lastValue.get(key) !== change.from) {
          problems.push({
            path: at('from'),
            message: `${key.split(':')[0]} of "${id}" was ${describeValue(lastValue.get(key))} after the previous change; found from: ${describeValue(change.from)}`,
          });
        }
        lastValue.set(key, change.to);
      }
    });
  });

  checkRelationshipHistory(account, snapshots, problems);

  // The final value of each chain must be what the person shows now.
  for (const [key, value] of lastValue) {
    const [field, id] = key.split(':') as [string, string];
    const index = personIds.index.get(id);
    if (index === undefined) continue;
    const current = people[index]![field] ?? { support: 'unknown', closeness: 0 }[field];
    if (current !== value) {
      problems.push({
        path: ['people', index, field],
        message: `the last ${field} change in snapshots ends at ${describeValue(value)}, but this person shows ${describeValue(current)}; the person's fields describe the latest state`,
      });
    }
  }
}

function firstJoinAfter(snapshots: Entry[], id: string, date: string): string | undefined {
  for (const snapshot of snapshots) {
    const when = asString(snapshot.date);
    if (when === undefined || when <= date) continue;
    if (asEntries(snapshot.changes).some((change) => change.type === 'joins' && change.person === id)) return when;
  }
  return undefined;
}

/**
 * `relationships` is the latest state, so the last appears/ends change of a relation must agree
 * with it: a relation that ended is no longer listed, one that appeared (and did not end) is.
 */
function checkRelationshipHistory(account: Entry, snapshots: Entry[], problems: RuleProblem[]) {
  const key = (entry: Entry) => `${String(entry.from)}→${String(entry.to)}:${String(entry.kind)}`;
  const listed = new Set(asEntries(account.relationships).map(key));
  const last = new Map<string, { type: string; path: FieldPath; date: string }>();
  snapshots.forEach((snapshot, index) => {
    asEntries(snapshot.changes).forEach((change, position) => {
      if (change.type !== 'relationship-appears' && change.type !== 'relationship-ends') return;
      last.set(key(change), {
        type: change.type,
        path: ['snapshots', index, 'changes', position],
        date: String(snapshot.date),
      });
    });
  });
  for (const [relation, change] of last) {
    const [ends, kind] = relation.split(':') as [string, string];
    if (change.type === 'relationship-ends' && listed.has(relation)) {
      problems.push({
        path: change.path,
        message: `the ${kind} relation ${ends} ends on ${change.date} but is still listed in relationships; remove it there (relationships is the latest state)`,
      });
    } else if (change.type === 'relationship-appears' && !listed.has(relation)) {
      problems.push({
        path: change.path,
        message: `the ${kind} relation ${ends} appears on ${change.date} but is not listed in relationships; add it there (relationships is the latest state)`,
      });
    }
  }
}
