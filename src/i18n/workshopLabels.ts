/**
 * Labels for the workshops area, built from the UI dictionary so pages and components say the
 * same thing in the same words.
 */
import type { UiKey } from './ui.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Session } from '../schemas/workshop.ts';
import type { HandoutPart } from '../workshops/handouts.ts';

export const sideLabel = (side: Scenario['roles'][number]['side']): UiKey => `scenario.side.${side}`;
export const stageKindLabel = (kind: Scenario['stages'][number]['kind']): UiKey => `scenario.stage.${kind}`;
export const sessionKindLabel = (kind: Session['kind']): UiKey => `workshop.kind.${kind}`;
export const worksheetLabel = (kind: Extract<Session, { kind: 'worksheet' }>['worksheet']): UiKey =>
  `workshop.worksheet.${kind}`;

export const HANDOUT_LABELS: Record<HandoutPart, UiKey> = {
  agenda: 'handouts.agenda',
  'role-cards': 'handouts.roleCard',
  observers: 'handouts.observerSheet',
};
