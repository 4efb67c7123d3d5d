/**
 * The grid download reads the grid back from the page's HTML (src/client/maps/gridFromPage.ts)
 * instead of a copy kept in every page: what it reads must be the drawing the build wrote, so
 * the SVG and PNG hold the same cells, names, colours and label as before.
 */
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { gridSvgElement, readGrid } from '../../src/client/maps/gridFromPage.ts';
import { gridDrawing, manGrid, powerInterestGrid, type GridDrawing } from '../../src/maps/gridDrawing.ts';
import { gridHtml } from '../../src/maps/gridHtml.ts';
import { gridSvg } from '../../src/maps/gridSvg.ts';
import { HOSTILE_TEXTS, hostileAccount, syntheticOf } from './diagramFixtures.ts';
import { zhLabels } from './helpers.ts';

const HOSTILE_LABEL = `<b>"权力—兴趣"</b> & '${HOSTILE_TEXTS[3]}'`;

/** The power–interest and MAN grid drawings of an account, as the build makes them. */
function drawingsOf(account: Parameters<typeof analyzeAccount>[0], label: string): GridDrawing[] {
  const { people } = analyzeAccount(account);
  return [
    gridDrawing(powerInterestGrid(people, zhLabels), label, zhLabels),
    gridDrawing(manGrid(people, zhLabels), label, zhLabels),
  ];
}

// A browser page of its own (not the test environment's globals: the fixtures read files by URL).
const { document } = new Window();

/** Puts a grid into the page as the build writes it and returns its element. */
function shown(drawing: GridDrawing): Element {
  document.body.innerHTML = `<div data-canvas>${gridHtml(drawing)}</div>`;
  return document.querySelector('.grid-map') as unknown as Element;
}

describe('a grid read back from the page for its download', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads every cell, head count, action, chip, colour and axis caption the build drew, hostile names included', () => {
    for (const drawing of [...drawingsOf(hostileAccount(), HOSTILE_LABEL), ...drawingsOf(syntheticOf(40), '矩阵')]) {
      const read = readGrid(shown(drawing));
      expect(read).toEqual(drawing);
      // So the downloaded SVG is the very SVG the build would draw.
      expect(gridSvg(read)).toBe(gridSvg(drawing));
    }
  });

  it('reads placeholders and people of unknown support as dashed, and a grid without axes as such', () => {
    const [powerInterest, man] = drawingsOf(hostileAccount(), 'grid');
    const chips = readGrid(shown(powerInterest!)).cells.flatMap((cell) => cell.chips);
    expect(chips.find((chip) => chip.person === 'unknown-eb')).toMatchObject({ placeholder: true, dashed: true });
    expect(chips.some((chip) => !chip.placeholder && !chip.dashed)).toBe(true);
    expect(readGrid(shown(powerInterest!)).axes?.top).toMatch(/^▲ /);
    const read = readGrid(shown(man!));
    expect(read.axes).toBeUndefined();
    expect(read.columns).toBe(3);
  });

  it('reads the same grid after the reader searched and selected a person in it', () => {
    const [drawing] = drawingsOf(hostileAccount(), 'grid');
    const grid = shown(drawing!);
    const chips = [...grid.querySelectorAll('.grid-chip')];
    chips[0]!.classList.add('is-selected', 'is-match');
    chips.slice(1).forEach((chip) => chip.classList.add('is-dimmed'));
    expect(readGrid(grid)).toEqual(drawing);
  });

  it('draws the SVG to download with every person as literal text and nothing that runs', () => {
    const [drawing] = drawingsOf(hostileAccount(), HOSTILE_LABEL);
    const svg = gridSvgElement(shown(drawing!));
    expect(svg.getAttribute('aria-label')).toBe(HOSTILE_LABEL);
    const people = drawing!.cells.flatMap((cell) => cell.chips.map((chip) => chip.person));
    expect([...svg.querySelectorAll('g[data-person]')].map((node) => node.getAttribute('data-person'))).toEqual(people);
    expect(svg.querySelectorAll('img, script, foreignObject, b').length).toBe(0);
    // Chips are cut to their width in the SVG, as before; the hostile name shows as text.
    expect(svg.textContent).toContain('<img src=x onerror=al');
    const colours = [...svg.querySelectorAll('g[data-person] rect')].map((rect) => rect.getAttribute('fill'));
    expect(colours).toEqual(drawing!.cells.flatMap((cell) => cell.chips.map((chip) => chip.fill)));
  });
});
