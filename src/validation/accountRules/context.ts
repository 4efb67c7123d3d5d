/**
 * What every account rule reads: the raw lists, the id registries, who left when, and one way
 * to report a problem or an unknown reference. Built once per file; the rules share it.
 */
import type { RuleProblem } from '../document.ts';
import { say } from '../messages.ts';
import { collectUnique, didYouMean, type FieldPath } from '../problem.ts';
import { asEntries, asEntry, asString, type Entry } from '../rawData.ts';

export interface Registry {
  /** id → index of its first definition. */
  index: Map<string, number>;
  /** name → id, for names only one entry has (a trainer may write 周院长 where "dean" is meant). */
  idByName: Map<string, string>;
  /** `unit`, `person`, `member`: the message catalogue's noun. */
  noun: string;
  list: string;
}

/** One opportunity of the file and where it is: `opportunity`, or `opportunities[i]`. */
export interface OpportunityEntry {
  entry: Entry;
  path: FieldPath;
}

export interface AccountContext {
  account: Entry;
  units: Entry[];
  people: Entry[];
  team: Entry[];
  bodies: Entry[];
  snapshots: Entry[];
  /** `opportunity` and every entry of `opportunities` (the rules report writing both). */
  opportunities: OpportunityEntry[];
  unitIds: Registry;
  personIds: Registry;
  memberIds: Registry;
  bodyIds: Registry;
  opportunityIds: Registry;
  /** Competitor ids of every opportunity: the same competitor may be named in several. */
  competitorIds: Registry;
  problems: RuleProblem[];
  report(path: FieldPath, message: string, severity?: RuleProblem['severity']): void;
  /** Reports `value` when it is a string that names no entry of `registry`. */
  reference(value: unknown, registry: Registry, path: FieldPath): void;
}

export function accountContext(account: Entry): AccountContext {
  const problems: RuleProblem[] = [];
  const report = (path: FieldPath, message: string, severity?: RuleProblem['severity']) =>
    problems.push({ path, message, ...(severity ? { severity } : {}) });
  const register = (entries: Entry[], list: string, noun: string, at: FieldPath = [list]): Registry => {
    const { firstIndex } = collectUnique(
      entries,
      (entry) => asString(entry.id),
      (entry, first, index) =>
        report(
          [...at, index, 'id'],
          say().duplicateId({ noun: say().noun({ noun }), id: String(entry.id), first: `${list}[${first}]` }),
        ),
    );
    return { index: firstIndex, idByName: idsByUniqueName(entries), noun, list };
  };
  const units = asEntries(account.units);
  const people = asEntries(account.people);
  const team = asEntries(account.team);
  const bodies = asEntries(account.bodies);
  const opportunities: OpportunityEntry[] = [
    ...(account.opportunity === undefined ? [] : [{ entry: asEntry(account.opportunity), path: ['opportunity'] }]),
    ...asEntries(account.opportunities).map((entry, index) => ({ entry, path: ['opportunities', index] })),
  ];
  // Unique within each opportunity; a reference may name a competitor of any of them.
  const competitorIds: Registry = { index: new Map(), idByName: new Map(), noun: 'competitor', list: 'competitors' };
  for (const { entry, path } of opportunities) {
    const competitors = asEntries(entry.competitors);
    const own = register(competitors, `${path.join('.').replace(/\.(\d+)/g, '[$1]')}.competitors`, 'competitor', [
      ...path,
      'competitors',
    ]);
    for (const [id, index] of own.index) if (!competitorIds.index.has(id)) competitorIds.index.set(id, index);
    for (const [name, id] of own.idByName) if (!competitorIds.idByName.has(name)) competitorIds.idByName.set(name, id);
  }
  return {
    account,
    units,
    people,
    team,
    bodies,
    snapshots: asEntries(account.snapshots),
    opportunities,
    unitIds: register(units, 'units', 'unit'),
    personIds: register(people, 'people', 'person'),
    memberIds: register(team, 'team', 'member'),
    bodyIds: register(bodies, 'bodies', 'body'),
    competitorIds,
    // Nothing refers to an opportunity yet; registering finds duplicate ids (the page selects by id).
    opportunityIds: register(asEntries(account.opportunities), 'opportunities', 'opportunity'),
    problems,
    report,
    reference(value, registry, path) {
      const id = asString(value);
      if (id === undefined || registry.index.has(id)) return;
      const noun = say().noun({ noun: registry.noun });
      const named = registry.idByName.get(id);
      const hint = named ? say().nameNotId({ name: id, id: named }) : didYouMean(id, registry.index.keys());
      report(path, say().unknownRef({ noun, id, list: registry.list, hint }));
    },
  };
}

function idsByUniqueName(entries: readonly Entry[]): Map<string, string> {
  const ids = new Map<string, string | undefined>();
  for (const entry of entries) {
    const name = asString(entry.name)?.trim();
    const id = asString(entry.id);
    if (!name || !id) continue;
    ids.set(name, ids.has(name) ? undefined : id);
  }
  return new Map([...ids].filter((pair): pair is [string, string] => pair[1] !== undefined));
}
