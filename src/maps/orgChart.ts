/**
 * Org chart: people grouped by layer (决策层 at the top … 外部影响者 apart), solid lines for
 * reporting, dotted lines for secondary reporting, placeholders drawn dashed; group decision
 * bodies (党委会…) above them, each member's box naming the bodies they sit on.
 *
 * Large accounts collapse: above `collapseAbove` visible people, each unit shows only its role
 * holders, placeholders and heads, plus one node counting everyone else; reporting lines then
 * join each shown person to their nearest shown manager. A count is a node of its own (kind
 * `unit`, or `layer` for a layer's folded units): the page expands that unit or layer when it is
 * clicked, and a view with `collapseAbove: Infinity` shows everyone.
 */
import type { DecisionBody, Person } from '../schemas/account.ts';
import { LAYERS } from '../schemas/vocabulary.ts';
import type { Labels } from '../i18n/labels.ts';
import {
  layerOfPerson,
  matchesFilter,
  type Diagram,
  type MapData,
  type MapHighlight,
  type MapNode,
  type PersonFilter,
} from './mapData.ts';
import { layoutComment } from './flowchart/layoutComment.ts';
import { encodeTitle, label } from './mermaidText.ts';
import { BODY_ICON, personClass, personStyleLines, supportLine } from './styles.ts';

export interface OrgChartOptions {
  /** The words of the chart, in the UI language. */
  labels: Labels;
  filter?: PersonFilter;
  highlight?: MapHighlight;
  /** Collapse units when more people than this are visible (default 60). */
  collapseAbove?: number;
}

export const DEFAULT_COLLAPSE_ABOVE = 60;

/** Who stays visible in a collapsed unit: the people a seller must not lose sight of. */
export function isShownWhenCollapsed(person: Person): boolean {
  return person.placeholder || !person.reportsTo || person.roles.some((role) => role !== 'unknown');
}

const HIGHLIGHT_TAGS = ['arrived', 'supportChanged', 'closenessChanged', 'reportingChanged'] as const;

export function highlightTags(person: Person, highlight: MapHighlight | undefined, labels: Labels): string | undefined {
  if (!highlight) return undefined;
  const tags = HIGHLIGHT_TAGS.filter((tag) => highlight[tag]?.includes(person.id)).map((tag) =>
    labels.say(`maps.tag.${tag}`),
  );
  return tags.length > 0 ? labels.say('maps.tags', { tags: labels.list(tags) }) : undefined;
}

/**
 * A person's box: name, title, roles, support, and the decision bodies they sit on (`◆ 院党委会、
 * 院长办公会（主持人）`, two a line). The seats are written in the box rather than drawn as lines
 * from each body: a body's members sit in every layer, and its lines crossed the whole chart.
 */
export function personLabel(
  person: Person,
  labels: Labels,
  highlight?: MapHighlight,
  bodies: readonly DecisionBody[] = [],
): string {
  const roles = person.roles
    .filter((role) => role !== 'unknown')
    .map(labels.role)
    .join(' · ');
  const seats = bodies
    .filter((body) => body.members.includes(person.id))
    .map((body) => labels.bodyMembership(body, person.id));
  return label(
    highlightTags(person, highlight, labels),
    labels.personName(person),
    person.title,
    roles,
    supportLine(person.support, labels),
    ...chunk(seats, 2).map((line, index) => `${index === 0 ? `${BODY_ICON} ` : ''}${labels.list(line)}`),
  );
}

/** A body's node: name, kind, the roles it holds, and its members by name (three a line). */
export function bodyLabel(body: DecisionBody, personById: ReadonlyMap<string, Person>, labels: Labels): string {
  const names = body.members.map((id) => {
    const person = personById.get(id);
    const name = person ? labels.personName(person) : id;
    return id === body.chair ? `${name}${labels.paren(labels.say('maps.edge.chair'))}` : name;
  });
  return label(
    body.name,
    [labels.bodyKind(body.kind), ...body.roles.map(labels.role)].join(' · '),
    labels.say('maps.body.members', { n: body.members.length }),
    ...chunk(names, 3).map(labels.list),
  );
}

const BODY_CLASS_DEF = 'classDef body fill:#fff4d6,stroke:#7a4d00,stroke-width:2px,color:#1d2433';

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

export function buildOrgChart(data: MapData, options: OrgChartOptions): Diagram {
  const { labels } = options;
  const visible = data.people.filter((person) => matchesFilter(data, person, options.filter));
  const collapsed = visible.length > (options.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE);
  const shown = collapsed ? visible.filter(isShownWhenCollapsed) : visible;
  const shownIds = new Set(shown.map((person) => person.id));
  const byId = new Map(data.people.map((person) => [person.id, person]));

  const nodes: Record<string, MapNode> = {};
  const nodeOf = new Map<string, string>();
  shown.forEach((person, index) => {
    nodeOf.set(person.id, `P${index}`);
    nodes[`P${index}`] = { kind: 'person', id: person.id };
  });

  // Decision bodies with someone shown: a node each on top, and a seat in each member's box.
  const bodies = (data.bodies ?? []).filter((body) => body.members.some((id) => shownIds.has(id)));

  // Org charts are laid out by our own banded layout (flowchart/orgLayout.ts).
  const lines = ['flowchart TB', `  ${layoutComment('org-chart')}`];
  const changed: string[] = [];
  const drawnLayers: string[] = [];
  // Each person's layer looked up once, not once per layer.
  const shownLayers = shown.map((person) => layerOfPerson(data, person));
  LAYERS.forEach((layer, layerIndex) => {
    const units = data.units.filter((unit) => unit.layer === layer);
    const layerPeople = shown.filter((_, index) => shownLayers[index] === layer);
    const hiddenCount = (unitId: string) =>
      collapsed ? visible.filter((person) => person.unit === unitId && !shownIds.has(person.id)).length : 0;
    if (layerPeople.length === 0 && !units.some((unit) => hiddenCount(unit.id) > 0)) return;
    drawnLayers.push(`L${layerIndex}`);
    lines.push(`  subgraph L${layerIndex}[${label(labels.layer(layer))}]`, '    direction TB');
    // Units with nobody shown fold into one box per layer, so a large chart stays narrow.
    const countOnly = units.filter(
      (unit) => hiddenCount(unit.id) > 0 && !layerPeople.some((person) => person.unit === unit.id),
    );
    if (countOnly.length > 1) {
      const names = countOnly.map((unit) => `${unit.name}${labels.paren(hiddenCount(unit.id))}`);
      const total = countOnly.reduce((sum, unit) => sum + hiddenCount(unit.id), 0);
      nodes[`L${layerIndex}more`] = { kind: 'layer', id: layer };
      lines.push(
        `    L${layerIndex}more[${label(
          labels.say('maps.collapsed.units', { units: countOnly.length, people: total }),
          ...chunk(names, 3).map(labels.list),
        )}]:::more`,
      );
    }
    units.forEach((unit) => {
      const unitPeople = layerPeople.filter((person) => person.unit === unit.id);
      const hidden = hiddenCount(unit.id);
      if (unitPeople.length === 0 && hidden === 0) return;
      if (countOnly.length > 1 && countOnly.includes(unit)) return;
      const unitNode = `U${data.units.indexOf(unit)}`;
      nodes[unitNode] = { kind: 'unit', id: unit.id };
      lines.push(`    subgraph ${unitNode}[${encodeTitle(unit.name)}]`);
      for (const person of unitPeople) {
        const node = nodeOf.get(person.id)!;
        lines.push(
          `      ${node}[${personLabel(person, labels, options.highlight, bodies)}]:::${person.placeholder ? 'placeholder' : personClass(person)}`,
        );
        if (highlightTags(person, options.highlight, labels)) changed.push(node);
      }
      // A plain box: mermaid 12 draws rounded shapes as long sketch paths (about 30 kB each).
      if (hidden > 0) nodes[`${unitNode}more`] = { kind: 'unit', id: unit.id };
      if (hidden > 0)
        lines.push(`      ${unitNode}more[${label(labels.say('maps.collapsed.people', { n: hidden }))}]:::more`);
      lines.push('    end');
    });
    lines.push('  end');
  });

  // Nearest shown manager, so collapsing never breaks the chain.
  const shownManager = (person: Person): string | undefined => {
    const seen = new Set<string>();
    let manager = person.reportsTo ? byId.get(person.reportsTo) : undefined;
    while (manager && !seen.has(manager.id)) {
      if (shownIds.has(manager.id)) return manager.id;
      seen.add(manager.id);
      manager = manager.reportsTo ? byId.get(manager.reportsTo) : undefined;
    }
    return undefined;
  };
  for (const person of shown) {
    const manager = shownManager(person);
    if (manager) lines.push(`  ${nodeOf.get(manager)} --> ${nodeOf.get(person.id)}`);
    for (const dotted of person.dottedLines) {
      if (shownIds.has(dotted)) lines.push(`  ${nodeOf.get(dotted)} -.-> ${nodeOf.get(person.id)}`);
    }
  }

  // Group decision bodies on top, one node each naming its kind, roles and members (the chair
  // marked), so the chart says who decides together; the members' boxes name their seats.
  if (bodies.length > 0) {
    lines.push(`  subgraph BG[${encodeTitle(labels.say('maps.node.body'))}]`, '    direction LR');
    bodies.forEach((body, index) => {
      nodes[`B${index}`] = { kind: 'body', id: body.id };
      lines.push(`    B${index}{{${bodyLabel(body, byId, labels)}}}:::body`);
    });
    lines.push('  end');
    // An unseen link to its chair keeps each body above the chair's part of the chart.
    bodies.forEach((body, index) => {
      if (body.chair && shownIds.has(body.chair)) lines.push(`  B${index} ~~~ ${nodeOf.get(body.chair)}`);
    });
    drawnLayers.unshift('BG');
  }

  // Invisible links stack the layers top to bottom (外部影响者 last) instead of side by side.
  if (drawnLayers.length > 1) lines.push(`  ${drawnLayers.join(' ~~~ ')}`);
  lines.push(
    ...personStyleLines(shown, ['classDef more fill:#f4f6fa,stroke:#4a5568,color:#1d2433', BODY_CLASS_DEF], changed),
  );
  return { source: lines.join('\n'), nodes };
}
