/**
 * The power–interest and MAN grids as SVG markup: the drawing a download saves (the page shows
 * the same grid as HTML, ./gridHtml.ts), used by the build and by the browser (the live analysis
 * of an own account), so both have the same cells, chips and axis captions. Every text is escaped here.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import { HIGH_SCORE } from '../analysis/powerInterest.ts';
import type { Labels } from '../i18n/labels.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { cellsWithUnplaced, GRID_FONT, layoutGrid, manCells, powerInterestCells, type GridCell } from './grids.ts';
import { SUPPORT_STYLE, supportKey } from './styles.ts';

const WIDTH = 1000;

export interface GridAxes {
  top: string;
  bottom: string;
  left: string;
  right: string;
}

/** An element with attributes (undefined ones left out) and already-escaped content. */
export function tag(name: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${name}${written}>${content}</${name}>`;
}

/** A grid of `columns` cells, people as chips with their support icon, name and title. */
export function gridSvg(
  cells: readonly GridCell[],
  options: { columns: number; label: string; axes?: GridAxes | undefined; labels: Labels },
): string {
  const { columns, label, axes, labels } = options;
  const margin = axes ? 36 : 0;
  const chipText = (entry: PersonAnalysis) =>
    `${SUPPORT_STYLE[supportKey(entry.person.support)].icon} ${labels.nameTitle(labels.personName(entry.person), entry.person.title)}`;
  const layout = layoutGrid(cells, { columns, width: WIDTH - margin, chipWidth: columns > 2 ? 300 : 220, chipText });
  const height = layout.height + (axes ? margin : 0);
  const text = escapeHtml;

  const axisCaptions = axes
    ? tag(
        'g',
        { 'aria-hidden': 'true', 'font-size': 15, fill: '#1d2433' },
        [
          tag(
            'text',
            { x: 14, y: layout.height / 4, transform: `rotate(-90 14 ${layout.height / 4})`, 'text-anchor': 'middle' },
            text(`▲ ${axes.top}`),
          ),
          tag(
            'text',
            {
              x: 14,
              y: (layout.height * 3) / 4,
              transform: `rotate(-90 14 ${(layout.height * 3) / 4})`,
              'text-anchor': 'middle',
            },
            text(axes.bottom),
          ),
          tag(
            'text',
            { x: margin + (WIDTH - margin) / 4, y: layout.height + 24, 'text-anchor': 'middle' },
            text(axes.left),
          ),
          tag(
            'text',
            { x: margin + ((WIDTH - margin) * 3) / 4, y: layout.height + 24, 'text-anchor': 'middle' },
            text(`${axes.right} ▶`),
          ),
        ].join(''),
      )
    : '';

  const drawnCells = layout.cells.map((placed) => {
    const frame = tag('rect', {
      x: placed.x + 2,
      y: placed.y + 2,
      width: placed.width - 4,
      height: placed.height - 4,
      rx: 6,
      fill: '#f8f9fc',
      stroke: '#9aa5b8',
      'stroke-width': 1.5,
    });
    const titleLines = placed.titleLines
      .map((line, index) => tag('tspan', { x: placed.x + 12, dy: index === 0 ? 22 : 24 }, text(line)))
      .join('');
    const count =
      placed.cell.people.length > 0
        ? tag('tspan', { dx: 8, 'font-weight': 400 }, text(labels.paren(placed.cell.people.length)))
        : '';
    const title = tag(
      'text',
      { x: placed.x + 12, y: placed.y + 12, 'font-size': GRID_FONT + 2, 'font-weight': 650, fill: '#1d2433' },
      titleLines + count,
    );
    const action = tag(
      'text',
      {
        x: placed.x + 12,
        y: placed.y + 12 + placed.titleLines.length * 24,
        'font-size': GRID_FONT - 2,
        fill: '#4a5568',
      },
      placed.actionLines.map((line) => tag('tspan', { x: placed.x + 12, dy: 22 }, text(line))).join(''),
    );
    const chips = placed.chips.map((chip) => {
      const { person } = chip.entry;
      const style = SUPPORT_STYLE[supportKey(person.support)];
      return tag(
        'g',
        { 'data-person': person.id },
        tag('rect', {
          x: chip.x,
          y: chip.y,
          width: chip.width,
          height: 30,
          rx: 4,
          fill: style.fill,
          stroke: style.stroke,
          'stroke-width': person.placeholder ? 2 : 1.5,
          'stroke-dasharray': person.placeholder || person.support === 'unknown' ? '5 3' : undefined,
        }) +
          tag('text', { x: chip.x + 8, y: chip.y + 20, 'font-size': GRID_FONT - 1, fill: '#1d2433' }, text(chip.text)),
      );
    });
    return tag('g', { 'data-cell': placed.cell.key }, frame + title + action + chips.join(''));
  });

  return tag(
    'svg',
    {
      class: 'grid-map-svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'group',
      'aria-label': label,
      xmlns: 'http://www.w3.org/2000/svg',
    },
    axisCaptions + tag('g', { transform: `translate(${margin} 0)` }, drawnCells.join('')),
  );
}

/** What a grid is drawn from: its cells, how many columns, and axis captions if it has axes. */
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
      top: band('maps.grid.highPower'),
      bottom: band('maps.grid.lowPower'),
      left: band('maps.grid.lowInterest'),
      right: band('maps.grid.highInterest'),
    },
  };
}

/** The MAN grid: the eight classes, the incomplete ones, and who has no MAN yet. */
export function manGrid(people: readonly PersonAnalysis[], labels: Labels): GridSpec {
  return { cells: cellsWithUnplaced(manCells(people, labels), labels.say('maps.grid.unplaced')), columns: 3 };
}

export function powerInterestGridSvg(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  const { cells, ...spec } = powerInterestGrid(people, labels);
  return gridSvg(cells, { ...spec, label, labels });
}

export function manGridSvg(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  const { cells, ...spec } = manGrid(people, labels);
  return gridSvg(cells, { ...spec, label, labels });
}
