/**
 * The power–interest and MAN grids as the page shows them: HTML that reflows to the frame's width
 * (down to a phone) and wraps long names instead of cutting them, no script needed to see it; the
 * frame's script adds selection. The same grid as SVG (./gridSvg.ts) waits in a
 * `<template data-export-svg>` for 下载 SVG / PNG. Used by the build (components/maps/*Grid.astro)
 * and by the live analysis of an own account. Every text is escaped here.
 */
import type { PersonAnalysis } from '../analysis/analyzeAccount.ts';
import type { Labels } from '../i18n/labels.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import type { GridCell } from './grids.ts';
import { gridSvg, manGrid, powerInterestGrid, tag, type GridAxes, type GridSpec } from './gridSvg.ts';
import { SUPPORT_STYLE, supportKey } from './styles.ts';

const text = escapeHtml;
const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

function axisCaption(direction: 'x' | 'y', caption: string): string {
  return tag('span', { class: `grid-axis grid-axis--${direction}`, 'aria-hidden': 'true' }, text(caption));
}

/** The interest captions under the quadrants, after an empty corner under the power captions. */
function interestCaptions(axes: GridAxes): string {
  return tag('span', { class: 'grid-axis-corner' }) + axisCaption('x', axes.left) + axisCaption('x', `${axes.right} ▶`);
}

function chip(entry: PersonAnalysis, labels: Labels): string {
  const { person } = entry;
  const style = SUPPORT_STYLE[supportKey(person.support)];
  const dashed = person.placeholder || person.support === 'unknown';
  return tag(
    'li',
    {},
    tag(
      'button',
      {
        type: 'button',
        class: classes('grid-chip', dashed && 'grid-chip--dashed'),
        style: `--chip-fill:${style.fill};--chip-stroke:${style.stroke}`,
        'data-person': person.id,
      },
      text(`${style.icon} ${labels.nameTitle(labels.personName(person), person.title)}`),
    ),
  );
}

function cellHtml(cell: GridCell, labels: Labels): string {
  const count =
    cell.people.length > 0 ? tag('span', { class: 'grid-cell-count' }, text(labels.paren(cell.people.length))) : '';
  const title = tag('p', { class: 'grid-cell-title' }, text(cell.title) + count);
  const action = cell.action ? tag('p', { class: 'grid-cell-action' }, text(cell.action)) : '';
  const chips =
    cell.people.length > 0
      ? tag('ul', { class: 'grid-chips' }, cell.people.map((entry) => chip(entry, labels)).join(''))
      : '';
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
export function gridHtml(
  cells: readonly GridCell[],
  options: { label: string; axes?: GridAxes | undefined; labels: Labels },
): string {
  const { label, axes, labels } = options;
  const parts = cells.map((cell, index) => {
    const powerCaption =
      axes && index % 2 === 0 && index < 4 ? axisCaption('y', index === 0 ? `▲ ${axes.top}` : axes.bottom) : '';
    const captionsAbove = axes && index === 4 ? interestCaptions(axes) : '';
    return powerCaption + captionsAbove + cellHtml(cell, labels);
  });
  const captionsAfter = axes && cells.length === 4 ? interestCaptions(axes) : '';
  return tag(
    'div',
    { class: classes('grid-map', axes ? 'grid-map--axes' : 'grid-map--flow'), role: 'group', 'aria-label': label },
    parts.join('') + captionsAfter,
  );
}

/** The grid as the page shows it, with its SVG form in a template for downloads. */
export function gridWithExport({ cells, columns, axes }: GridSpec, label: string, labels: Labels): string {
  return (
    gridHtml(cells, { label, axes, labels }) +
    tag('template', { 'data-export-svg': '' }, gridSvg(cells, { columns, label, axes, labels }))
  );
}

export function powerInterestGridMarkup(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  return gridWithExport(powerInterestGrid(people, labels), label, labels);
}

export function manGridMarkup(people: readonly PersonAnalysis[], labels: Labels, label: string): string {
  return gridWithExport(manGrid(people, labels), label, labels);
}
