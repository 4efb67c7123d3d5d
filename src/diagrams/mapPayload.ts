/**
 * The data a map frame embeds for the browser: the map data (for redrawing after a filter,
 * layer or date change), the snapshots, and the detail-panel text. Built at build time from
 * the edition-filtered analysis, so trainer material reaches it only in the trainer edition.
 */
import type { AccountAnalysis } from '../analysis/analyzeAccount.ts';
import type { Snapshot } from '../schemas/account.ts';
import type { DecisionSteps } from './decisionProcess.ts';
import type { MapData } from './mapData.ts';
import type { PersonDetail } from './personDetails.ts';

export const MAP_KINDS = ['org', 'relationship', 'decision', 'power-interest', 'man'] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export interface MapPayload {
  kind: MapKind;
  data: MapData;
  snapshots: Snapshot[];
  steps: DecisionSteps;
  details: Record<string, PersonDetail>;
  collapseAbove?: number;
}

/** The account subset maps draw; details already carry notes, motives and demands as text. */
export function mapDataOf(analysis: AccountAnalysis): MapData {
  const { account } = analysis.model;
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
  };
}

/** What several maps of one account on a page share: embedded once (see MapSharedData.astro). */
export type SharedMapData = Pick<MapPayload, 'data' | 'details'>;

/** JSON safe inside a <script type="application/json">: `<` can never close the element. */
export function payloadJson(payload: MapPayload | SharedMapData): string {
  return JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
