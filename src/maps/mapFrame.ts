/**
 * What a map frame draws, decided once for the component that builds the page and the browser
 * script that redraws it: which maps are flowcharts and the flowchart text of a view (filter, date
 * highlight, layers). The build draws the default view with the same function the browser uses
 * after a change, so both draw the same map. What a frame embeds is in ./mapPayload.ts.
 */
import type { AccountAnalysis } from '../analysis/analyzeAccount.ts';
import { accountAt } from '../analysis/timeline.ts';
import type { Account, Snapshot } from '../schemas/account.ts';
import type { Labels } from '../i18n/labels.ts';
import { buildDecisionProcess } from './decisionProcess.ts';
import type { Diagram, MapData, MapHighlight, PersonFilter } from './mapData.ts';
import type { MapKind, MapPayload } from './mapPayload.ts';
import { buildOrgChart, DEFAULT_COLLAPSE_ABOVE } from './orgChart.ts';
import { buildRelationshipMap, type MapLayer } from './relationshipMap.ts';

/** Maps drawn as flowcharts (src/maps/flowchart/); the power–interest and MAN grids are SVG of their own. */
export const FLOWCHART_MAP_KINDS = ['org', 'relationship', 'decision'] as const satisfies readonly MapKind[];
export type FlowchartMapKind = (typeof FLOWCHART_MAP_KINDS)[number];

export function isFlowchart(kind: MapKind): kind is FlowchartMapKind {
  return (FLOWCHART_MAP_KINDS as readonly MapKind[]).includes(kind);
}

/** The relationship map's layers ticked when a page opens. */
export const DEFAULT_MAP_LAYERS: readonly MapLayer[] = ['influence'];

export interface MapView {
  filter?: PersonFilter;
  highlight?: MapHighlight | undefined;
  layers?: readonly MapLayer[];
  /** Show everyone on a large org chart instead of collapsing its units. */
  expanded?: boolean;
}

/** The flowchart of one view of a frame's map; no view is the page's default view. */
export function buildMapDiagram(
  frame: Pick<MapPayload, 'kind' | 'steps' | 'collapseAbove'>,
  data: MapData,
  labels: Labels,
  view: MapView = {},
): Diagram {
  const options = { labels, filter: view.filter ?? {}, ...(view.highlight ? { highlight: view.highlight } : {}) };
  switch (frame.kind) {
    case 'decision':
      return buildDecisionProcess(frame.steps, data, labels);
    case 'relationship':
      return buildRelationshipMap(data, { ...options, layers: [...(view.layers ?? DEFAULT_MAP_LAYERS)] });
    case 'org':
      return buildOrgChart(data, {
        ...options,
        collapseAbove: view.expanded ? Infinity : (frame.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE),
      });
    default:
      throw new Error(`the ${frame.kind} map is not a flowchart`);
  }
}

/**
 * The map data as it stood on `date`, by the one rule for who is present (analysis/timeline.ts):
 * people who had left or not yet joined are out, reporting lines, support, closeness and
 * relations as they were. The build draws `asOf` with it and the browser every date.
 */
export function mapDataAt(data: MapData, snapshots: readonly Snapshot[], date: string): MapData {
  // accountAt reads only people, relationships and snapshots: the map data has them.
  const then = accountAt({ ...data, snapshots } as unknown as Account, date);
  return { ...data, people: then.people, relationships: then.relationships };
}

/**
 * The status line under a map's title: how many people it shows, what changed at the chosen
 * date, and that a large chart is collapsed. Written at build time for the default view and by
 * the browser for every other.
 */
export function viewStatus(kind: MapKind, diagram: Diagram, labels: Labels, dateNote = ''): string {
  const people = Object.values(diagram.nodes).filter((node) => node.kind === 'person').length;
  const collapsed = kind === 'org' && /\b[UL]\d+more\[/.test(diagram.source);
  return [
    kind === 'decision' ? '' : labels.say('maps.shown', { n: people }),
    dateNote,
    collapsed ? labels.say('maps.collapsed') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Units with at least one person: the unit filter offers only these. */
export function unitsWithPeople(account: Pick<Account, 'units' | 'people'>): Account['units'] {
  const used = new Set(account.people.map((person) => person.unit));
  return account.units.filter((unit) => used.has(unit.id));
}

/** What every map component (OrgMap, RelationshipMap, PowerInterestGrid, ManGrid, DecisionProcessMap) takes. */
export interface AccountMapProps {
  analysis: AccountAnalysis;
  title?: string;
  /** Distinguishes two maps of the same kind and account on one page. */
  idSuffix?: string;
  /** Id of a MapSharedData element holding this account's map data (see AccountMaps). */
  sharedRef?: string;
}
