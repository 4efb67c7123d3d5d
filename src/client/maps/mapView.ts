/**
 * Draws another view of a map frame: the map at a chosen date, filtered, with the chosen layers.
 * Imported by the frame script only when a reader changes a control (or a map was not drawn at
 * build time), so the builders, the timeline and the renderer cost a page nothing until then.
 */
import { summariseSnapshot } from '../../analysis/timeline.ts';
import { buildMapDiagram, mapDataAt, viewStatus } from '../../maps/mapFrame.ts';
import type { Diagram, MapData, MapHighlight, PersonFilter } from '../../maps/mapData.ts';
import type { MapPayload } from '../../maps/mapPayload.ts';
import type { MapLayer } from '../../maps/relationshipMap.ts';
import { createLabels } from '../../i18n/labels.ts';
import type { Strings } from '../dom.ts';
import { renderDiagram } from './renderDiagram.ts';

export interface ViewChoice {
  filter: PersonFilter;
  layers: MapLayer[];
  /** Index into the payload's snapshots; -1 (or none) is the account at its date. */
  snapshot: number;
  /** A large org chart with every unit expanded. */
  expanded?: boolean;
}

/** The map data at the chosen date, and what changed then, people named by name. */
function dataAtChosenDate(
  payload: MapPayload,
  labels: ReturnType<typeof createLabels>,
  index: number,
): { data: MapData; highlight?: MapHighlight; note: string } {
  const snapshot = payload.snapshots[index];
  const data = mapDataAt(payload.data, payload.snapshots, snapshot?.date ?? payload.asOf);
  if (!snapshot) return { data, note: '' };
  // People who left are named too: the data carries everyone the file names.
  const nameOf = (id: string) => {
    const person = payload.data.people.find((candidate) => candidate.id === id);
    return payload.details.people[id]?.name ?? (person ? labels.personName(person) : id);
  };
  const summary = summariseSnapshot(snapshot);
  const parts = [
    ['maps.snapshot.arrived', summary.arrived],
    ['maps.snapshot.left', summary.left],
    ['maps.snapshot.support', summary.supportChanged],
    ['maps.snapshot.closeness', summary.closenessChanged],
    ['maps.snapshot.reporting', summary.reportingChanged],
  ] as const;
  const said = parts
    .filter(([, ids]) => ids.length > 0)
    .map(([key, ids]) => labels.colon(labels.say(key), labels.list(ids.map(nameOf))));
  const note = `${labels.say('maps.snapshot.heading', { date: snapshot.date, title: snapshot.title })}${labels.say('maps.snapshot.changes')}${said.length > 0 ? labels.semicolonList(said) : labels.say('maps.snapshot.none')}`;
  return { data, highlight: summary, note };
}

/** The diagram of a view and the status line that describes it. */
export function viewOf(
  payload: MapPayload,
  strings: Strings,
  choice: ViewChoice,
): { diagram: Diagram; status: string } {
  const labels = createLabels(strings);
  const { data, highlight, note } = dataAtChosenDate(
    payload,
    labels,
    payload.kind === 'decision' ? -1 : choice.snapshot,
  );
  const diagram = buildMapDiagram(payload, data, labels, {
    filter: choice.filter,
    highlight,
    layers: choice.layers,
    expanded: choice.expanded ?? false,
  });
  return { diagram, status: viewStatus(payload.kind, diagram, labels, note) };
}

/** Draws a view into the canvas; returns its SVG, its nodes and its status line. */
export async function drawView(
  canvas: HTMLElement,
  payload: MapPayload,
  strings: Strings,
  choice: ViewChoice,
): Promise<{ svg: SVGSVGElement; nodes: Diagram['nodes']; status: string }> {
  const { diagram, status } = viewOf(payload, strings, choice);
  const svg = await renderDiagram(canvas, diagram.source);
  return { svg, nodes: diagram.nodes, status };
}

export { preloadRenderer } from './renderDiagram.ts';
