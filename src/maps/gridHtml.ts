/**
 * The power–interest and MAN grids as the page shows them: HTML that reflows to the frame's width
 * (down to a phone) and wraps long names instead of cutting them, no script needed to see it; the
 * frame's script adds selection. The page holds no second copy for 下载 SVG / PNG: the frame's
 * script reads this HTML back into the grid's drawing (./gridDrawing.ts) and draws the SVG
 * (./gridSvg.ts) when the reader asks for it, so every fact that SVG shows is written here.
 * Used by the build (components/maps/*Grid.astro) and by the live analysis of an own account.
 * Every text is escaped here.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import type { Labels } from '../i18n/labels.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { tag } from '../html/tag.ts';
import {
  gridDrawing,
  manGrid,
  powerInterestGrid,
  type GridAxes,
  type GridChip,
  type GridDrawing,
  type GridDrawingCell,
} from './gridDrawing.ts';

const text = escapeHtml;
const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

function axisCaption(direction: 'x' | 'y', caption: string): string {
  return tag('span', { class: `grid-axis grid-axis--${direction}`, 'aria-hidden': 'true' }, text(caption));
}

/** The interest captions under the quadrants, after an empty corner under the power captions. */
function interestCaptions(axes: GridAxes): string {
  return tag('span', { class: 'grid-axis-corner' }) + axisCaption('x', axes.left) + axisCaption('x', axes.right);
}

function chipHtml(chip: GridChip): string {
  return tag(
    'li',
    {},
    tag(
      'button',
      {
        type: 'button',
        class: classes('grid-chip', chip.dashed && 'grid-chip--dashed', chip.placeholder && 'grid-chip--placeholder'),
        style: `--chip-fill:${chip.fill};--chip-stroke:${chip.stroke}`,
        'data-person': chip.person,
      },
      text(chip.text),
    ),
  );
}

function cellHtml(cell: GridDrawingCell): string {
  const count = cell.count ? tag('span', { class: 'grid-cell-count' }, text(cell.count)) : '';
  const title = tag('p', { class: 'grid-cell-title' }, text(cell.title) + count);
  const action = cell.action ? tag('p', { class: 'grid-cell-action' }, text(cell.action)) : '';
  const chips = cell.chips.length > 0 ? tag('ul', { class: 'grid-chips' }, cell.chips.map(chipHtml).join('')) : '';
  return tag(
    'section',
    { class: classes('grid-cell', cell.key === 'unplaced' && 'grid-cell--wide'), 'data-cell': cell.key },
    title + action + chips,
  );
}

/**
 * A grid as HTML. With axes: a 2 × 2 of quadrants, each row led by its power caption, the
 * interest captions under them, then any cell of people not placed yet across the width.
 */
export function gridHtml({ cells, columns, label, axes }: GridDrawing): string {
  const parts = cells.map((cell, index) => {
    const powerCaption =
      axes && index % 2 === 0 && index < 4 ? axisCaption('y', index === 0 ? axes.top : axes.bottom) : '';
    const captionsAbove = axes && index === 4 ? interestCaptions(axes) : '';
    return powerCaption + captionsAbove + cellHtml(cell);
  });
  const captionsAfter = axes && cells.length === 4 ? interestCaptions(axes) : '';
  return tag(
    'div',
    {
      class: classes('grid-map', axes ? 'grid-map--axes' : 'grid-map--flow'),
      role: 'group',
      'aria-label': label,
      'data-columns': columns,
    },
    parts.join('') + captionsAfter,
  );
}

export function powerInterestGridMarkup(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  return gridHtml(gridDrawing(powerInterestGrid(people, labels), label, labels));
}

export function manGridMarkup(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  return gridHtml(gridDrawing(manGrid(people, labels), label, labels));
}
