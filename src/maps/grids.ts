/**
 * Power–interest and MAN grids as cells of people. Drawn as our own HTML and SVG (see
 * ./gridDrawing.ts) rather than mermaid's quadrant chart: a quadrant chart plots
 * points by score, so people with equal scores overlap and names collide, and it has no form
 * for MAN's eight classes. Cells listing names stay readable at any size and cost no script.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import { MAN_CLASSES } from '../analysis/man.ts';
import type { Quadrant } from '../analysis/powerInterest.ts';
import type { Labels } from '../i18n/labels.ts';
import type { GridChip, GridDrawingCell } from './gridDrawing.ts';

export interface GridCell {
  key: string;
  title: string;
  action: string;
  people: PersonAnalysis[];
}

/** Top row high power, right column high interest, as trainers draw Mendelow's grid. */
export const QUADRANT_ORDER: Quadrant[] = ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed'];

export function powerInterestCells(
  people: readonly PersonAnalysis[],
  labels: Labels,
): {
  cells: GridCell[];
  unplaced: PersonAnalysis[];
} {
  return {
    cells: QUADRANT_ORDER.map((quadrant) => ({
      key: quadrant,
      title: labels.quadrantTitle(quadrant),
      action: labels.quadrantAction(quadrant),
      people: people.filter((entry) => entry.quadrant === quadrant),
    })),
    unplaced: people.filter((entry) => !entry.quadrant),
  };
}

export function manCells(
  people: readonly PersonAnalysis[],
  labels: Labels,
): { cells: GridCell[]; unplaced: PersonAnalysis[] } {
  return {
    cells: [
      ...MAN_CLASSES.map((manClass) => ({
        key: manClass,
        title: `${manClass} ${labels.say(`man.class.${manClass}`)}`,
        action: labels.say(`man.strategy.${manClass}`),
        people: people.filter((entry) => entry.man?.class === manClass),
      })),
      {
        key: 'incomplete',
        title: labels.say('man.incomplete'),
        action: labels.say('man.incomplete.anyStrategy'),
        people: people.filter((entry) => entry.man && !entry.man.class),
      },
    ],
    unplaced: people.filter((entry) => !entry.man),
  };
}

/** Width of text in font-size units: CJK and full-width characters count 1, others about half. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += /[\u2e80-\uffef]/u.test(char) ? 1 : 0.55;
  return units;
}

/** Breaks text into lines of at most `maxUnits` (no hyphenation: CJK breaks anywhere). */
export function wrapText(text: string, maxUnits: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (textUnits(line + char) > maxUnits) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

export function truncate(text: string, maxUnits: number): string {
  if (textUnits(text) <= maxUnits) return text;
  let out = '';
  for (const char of text) {
    if (textUnits(`${out + char}…`) > maxUnits) break;
    out += char;
  }
  return `${out}…`;
}

export interface PlacedChip {
  chip: GridChip;
  x: number;
  y: number;
  width: number;
  text: string;
}

export interface PlacedCell {
  cell: GridDrawingCell;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  actionLines: string[];
  chips: PlacedChip[];
}

export const GRID_FONT = 16;
const PAD = 12;
const LINE = 22;
const CHIP = 30;

/**
 * Positions cells in rows of `columns`, each cell as tall as its tallest neighbour in the row,
 * and people as chips in as many columns as fit.
 */
export function layoutGrid(
  cells: readonly GridDrawingCell[],
  options: { columns: number; width: number; chipWidth: number },
): { cells: PlacedCell[]; height: number } {
  const cellWidth = options.width / options.columns;
  const inner = cellWidth - 2 * PAD;
  const perRow = Math.max(1, Math.floor((inner + 8) / (options.chipWidth + 8)));
  const chipWidth = (inner - (perRow - 1) * 8) / perRow;
  const drafts = cells.map((cell) => {
    const titleLines = wrapText(cell.title, inner / (GRID_FONT + 2));
    const actionLines = wrapText(cell.action, inner / (GRID_FONT - 2));
    const chipTop = PAD + titleLines.length * (LINE + 2) + actionLines.length * LINE + 8;
    const chipRows = Math.ceil(cell.chips.length / perRow);
    return { cell, titleLines, actionLines, chipTop, height: chipTop + Math.max(1, chipRows) * (CHIP + 6) + PAD };
  });
  const placed: PlacedCell[] = [];
  let y = 0;
  for (let row = 0; row * options.columns < drafts.length; row++) {
    const rowDrafts = drafts.slice(row * options.columns, (row + 1) * options.columns);
    const height = Math.max(...rowDrafts.map((draft) => draft.height));
    rowDrafts.forEach((draft, column) => {
      const x = column * cellWidth;
      placed.push({
        cell: draft.cell,
        x,
        y,
        width: cellWidth,
        height,
        titleLines: draft.titleLines,
        actionLines: draft.actionLines,
        chips: draft.cell.chips.map((chip, index) => ({
          chip,
          x: x + PAD + (index % perRow) * (chipWidth + 8),
          y: y + draft.chipTop + Math.floor(index / perRow) * (CHIP + 6),
          width: chipWidth,
          text: truncate(chip.text, (chipWidth - 16) / (GRID_FONT - 1)),
        })),
      });
    });
    y += height;
  }
  return { cells: placed, height: y };
}

/** The cells of a grid, with one more cell for the people not placed yet when there are any. */
export function cellsWithUnplaced(grid: { cells: GridCell[]; unplaced: PersonAnalysis[] }, title: string): GridCell[] {
  if (grid.unplaced.length === 0) return grid.cells;
  return [...grid.cells, { key: 'unplaced', title, action: '', people: grid.unplaced }];
}
