/**
 * The shape of the organisation: no one is their own parent or manager, no cycles, exactly one
 * top (or the declared `topPeople`), relations between two different people, roles that agree.
 */
import { say } from '../messages.ts';
import { asEntries, asString, asStrings, type Entry } from '../rawData.ts';
import type { AccountContext } from './context.ts';

export function checkHierarchy(context: AccountContext): void {
  const { units, people, report } = context;
  units.forEach((unit, index) => {
    if (unit.parent !== undefined && unit.parent === unit.id) {
      report(['units', index, 'parent'], say().ownParent({ id: String(unit.id) }));
    }
  });
  reportCycles(context, units, 'parent', 'units');
  people.forEach((person, index) => {
    if (person.reportsTo !== undefined && person.reportsTo === person.id) {
      report(['people', index, 'reportsTo'], say().ownManager({ id: String(person.id) }));
    }
    const roles = asStrings(person.roles);
    if (roles.includes('unknown') && roles.length > 1) {
      report(['people', index, 'roles'], say().unknownWithRoles({ roles: say().all({ values: roles }) }));
    }
  });
  reportCycles(context, people, 'reportsTo', 'people');
  checkTops(context);
  asEntries(context.account.relationships).forEach((relation, index) => {
    if (relation.from !== undefined && relation.from === relation.to) {
      report(['relationships', index, 'to'], say().sameEnds({ id: String(relation.to) }));
    }
  });
}

/** Follows `link` from every entry; each cycle is reported once, naming everyone in it. */
function reportCycles(context: AccountContext, entries: Entry[], link: 'parent' | 'reportsTo', list: string) {
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
      const shown = [...cycle, cycle[0]].join(' → ');
      context.report(
        [list, position.get(first) ?? 0, link],
        link === 'parent' ? say().unitCycle({ cycle: shown }) : say().reportingCycle({ cycle: shown }),
      );
    }
    trail.forEach((id) => done.add(id));
  }
}

function checkTops({ account, people, units, personIds, report }: AccountContext) {
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
    say().personAt({ name: typeof person.name === 'string' ? person.name : String(person.id), index });

  if (declared === undefined) {
    if (tops.length > 1) {
      report(
        ['people', tops[1]!.index, 'reportsTo'],
        say().severalTops({ count: tops.length, people: say().all({ values: tops.map(label) }) }),
      );
    } else if (tops.length === 0 && people.length > 0) {
      report(['people'], say().noTop());
    }
    return;
  }
  for (const top of tops) {
    if (!declared.includes(String(top.person.id))) {
      report(
        ['people', top.index, 'reportsTo'],
        say().topNotListed({ person: label(top), declared: say().all({ values: declared }) }),
      );
    }
  }
  declared.forEach((id, index) => {
    const at = personIds.index.get(id);
    if (at !== undefined && people[at]?.reportsTo !== undefined) {
      report(['topPeople', index], say().topHasManager({ id, manager: String(people[at]!.reportsTo) }));
    }
  });
}
