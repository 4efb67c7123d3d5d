/** The printable handout parts of a workshop and how many A4 pages each should have. Pure. */
import type { Scenario } from '../schemas/scenario.ts';

export const HANDOUT_PARTS = ['agenda', 'role-cards', 'observers'] as const;
export type HandoutPart = (typeof HANDOUT_PARTS)[number];

export const handoutPath = (workshop: string, part: HandoutPart) => `/workshops/${workshop}/handouts/${part}/`;

/** One page per role card and per observer sheet; the agenda fits one page. */
export function expectedPages(part: HandoutPart, scenarios: readonly Scenario[]): number {
  if (part === 'role-cards') return scenarios.reduce((sum, scenario) => sum + scenario.roles.length, 0);
  if (part === 'observers') return scenarios.length;
  return 1;
}
