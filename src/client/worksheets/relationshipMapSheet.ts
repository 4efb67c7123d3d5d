/**
 * The relationship-map builder: people with unit, layer, roles, support, closeness and DISC
 * (./mapPersonRow.ts), relations between them (./relationForm.ts), and a live map drawn by
 * the maps area's own builder and renderer (`buildRelationshipMap` + `renderDiagram`), exactly
 * as on the account pages. The tables are the map's text version and work without the map.
 * On an own account's sheet it also asks what the case file needs beyond the answers: the
 * customer's summary and whom each person reports to, kept in the same record.
 */
import { buildRelationshipMap } from '../../maps/relationshipMap.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { MapRow, RelationshipMapWorksheet, Worksheet } from '../../schemas/worksheet.ts';
import { createLabels } from '../../i18n/labels.ts';
import { worksheetMapData } from '../../worksheets/sheetMapData.ts';
import { el, say } from '../dom.ts';
import { preloadRenderer, renderDiagram } from '../maps/renderDiagram.ts';
import { mapPersonRow, syncMapPersonRow } from './mapPersonRow.ts';
import { fillRelationForm } from './relationForm.ts';
import type { SheetContext, SheetView } from './sheetView.ts';

/** Redraw the map once typing pauses, not on every keystroke. */
const MAP_DELAY_MS = 300;

export function relationshipMapSheet(container: HTMLElement, context: SheetContext): SheetView {
  const { strings, store } = context;
  const labels = createLabels(strings);
  let sheet: RelationshipMapWorksheet;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mapBox = el('div', { class: 'ws-map', role: 'img', 'aria-label': say(strings, 'ws.map.live') });
  const mapNote = el('p', { class: 'muted', 'aria-live': 'polite' });
  const peopleBody = el('tbody');
  const relationsBody = el('tbody');
  const relationForm = el('form', { class: 'ws-add no-print' });
  if (!context.paperMode) preloadRenderer();

  const change = (apply: (draft: RelationshipMapWorksheet) => void) =>
    store.update((draft) => apply(draft as RelationshipMapWorksheet));
  const changeRow = (person: string, apply: (row: MapRow) => void) =>
    change((draft) => {
      const row = draft.rows.find((candidate) => candidate.person === person);
      if (row) apply(row);
    });
  const nameOf = (id: string) => sheet.rows.find((row) => row.person === id)?.name || id;
  const own = context.paperMode ? undefined : context.ownAccount;
  /** Whom a person can report to: everyone on the sheet, named as the analysis page names them. */
  const managers = own
    ? () => sheet.rows.map((row): [string, string] => [row.person, labels.nameTitle(row.name, row.title)])
    : undefined;

  const personRow = (row: MapRow) =>
    mapPersonRow(row, {
      strings,
      changeRow,
      removeButton: (entry) => context.removeButton(entry),
      ...(managers ? { managers } : {}),
    });

  const summary = own ? el('textarea', { rows: 3, maxlength: 1000, 'data-own-summary': '' }) : undefined;
  summary?.addEventListener('change', () => own!.setSummary(summary.value.trim()));
  const summaryField =
    summary &&
    el('div', { class: 'ws-own-summary no-print' }, el('label', {}, say(strings, 'own.analysis.summary'), summary));

  const buildRelationForm = () =>
    fillRelationForm(relationForm, sheet.rows, strings, (relation) =>
      change((draft) => void draft.relations.push(relation)),
    );

  function drawRelations() {
    if (sheet.relations.length === 0) {
      relationsBody.replaceChildren(
        el('tr', {}, el('td', { colspan: 5, class: 'muted' }, say(strings, 'ws.map.noRelations'))),
      );
      return;
    }
    relationsBody.replaceChildren(
      ...sheet.relations.map((relation, index) => {
        const remove = el(
          'button',
          { type: 'button', class: 'ws-remove no-print' },
          say(strings, 'ws.map.removeRelation', { from: nameOf(relation.from), to: nameOf(relation.to) }),
        );
        remove.addEventListener('click', () => {
          change((draft) => void draft.relations.splice(index, 1));
          relationForm.querySelector('select')?.focus();
        });
        return el(
          'tr',
          {},
          el('td', {}, nameOf(relation.from)),
          el('td', {}, nameOf(relation.to)),
          el('td', {}, labels.relationship(relation.kind)),
          el('td', {}, `${say(strings, `ws.map.${relation.direction}`)} · ${labels.strength(relation.strength)}`),
          el('td', {}, remove),
        );
      }),
    );
  }

  /** The one place the live map is drawn: the maps area's builder and renderer. */
  function drawMap() {
    if (context.paperMode) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const data = worksheetMapData(sheet);
      // The builder draws only people with a line, so the text alternative counts those.
      const onMap = new Set(data.relationships.flatMap((relation) => [relation.from, relation.to])).size;
      mapBox.setAttribute(
        'aria-label',
        say(strings, 'ws.map.alt', { people: onMap, relations: data.relationships.length }),
      );
      if (data.relationships.length === 0) {
        mapBox.replaceChildren();
        mapNote.textContent = say(strings, 'ws.map.empty');
        return;
      }
      try {
        await renderDiagram(mapBox, buildRelationshipMap(data, { labels }).source);
        mapNote.textContent = '';
      } catch {
        mapNote.textContent = say(strings, 'ws.map.failed');
      }
    }, MAP_DELAY_MS);
  }

  function sync(next: Worksheet) {
    sheet = next as RelationshipMapWorksheet;
    for (const row of sheet.rows) {
      const line = peopleBody.querySelector<HTMLElement>(`tr[data-person="${CSS.escape(row.person)}"]`);
      if (line) syncMapPersonRow(line, row, context.paperMode, managers);
    }
    if (summary && own && document.activeElement !== summary) summary.value = own.summary();
    drawRelations();
    drawMap();
  }

  const header = (...keys: UiKey[]) =>
    el('thead', {}, el('tr', {}, ...keys.map((key) => el('th', { scope: 'col' }, say(strings, key)))));

  return {
    rebuild(next) {
      sheet = next as RelationshipMapWorksheet;
      peopleBody.replaceChildren(...sheet.rows.map(personRow));
      buildRelationForm();
      container.replaceChildren(
        el('figure', { class: 'ws-map-figure' }, mapBox, el('figcaption', {}, mapNote)),
        ...(summaryField ? [summaryField] : []),
        el(
          'div',
          { class: 'table-wrap' },
          el(
            'table',
            { class: 'ws-map-people' },
            el('caption', {}, say(strings, 'ws.people')),
            header(
              'ws.personName',
              'ws.map.unit',
              'ws.map.layer',
              'ws.map.roles',
              'ws.map.support',
              'ws.map.closeness',
              'ws.map.disc',
              ...(managers ? (['ws.map.reportsTo'] as const) : []),
            ),
            peopleBody,
          ),
        ),
        relationForm,
        el(
          'div',
          { class: 'table-wrap' },
          el(
            'table',
            { class: 'ws-map-relations' },
            el('caption', {}, say(strings, 'ws.map.relations')),
            header('ws.map.from', 'ws.map.to', 'ws.map.kind', 'ws.map.direction', 'ws.actions'),
            relationsBody,
          ),
        ),
      );
      sync(next);
    },
    sync,
  };
}
