/**
 * The power–interest and MAN grids as SVG markup: the drawing a download saves (the page shows
 * the same grid as HTML, ./gridHtml.ts). Drawn from a grid's drawing (./gridDrawing.ts): the
 * browser reads that back from the page's HTML when a reader downloads the grid, and the live
 * analysis of an own account and the tests build it from an analysis, so every SVG of a grid has
 * the same cells, chips and axis captions. Every text is escaped here.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import type { Labels } from '../i18n/labels.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { tag } from '../html/tag.ts';
import { gridDrawing, manGrid, powerInterestGrid, type GridDrawing } from './gridDrawing.ts';
import { GRID_FONT, layoutGrid } from './grids.ts';

const WIDTH = 1000;

/** A grid of `columns` cells, people as chips with their support icon, name and title. */
export function gridSvg({ cells, columns, label, axes }: GridDrawing): string {
  const margin = axes ? 36 : 0;
  const layout = layoutGrid(cells, { columns, width: WIDTH - margin, chipWidth: columns > 2 ? 300 : 220 });
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
            text(axes.top),
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
            text(axes.right),
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
    const count = placed.cell.count !== '' ? tag('tspan', { dx: 8, 'font-weight': 400 }, text(placed.cell.count)) : '';
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
    const chips = placed.chips.map(({ chip, x, y, width, text: shown }) =>
      tag(
        'g',
        { 'data-person': chip.person },
        tag('rect', {
          x,
          y,
          width,
          height: 30,
          rx: 4,
          fill: chip.fill,
          stroke: chip.stroke,
          'stroke-width': chip.placeholder ? 2 : 1.5,
          'stroke-dasharray': chip.dashed ? '5 3' : undefined,
        }) + tag('text', { x: x + 8, y: y + 20, 'font-size': GRID_FONT - 1, fill: '#1d2433' }, text(shown)),
      ),
    );
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

export function powerInterestGridSvg(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  return gridSvg(gridDrawing(powerInterestGrid(people, labels), label, labels));
}

export function manGridSvg(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  return gridSvg(gridDrawing(manGrid(people, labels), label, labels));
}
