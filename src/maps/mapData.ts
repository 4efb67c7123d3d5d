/**
 * What the map builders read: the account subset a map needs. Sample accounts pass their
 * validated `Account`; the worksheets pass trainee-entered data of the same shape (parsed by
 * the person/relationship schemas), so both are drawn by the same code.
 */
import type { Competitor, DecisionBody, Person, Relationship, TeamMember, Unit } from '../schemas/account.ts';
import type { Layer, RoleValue } from '../schemas/vocabulary.ts';

/** The dictionary entries the map builders and the map script read (see i18n/labels.ts). */
export const MAP_LABEL_PREFIXES = [
  'maps.',
  'punct.',
  'layer.',
  'role.',
  'support.',
  'closeness.',
  'relationship.',
  'strength.',
  'teamRole.',
  'value.placeholder',
  'bodyKind.',
  'stepStatus.',
] as const;

export interface MapData {
  units: Unit[];
  people: Person[];
  relationships: Relationship[];
  team: TeamMember[];
  /** Group decision bodies, drawn on the org chart and named in decision steps (none on worksheets). */
  bodies?: DecisionBody[];
  /** Competitors that people's `competitorTie` names, by id (the relationship map draws the ties). */
  competitors?: (Competitor & { id: string })[];
}

/** Which people a map shows; an empty or missing list means "all". */
export interface PersonFilter {
  layers?: Layer[];
  units?: string[];
  roles?: RoleValue[];
  /** Support values as strings: "-2" … "2" and "unknown". */
  supports?: string[];
}

/** People to emphasise, e.g. what changed at a snapshot date. */
export interface MapHighlight {
  arrived?: readonly string[];
  supportChanged?: readonly string[];
  closenessChanged?: readonly string[];
  reportingChanged?: readonly string[];
}

/** Maps a flowchart node id back to what it stands for, so our script can wire up the SVG. */
export interface MapNode {
  kind: 'person' | 'member' | 'unit' | 'layer' | 'step' | 'body' | 'competitor';
  id: string;
}

export interface Diagram {
  source: string;
  nodes: Record<string, MapNode>;
}

export function layerOfPerson(data: MapData, person: Person): Layer {
  return data.units.find((unit) => unit.id === person.unit)?.layer ?? 'management';
}

export function matchesFilter(data: MapData, person: Person, filter: PersonFilter = {}): boolean {
  const any = <T>(list: readonly T[] | undefined, test: (value: T) => boolean) =>
    !list || list.length === 0 || list.some(test);
  return (
    any(filter.layers, (layer) => layer === layerOfPerson(data, person)) &&
    any(filter.units, (unit) => unit === person.unit) &&
    any(filter.roles, (role) =>
      role === 'unknown' ? person.roles.length === 0 || person.roles.includes('unknown') : person.roles.includes(role),
    ) &&
    any(filter.supports, (support) => support === String(person.support))
  );
}
