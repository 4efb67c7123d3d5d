/**
 * The power–interest worksheet. Three ways to place a person, all writing the same two scores:
 * drag a name onto a cell (pointer events, so touch works too); select a name then tap a cell;
 * or pick the scores in the table. Keyboard: arrow keys on a focused name move it one step.
 */
import { HIGH_SCORE, QUADRANTS, quadrantOf } from '../../analysis/powerInterest.ts';
import { createLabels } from '../../i18n/labels.ts';
import type { PowerInterestWorksheet, Worksheet } from '../../schemas/worksheet.ts';
import { el, say } from '../dom.ts';
import { personHeading, type SheetContext, type SheetView } from './sheetView.ts';

type Row = PowerInterestWorksheet['rows'][number];
const SCORES = [1, 2, 3, 4, 5] as const;
const clamp = (value: number) => Math.min(5, Math.max(1, value));
/** Pixels a pointer must travel before a press on a name counts as a drag, not a tap. */
const DRAG_THRESHOLD = 6;
/** Top-left cell (power, interest) of each quadrant, with 3 the first "high" score. */
const QUADRANT_CORNERS = [
  [5, 1],
  [5, 3],
  [2, 1],
  [2, 3],
] as const;

export function powerInterestSheet(container: HTMLElement, context: SheetContext): SheetView {
  const { strings, store } = context;
  const labels = createLabels(strings);
  let selected: string | undefined;
  let rows: Row[] = [];
  const quadrantName = (row: Row) =>
    row.power !== undefined && row.interest !== undefined ? labels.quadrant(quadrantOf(row.power, row.interest)) : '';

  const grid = el('div', { class: 'pi-grid', role: 'group', 'aria-label': say(strings, 'ws.grid') });
  const tray = el('div', { class: 'pi-tray' });
  const tableBody = el('tbody');
  const table = el(
    'table',
    { class: 'pi-table' },
    el('caption', {}, say(strings, 'ws.people')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, say(strings, 'ws.personName')),
        el('th', { scope: 'col' }, say(strings, 'ws.power')),
        el('th', { scope: 'col' }, say(strings, 'ws.interest')),
        el('th', { scope: 'col' }, say(strings, 'ws.quadrant')),
      ),
    ),
    tableBody,
  );
  const legend = el(
    'dl',
    { class: 'pi-legend' },
    ...QUADRANTS.flatMap((quadrant) => [
      el('dt', { 'data-quadrant': quadrant }, labels.quadrant(quadrant)),
      el('dd', {}, labels.quadrantAction(quadrant)),
    ]),
  );

  function place(person: string, power: number | undefined, interest: number | undefined) {
    store.update((sheet) => {
      const row = (sheet as PowerInterestWorksheet).rows.find((candidate) => candidate.person === person);
      if (!row) return;
      row.power = power;
      row.interest = interest;
      if (power !== undefined && interest !== undefined) {
        const quadrant = labels.quadrant(quadrantOf(power, interest));
        context.announce(say(strings, 'ws.placed', { name: row.name, power, interest, quadrant }));
      }
    });
  }

  function select(person: string | undefined) {
    selected = selected === person ? undefined : person;
    for (const chip of container.querySelectorAll<HTMLElement>('.pi-chip')) {
      chip.setAttribute('aria-pressed', String(chip.dataset.person === selected));
    }
    container.classList.toggle('pi-selecting', selected !== undefined);
    const row = rows.find((candidate) => candidate.person === selected);
    if (row) context.announce(say(strings, 'ws.selected', { name: row.name }));
  }

  function chip(row: Row): HTMLButtonElement {
    const placedText =
      row.power !== undefined && row.interest !== undefined
        ? say(strings, 'ws.cell', { power: row.power, interest: row.interest })
        : say(strings, 'ws.unplaced');
    const button = el(
      'button',
      {
        type: 'button',
        class: 'pi-chip',
        'data-person': row.person,
        'aria-pressed': String(selected === row.person),
        title: say(strings, 'ws.select'),
      },
      row.name || '＿＿',
      el('span', { class: 'visually-hidden' }, labels.paren(placedText)),
    );
    button.addEventListener('click', () => {
      if (button.dataset.dragged === 'true') {
        delete button.dataset.dragged;
        return;
      }
      select(row.person);
    });
    button.addEventListener('keydown', (event) => {
      const moves: Record<string, [number, number]> = {
        ArrowUp: [1, 0],
        ArrowDown: [-1, 0],
        ArrowRight: [0, 1],
        ArrowLeft: [0, -1],
      };
      const move = moves[event.key];
      if (event.key === 'Escape') select(undefined);
      if (!move) return;
      event.preventDefault();
      // The first arrow on a name not yet on the grid puts it in the middle.
      if (row.power === undefined || row.interest === undefined) place(row.person, 3, 3);
      else place(row.person, clamp(row.power + move[0]), clamp(row.interest + move[1]));
    });
    button.addEventListener('pointerdown', (down) => {
      if (down.button !== 0) return;
      let dragging = false;
      let target: HTMLElement | undefined;
      button.setPointerCapture(down.pointerId);
      const onMove = (move: PointerEvent) => {
        if (!dragging && Math.hypot(move.clientX - down.clientX, move.clientY - down.clientY) < DRAG_THRESHOLD) return;
        dragging = true;
        button.classList.add('pi-dragging');
        target?.classList.remove('pi-drop');
        target = cellAt(move.clientX, move.clientY);
        target?.classList.add('pi-drop');
      };
      const onUp = () => {
        button.removeEventListener('pointermove', onMove);
        button.removeEventListener('pointerup', onUp);
        button.removeEventListener('pointercancel', onUp);
        button.classList.remove('pi-dragging');
        target?.classList.remove('pi-drop');
        if (!dragging) return;
        button.dataset.dragged = 'true';
        if (target) place(row.person, Number(target.dataset.power), Number(target.dataset.interest));
      };
      button.addEventListener('pointermove', onMove);
      button.addEventListener('pointerup', onUp);
      button.addEventListener('pointercancel', onUp);
    });
    return button;
  }

  function cellAt(x: number, y: number): HTMLElement | undefined {
    return document
      .elementsFromPoint(x, y)
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset.cell !== undefined);
  }

  function drawGrid() {
    const hadFocus = (document.activeElement as HTMLElement | null)?.dataset?.person;
    const cells: HTMLElement[] = [
      el(
        'div',
        { class: 'pi-axis pi-axis--power', 'aria-hidden': 'true' },
        say(strings, 'ws.axis.power', { n: HIGH_SCORE }),
      ),
    ];
    for (const power of [...SCORES].reverse()) {
      cells.push(el('div', { class: 'pi-tick', 'aria-hidden': 'true' }, String(power)));
      for (const interest of SCORES) {
        const quadrant = quadrantOf(power, interest);
        const target = el('button', {
          type: 'button',
          class: 'pi-target',
          tabindex: -1,
          'aria-label': say(strings, 'ws.cell', { power, interest }),
        });
        target.addEventListener('click', () => {
          if (selected) place(selected, power, interest);
        });
        const here = rows.filter((row) => row.power === power && row.interest === interest);
        // The quadrant's name in its top-left cell, so a printed grid reads without colour.
        const corner = QUADRANT_CORNERS.some(([p, i]) => p === power && i === interest);
        cells.push(
          el(
            'div',
            {
              class: 'pi-cell',
              'data-cell': '',
              'data-power': power,
              'data-interest': interest,
              'data-quadrant': quadrant,
            },
            target,
            corner && el('span', { class: 'pi-quadrant-name', 'aria-hidden': 'true' }, labels.quadrant(quadrant)),
            ...here.map(chip),
          ),
        );
      }
    }
    cells.push(el('div', { class: 'pi-tick' }));
    for (const interest of SCORES) cells.push(el('div', { class: 'pi-tick', 'aria-hidden': 'true' }, String(interest)));
    cells.push(
      el(
        'div',
        { class: 'pi-axis pi-axis--interest', 'aria-hidden': 'true' },
        say(strings, 'ws.axis.interest', { n: HIGH_SCORE }),
      ),
    );
    grid.replaceChildren(...cells);
    const unplaced = rows.filter((row) => row.power === undefined || row.interest === undefined);
    tray.replaceChildren(
      ...(unplaced.length > 0
        ? [el('span', { class: 'muted' }, say(strings, 'ws.unplacedHint')), ...unplaced.map(chip)]
        : []),
    );
    if (hadFocus) container.querySelector<HTMLElement>(`.pi-chip[data-person="${CSS.escape(hadFocus)}"]`)?.focus();
  }

  function scoreSelect(row: Row, field: 'power' | 'interest'): HTMLSelectElement {
    const select = el(
      'select',
      { 'data-field': field, 'aria-label': `${row.name} ${say(strings, `ws.${field}`)}` },
      el('option', { value: '' }, say(strings, 'ws.score.none')),
      ...SCORES.map((score) => el('option', { value: score }, String(score))),
    );
    select.addEventListener('change', () => {
      const value = select.value === '' ? undefined : Number(select.value);
      const current = rows.find((candidate) => candidate.person === row.person)!;
      place(row.person, field === 'power' ? value : current.power, field === 'interest' ? value : current.interest);
    });
    return select;
  }

  function drawTable() {
    tableBody.replaceChildren(
      ...rows.map((row) =>
        el(
          'tr',
          { 'data-person': row.person },
          el('th', { scope: 'row' }, ...personHeading(row), context.removeButton(row)),
          el('td', {}, scoreSelect(row, 'power')),
          el('td', {}, scoreSelect(row, 'interest')),
          el('td', { 'data-quadrant-cell': true }),
        ),
      ),
    );
  }

  function sync(sheet: Worksheet) {
    rows = (sheet as PowerInterestWorksheet).rows.map((row) =>
      context.paperMode ? { ...row, power: undefined, interest: undefined } : row,
    );
    drawGrid();
    for (const row of rows) {
      const line = tableBody.querySelector<HTMLElement>(`tr[data-person="${CSS.escape(row.person)}"]`);
      if (!line) continue;
      for (const select of line.querySelectorAll<HTMLSelectElement>('select')) {
        const value = row[select.dataset.field as 'power' | 'interest'];
        select.value = value === undefined ? '' : String(value);
      }
      const quadrant =
        row.power !== undefined && row.interest !== undefined ? quadrantOf(row.power, row.interest) : undefined;
      line
        .querySelector<HTMLElement>('[data-quadrant-cell]')!
        .replaceChildren(quadrant ? labels.colon(quadrantName(row), labels.quadrantAction(quadrant)) : '');
    }
  }

  return {
    rebuild(sheet) {
      rows = (sheet as PowerInterestWorksheet).rows;
      drawTable();
      container.replaceChildren(
        tray,
        grid,
        el('h3', {}, say(strings, 'ws.quadrantActions')),
        legend,
        el('div', { class: 'table-wrap' }, table),
      );
      sync(sheet);
    },
    sync,
  };
}
