/**
 * The data a map frame embeds for the browser: the map data (for redrawing after a filter,
 * layer or date change), the snapshots, and the detail-panel text. Built at build time from
 * the edition-filtered analysis, so trainer material reaches it only in the trainer edition.
 */
import type { AccountAnalysis } from '../analysis/analyzeAccount.ts';
import type { Account, Snapshot } from '../schemas/account.ts';
import type { Labels } from '../i18n/labels.ts';
import type { UiKey } from '../i18n/ui.ts';
import { competitorsById } from '../model/opportunities.ts';
import type { DecisionSteps } from './decisionProcess.ts';
import { buildMapDiagram, isFlowchart } from './mapFrame.ts';
import type { Diagram, MapData } from './mapData.ts';
import { panelText, type PanelText } from './panelText.ts';
import { personDetails } from './personDetails.ts';

export const MAP_KINDS = ['org', 'relationship', 'decision', 'power-interest', 'man'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export interface MapPayload {
  kind: MapKind;
  /**
   * Everyone the file names when the snapshots are embedded (the history needs people who have
   * left), else only the people present at `asOf`; a view keeps those present (`mapDataAt`).
   */
  data: MapData;
  snapshots: Snapshot[];
  /** The account's reference date: the default view shows the account as it stands then. */
  asOf: string;
  /** The nodes of the default view drawn at build time, so the page wires it without the builders. */
  defaultNodes?: Diagram['nodes'];
  steps: DecisionSteps;
  /** The detail panel's text, packed (see panelText.ts). */
  details: PanelText;
  collapseAbove?: number;
}

/**
 * Each account's map data, made once: an account page asks for its present three times (the org
 * chart, the relationship map and each decision process) and for its history once (the shared
 * data). Loaded accounts are not changed afterwards, which presentAccount relies on too.
 */
const mapDataByAccount = new WeakMap<Account, MapData>();

/**
 * The account subset maps draw; details already carry notes, motives and demands as text. With
 * `history` (the default) everyone the file names, people who have left included, for replaying
 * the snapshots; without, the people present at the analysis date.
 */
export function mapDataOf(analysis: AccountAnalysis, { history = true } = {}): MapData {
  const account = history ? analysis.model.account : analysis.present;
  let data = mapDataByAccount.get(account);
  if (!data) {
    data = accountMapData(account);
    mapDataByAccount.set(account, data);
  }
  return data;
}

/** The same from an account alone (tests, and anything that has no analysis at hand). */
export function accountMapData(account: Account): MapData {
  return {
    units: account.units,
    // Notes, motives and demands travel as detail text; trainer material never as data.
    people: account.people.map((person) => ({
      ...person,
      trainer: undefined,
      notes: undefined,
      motives: undefined,
      demands: [],
    })),
    relationships: account.relationships,
    team: account.team,
    bodies: account.bodies,
    competitors: [...competitorsById(account)].map(([id, competitor]) => ({ ...competitor, id })),
  };
}

/** A panel text with nobody in it: a frame whose text is shared, or not filled in yet. */
const noPanelText = (): PanelText => ({ texts: [], people: {} });

/**
 * What the map frames of a page share, embedded once (see MapSharedData.astro): the words the
 * browser redraws with, and, on an account page, the account's map data and panel text.
 */
export interface SharedMapData extends Partial<Pick<MapPayload, 'data' | 'details'>> {
  strings: Partial<Record<UiKey, string>>;
}

/** How the detail panel's text is written: the page's words, and whether trainer notes show. */
export interface PanelTextOptions {
  labels: Labels;
  trainerNotes: boolean;
}

/** An account's map data and panel text, for the frames of its page to share. */
export function sharedMapData(
  analysis: AccountAnalysis,
  { labels, trainerNotes }: PanelTextOptions,
): Pick<MapPayload, 'data' | 'details'> {
  return { data: mapDataOf(analysis), details: panelText(personDetails(analysis, labels, { trainerNotes })) };
}

export interface FramePayloadOptions extends PanelTextOptions {
  kind: MapKind;
  /** Embed the account's snapshots for the date control. */
  snapshots: boolean;
  collapseAbove?: number | undefined;
  /** The data and panel text are embedded once for the page (see sharedMapData). */
  shared: boolean;
}

/**
 * What one frame embeds and draws: the payload, trimmed to what its kind redraws (grids need only
 * the panel text, the decision process only names, and a frame reading shared data embeds
 * neither), and the default view's flowchart it was built with (undefined for the grids), so
 * the page draws that very diagram instead of building it again.
 */
export function frameContent(
  analysis: AccountAnalysis,
  options: FramePayloadOptions,
): { payload: MapPayload; diagram: Diagram | undefined } {
  const { account } = analysis.model;
  const { kind, shared } = options;
  const ownData = !shared && isFlowchart(kind);
  const payload: MapPayload = {
    kind,
    data: ownData
      ? mapDataOf(analysis, { history: options.snapshots })
      : { units: [], people: [], relationships: [], team: [] },
    snapshots: options.snapshots ? account.snapshots : [],
    asOf: analysis.asOf,
    steps: kind === 'decision' ? analysis.opportunity.decisionProcess : [],
    details: shared
      ? noPanelText()
      : panelText(personDetails(analysis, options.labels, { trainerNotes: options.trainerNotes })),
    ...(options.collapseAbove ? { collapseAbove: options.collapseAbove } : {}),
  };
  const diagram = defaultDiagram(analysis, payload, options.labels);
  return { payload: diagram ? { ...payload, defaultNodes: diagram.nodes } : payload, diagram };
}

export function framePayload(analysis: AccountAnalysis, options: FramePayloadOptions): MapPayload {
  return frameContent(analysis, options).payload;
}

/** The default view's flowchart for a frame (the account at its date), or undefined for the grids. */
export function defaultDiagram(analysis: AccountAnalysis, payload: MapPayload, labels: Labels): Diagram | undefined {
  if (!isFlowchart(payload.kind)) return undefined;
  return buildMapDiagram(payload, mapDataOf(analysis, { history: false }), labels);
}

/** A frame's payload before it has an account: the live analysis of an own account fills it in the browser. */
export function emptyPayload(kind: MapKind): MapPayload {
  return {
    kind,
    data: { units: [], people: [], relationships: [], team: [] },
    snapshots: [],
    asOf: '',
    steps: [],
    details: noPanelText(),
  };
}

/**
 * Everything a live frame shows for an analysis, self-contained: the payload with its data,
 * snapshots and panel text, as the built frames of an account page carry them together.
 */
export function livePayload(analysis: AccountAnalysis, kind: MapKind, options: PanelTextOptions): MapPayload {
  return framePayload(analysis, { ...options, kind, snapshots: true, shared: false });
}

/** The default view's flowchart text for a frame, or undefined for the grids. */
export function defaultDiagramSource(
  analysis: AccountAnalysis,
  payload: MapPayload,
  labels: Labels,
): string | undefined {
  return defaultDiagram(analysis, payload, labels)?.source;
}
