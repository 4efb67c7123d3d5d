/**
 * What every account rule reads: the raw lists, the id registries, who left when, and one way
 * to report a problem or an unknown reference. Built once per file; the rules share it.
 */
import type { RuleProblem } from '../document.ts';
import { say } from '../messages.ts';
import { collectUnique, didYouMean, type FieldPath } from '../problem.ts';
import { asEntries, asString, type Entry } from '../rawData.ts';

export interface Registry {
  /** id → index of its first definition. */
  index: Map<string, number>;
  /** `unit`, `person`, `member`: the message catalogue's noun. */
  noun: string;
  list: string;
}

export interface AccountContext {
  account: Entry;
  units: Entry[];
  people: Entry[];
  team: Entry[];
  snapshots: Entry[];
  unitIds: Registry;
  personIds: Registry;
  memberIds: Registry;
  problems: RuleProblem[];
  report(path: FieldPath, message: string, severity?: RuleProblem['severity']): void;
  /** Reports `value` when it is a string that names no entry of `registry`. */
  reference(value: unknown, registry: Registry, path: FieldPath): void;
}

export function accountContext(account: Entry): AccountContext {
  const problems: RuleProblem[] = [];
  const report = (path: FieldPath, message: string, severity?: RuleProblem['severity']) =>
    problems.push({ path, message, ...(severity ? { severity } : {}) });
  const register = (entries: Entry[], list: string, noun: string): Registry => {
    const { firstIndex } = collectUnique(
      entries,
      (entry) => asString(entry.id),
      (entry, first, index) =>
        report(
          [list, index, 'id'],
          say().duplicateId({ noun: say().noun({ noun }), id: String(entry.id), first: `${list}[${first}]` }),
        ),
    );
    return { index: firstIndex, noun, list };
  };
  const units = asEntries(account.units);
  const people = asEntries(account.people);
  const team = asEntries(account.team);
  return {
    account,
    units,
    people,
    team,
    snapshots: asEntries(account.snapshots),
    unitIds: register(units, 'units', 'unit'),
    personIds: register(people, 'people', 'person'),
    memberIds: register(team, 'team', 'member'),
    problems,
    report,
    reference(value, registry, path) {
      const id = asString(value);
      if (id === undefined || registry.index.has(id)) return;
      const noun = say().noun({ noun: registry.noun });
      report(path, say().unknownRef({ noun, id, list: registry.list, hint: didYouMean(id, registry.index.keys()) }));
    },
  };
}
