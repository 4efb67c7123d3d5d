/**
 * Power–interest and MAN grids as cells of people. Drawn as our own SVG (see
 * components/maps/GridMap.astro) rather than mermaid's quadrant chart: a quadrant chart plots
 * points by score, so people with equal scores overlap and names collide, and it has no form
 * for MAN's eight classes. Cells listing names stay readable at any size and cost no script.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import { MAN_CLASSES, MAN_STRATEGIES } from '../analysis/man.ts';
import { QUADRANT_INFO, type Quadrant } from '../analysis/powerInterest.ts';

export interface GridCell {
  key: string;
  title: string;
  action: string;
  people: PersonAnalysis[];
}

/** Top row high power; left column high interest, as trainers draw it on a flip chart. */
export const QUADRANT_ORDER: Quadrant[] = ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed'];

export function powerInterestCells(people: readonly PersonAnalysis[]): {
  cells: GridCell[];
  unplaced: PersonAnalysis[];
} {
  return {
    cells: QUADRANT_ORDER.map((quadrant) => ({
      key: quadrant,
      title: `${QUADRANT_INFO[quadrant].zh}（${QUADRANT_INFO[quadrant].en}）`,
      action: QUADRANT_INFO[quadrant].action,
      people: people.filter((entry) => entry.quadrant === quadrant),
    })),
    unplaced: people.filter((entry) => !entry.quadrant),
  };
}

export function manCells(people: readonly PersonAnalysis[]): { cells: GridCell[]; unplaced: PersonAnalysis[] } {
  return {
    cells: [
      ...MAN_CLASSES.map((manClass) => ({
        key: manClass,
        title: `${manClass} ${MAN_STRATEGIES[manClass].label}`,
        action: MAN_STRATEGIES[manClass].strategy,
        people: people.filter((entry) => entry.man?.class === manClass),
      })),
      {
        key: 'incomplete',
        title: '信息不全',
        action: '先补齐未知的判断，再决定接触策略。',
        people: people.filter((entry) => entry.man && !entry.man.class),
      },
    ],
    unplaced: people.filter((entry) => !entry.man),
  };
}
