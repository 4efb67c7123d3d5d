/**
 * A grid's SVG for 下载 SVG / PNG, drawn when the reader asks for it: the grid's drawing is read
 * back from the HTML the page shows (src/maps/gridHtml.ts writes every fact the SVG needs) and
 * drawn by the builder the build uses (src/maps/gridSvg.ts), so the file holds the same cells,
 * names, colours and label as the page, and the page carries no second copy of each grid.
 * Imported by the frame script on the first download only. Text is read as text (textContent)
 * and escaped again by the builder.
 */
import type { GridAxes, GridChip, GridDrawing, GridDrawingCell } from '../../maps/gridDrawing.ts';
import { gridSvg } from '../../maps/gridSvg.ts';

const textOf = (node: Element | null | undefined) => node?.textContent ?? '';

/** A custom property of the chip's inline style (its support colours). */
function styleValue(chip: Element, property: string): string {
  const declaration = (chip.getAttribute('style') ?? '')
    .split(';')
    .map((part) => part.split(':'))
    .find(([name]) => name?.trim() === property);
  return declaration?.slice(1).join(':').trim() ?? '';
}

function chipOf(chip: Element): GridChip {
  return {
    person: chip.getAttribute('data-person') ?? '',
    text: textOf(chip),
    fill: styleValue(chip, '--chip-fill'),
    stroke: styleValue(chip, '--chip-stroke'),
    placeholder: chip.classList.contains('grid-chip--placeholder'),
    dashed: chip.classList.contains('grid-chip--dashed'),
  };
}

function cellOf(cell: Element): GridDrawingCell {
  const title = cell.querySelector('.grid-cell-title');
  return {
    key: cell.getAttribute('data-cell') ?? '',
    // The title's own text, without the head count that follows it in its own span.
    title: [...(title?.childNodes ?? [])]
      .filter((node) => node.nodeType === node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(''),
    count: textOf(title?.querySelector('.grid-cell-count')),
    action: textOf(cell.querySelector('.grid-cell-action')),
    chips: [...cell.querySelectorAll('.grid-chip[data-person]')].map(chipOf),
  };
}

/** The drawing of a grid the page shows (a `.grid-map` element written by gridHtml). */
export function readGrid(grid: Element): GridDrawing {
  const captions = (direction: 'x' | 'y') =>
    [...grid.children].filter((node) => node.classList.contains(`grid-axis--${direction}`)).map(textOf);
  const [top, bottom] = captions('y');
  const [left, right] = captions('x');
  const axes: GridAxes | undefined =
    top !== undefined && bottom !== undefined && left !== undefined && right !== undefined
      ? { top, bottom, left, right }
      : undefined;
  return {
    label: grid.getAttribute('aria-label') ?? '',
    columns: Number(grid.getAttribute('data-columns')) || 1,
    ...(axes ? { axes } : {}),
    cells: [...grid.children].filter((node) => node.hasAttribute('data-cell')).map(cellOf),
  };
}

/** The grid as an SVG element of the grid's document, ready to download. */
export function gridSvgElement(grid: Element): SVGSVGElement {
  const page = grid.ownerDocument;
  const window = page.defaultView!;
  const parsed = new window.DOMParser().parseFromString(gridSvg(readGrid(grid)), 'image/svg+xml').documentElement;
  if (!(parsed instanceof window.SVGSVGElement)) throw new Error('the grid gave no SVG');
  return page.importNode(parsed, true);
}
