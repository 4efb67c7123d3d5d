/**
 * What a power–interest or MAN grid shows, as plain text and colours: its cells (title, head
 * count, action), one chip per person (text, support colours, dashed or not) and its axis
 * captions. The page's HTML (./gridHtml.ts) and the downloadable SVG (./gridSvg.ts) are both drawn
 * from it, and the browser reads it back from the page's HTML (src/client/maps/gridFromPage.ts)
 * to draw the SVG only when a reader downloads it, so a page carries each grid once.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import { HIGH_SCORE } from '../analysis/powerInterest.ts';
import type { Labels } from '../i18n/labels.ts';
import { cellsWithUnplaced, manCells, powerInterestCells, type GridCell } from './grids.ts';
import { SUPPORT_STYLE, supportKey } from './styles.ts';

/** Axis captions as drawn, arrows included (▲ on the high-power end, ▶ on the high-interest end). */
export interface GridAxes {
  top: string;
  bottom: string;
  left: string;
  right: string;
}

export interface GridChip {
  /** The person's id: selecting the chip opens the detail panel. */
  person: string;
  /** Support icon, name and title. */
  text: string;
  fill: string;
  stroke: string;
  /** A role whose holder we do not know yet: drawn with a heavier, dashed border. */
  placeholder: boolean;
  /** Placeholders and people whose support is unknown. */
  dashed: boolean;
}

export interface GridDrawingCell {
  key: string;
  title: string;
  /** The head count as shown after the title, in brackets; empty when nobody is in the cell. */
  count: string;
  action: string;
  chips: GridChip[];
}

export interface GridDrawing {
  label: string;
  columns: number;
  axes?: GridAxes;
  cells: GridDrawingCell[];
}

/** What a grid is built from: its cells of people, how many columns, and axis captions if it has axes. */
export interface GridSpec {
  cells: GridCell[];
  columns: number;
  axes?: GridAxes;
}

/** The power–interest grid; the axis captions carry the threshold (chapter 5: 3 and above is high). */
export function powerInterestGrid(people: readonly PersonAnalysis[], labels: Labels): GridSpec {
  const band = (
    key: 'maps.grid.highPower' | 'maps.grid.lowPower' | 'maps.grid.highInterest' | 'maps.grid.lowInterest',
  ) => labels.say(key, { n: HIGH_SCORE, m: HIGH_SCORE - 1 });
  return {
    cells: cellsWithUnplaced(powerInterestCells(people, labels), labels.say('maps.grid.unplaced')),
    columns: 2,
    axes: {
      top: `▲ ${band('maps.grid.highPower')}`,
      bottom: band('maps.grid.lowPower'),
      left: band('maps.grid.lowInterest'),
      right: `${band('maps.grid.highInterest')} ▶`,
    },
  };
}

/** The MAN grid: the eight classes, the incomplete ones, and who has no MAN yet. */
export function manGrid(people: readonly PersonAnalysis[], labels: Labels): GridSpec {
  return { cells: cellsWithUnplaced(manCells(people, labels), labels.say('maps.grid.unplaced')), columns: 3 };
}

/** Line ends as a page shows them: HTML reads CR LF and a lone CR as LF, so the SVG does too. */
const asShown = (text: string) => text.replace(/\r\n?/g, '\n');

/** The text and colours of a grid of people, in the page's words. */
export function gridDrawing({ cells, columns, axes }: GridSpec, label: string, labels: Labels): GridDrawing {
  return {
    label,
    columns,
    ...(axes ? { axes } : {}),
    cells: cells.map((cell) => ({
      key: cell.key,
      title: cell.title,
      count: cell.people.length > 0 ? labels.paren(cell.people.length) : '',
      action: cell.action,
      chips: cell.people.map(({ person }) => {
        const style = SUPPORT_STYLE[supportKey(person.support)];
        const placeholder = Boolean(person.placeholder);
        return {
          person: person.id,
          text: asShown(`${style.icon} ${labels.nameTitle(labels.personName(person), person.title)}`),
          fill: style.fill,
          stroke: style.stroke,
          placeholder,
          dashed: placeholder || person.support === 'unknown',
        };
      }),
    })),
  };
}
