/**
 * Relationship map: people and their relations by kind, line pattern by kind and width by
 * strength; node fill by support, border by closeness; a person's tie to a competitor as a
 * dashed red line to that competitor. Reporting lines and our team's ownership links (coverage)
 * are switchable layers. People with no line on the map are left
 * out (the people table lists everyone).
 */
import type { Person } from '../schemas/account.ts';
import type { Labels } from '../i18n/labels.ts';
import {
  matchesFilter,
  type Diagram,
  type MapData,
  type MapHighlight,
  type MapNode,
  type PersonFilter,
} from './mapData.ts';
import { layoutComment } from './flowchart/layoutComment.ts';
import { label } from './mermaidText.ts';
import { highlightTags } from './orgChart.ts';
import { RELATION_STYLE, STRENGTH_WIDTH, personClass, personStyleLines, supportLine } from './styles.ts';

export const MAP_LAYERS = ['influence', 'reporting', 'coverage'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export interface RelationshipMapOptions {
  /** The words of the map, in the UI language. */
  labels: Labels;
  filter?: PersonFilter;
  highlight?: MapHighlight;
  /** Which kinds of line to draw; influence (the relations) by default. */
  layers?: readonly MapLayer[];
}

export function relationshipPersonLabel(person: Person, labels: Labels, highlight?: MapHighlight): string {
  return label(
    highlightTags(person, highlight, labels),
    labels.personName(person),
    person.title,
    supportLine(person.support, labels),
    labels.closenessLine(person.closeness),
  );
}

export function buildRelationshipMap(data: MapData, options: RelationshipMapOptions): Diagram {
  const { labels } = options;
  const layers = new Set(options.layers ?? ['influence']);
  const visible = new Map(
    data.people.filter((person) => matchesFilter(data, person, options.filter)).map((person) => [person.id, person]),
  );
  const edges: { from: string; to: string; arrow: string; text: string; style: string }[] = [];
  if (layers.has('influence')) {
    for (const relation of data.relationships) {
      // A relation from a person to themself means nothing on a map (validation says so, sameEnds
      // in accountRules/hierarchy.ts): left off, as the relationship sheet's data leaves it off.
      if (relation.from === relation.to || !visible.has(relation.from) || !visible.has(relation.to)) continue;
      const style = RELATION_STYLE[relation.kind];
      edges.push({
        from: relation.from,
        to: relation.to,
        arrow: relation.direction === 'mutual' ? style.mutualArrow : style.arrow,
        text: `${labels.relationshipShort(relation.kind)}·${labels.strength(relation.strength)}`,
        style: `stroke:${style.color},stroke-width:${STRENGTH_WIDTH[relation.strength]}px${style.dash ? `,stroke-dasharray:${style.dash}` : ''}`,
      });
    }
  }
  // A tie to a competitor is a relation too: drawn with the influence layer, to a competitor node.
  const competitors = new Map((data.competitors ?? []).map((competitor) => [competitor.id, competitor]));
  if (layers.has('influence')) {
    for (const person of visible.values()) {
      const tie = person.competitorTie;
      if (!tie || !competitors.has(tie.competitor)) continue;
      edges.push({
        from: person.id,
        to: `competitor:${tie.competitor}`,
        arrow: '-.->',
        text: `${labels.say('maps.edge.competitorTie')}·${labels.strength(tie.strength)}`,
        style: `stroke:#a3231d,stroke-width:${STRENGTH_WIDTH[tie.strength]}px,stroke-dasharray:8 3 2 3`,
      });
    }
  }
  if (layers.has('reporting')) {
    for (const person of visible.values()) {
      if (person.reportsTo && visible.has(person.reportsTo)) {
        edges.push({
          from: person.reportsTo,
          to: person.id,
          arrow: '-->',
          text: labels.say('maps.edge.reporting'),
          style: 'stroke:#8a94a6,stroke-width:1.5px',
        });
      }
    }
  }
  const members = layers.has('coverage') ? data.team : [];
  if (members.length > 0) {
    for (const person of visible.values()) {
      if (person.owner && data.team.some((member) => member.id === person.owner)) {
        edges.push({
          from: `team:${person.owner}`,
          to: person.id,
          arrow: '-.->',
          text: labels.say('maps.edge.owns'),
          style: 'stroke:#0b6e78,stroke-width:2px,stroke-dasharray:2 4',
        });
      }
    }
  }

  const onMap = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const people = [...visible.values()].filter((person) => onMap.has(person.id));
  const nodes: Record<string, MapNode> = {};
  const nodeOf = new Map<string, string>();
  const lines = ['flowchart LR', `  ${layoutComment('layered')}`];
  const changed: string[] = [];
  people.forEach((person, index) => {
    const node = `P${index}`;
    nodeOf.set(person.id, node);
    nodes[node] = { kind: 'person', id: person.id };
    lines.push(
      `  ${node}(${relationshipPersonLabel(person, labels, options.highlight)}):::${person.placeholder ? 'placeholder' : personClass(person)}`,
    );
    if (highlightTags(person, options.highlight, labels)) changed.push(node);
  });
  members
    .filter((member) => onMap.has(`team:${member.id}`))
    .forEach((member, index) => {
      const node = `T${index}`;
      nodeOf.set(`team:${member.id}`, node);
      nodes[node] = { kind: 'member', id: member.id };
      lines.push(
        `  ${node}{{${label(labels.say('maps.node.team'), member.name, labels.teamRole(member.role))}}}:::team`,
      );
    });
  [...competitors.values()]
    .filter((competitor) => onMap.has(`competitor:${competitor.id}`))
    .forEach((competitor, index) => {
      const node = `C${index}`;
      nodeOf.set(`competitor:${competitor.id}`, node);
      nodes[node] = { kind: 'competitor', id: competitor.id };
      lines.push(`  ${node}[${label(labels.say('maps.node.competitor'), competitor.name)}]:::competitor`);
    });
  edges.forEach((edge) =>
    lines.push(`  ${nodeOf.get(edge.from)} ${edge.arrow}|${label(edge.text)}| ${nodeOf.get(edge.to)}`),
  );
  edges.forEach((edge, index) => lines.push(`  linkStyle ${index} ${edge.style}`));
  lines.push(
    ...personStyleLines(
      people,
      [
        'classDef team fill:#e0f2f4,stroke:#0b6e78,stroke-width:2px,color:#1d2433',
        'classDef competitor fill:#fdecea,stroke:#a3231d,stroke-width:2px,stroke-dasharray:6 3,color:#1d2433',
      ],
      changed,
    ),
  );
  return { source: lines.join('\n'), nodes };
}
