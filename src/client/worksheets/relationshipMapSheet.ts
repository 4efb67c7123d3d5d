/**
 * The relationship-map builder: people with unit, layer, roles, support, closeness and DISC,
 * relations between them, and a live map drawn by the maps area's own builder and renderer
 * (`buildRelationshipMap` + `renderDiagram`), exactly as on the account pages. The tables are
 * the map's text version and work without the map.
 */
import { buildRelationshipMap } from '../../diagrams/relationshipMap.ts';
import type { MapRow, RelationshipMapWorksheet, Worksheet } from '../../schemas/worksheet.ts';
import {
  BUYING_ROLES,
  CLOSENESS_LEVELS,
  DIRECTIONS,
  DISC_STYLES,
  LAYERS,
  RELATIONSHIP_KINDS,
  STRENGTHS,
  SUPPORT_LEVELS,
} from '../../schemas/vocabulary.ts';
import { createLabels } from '../../views/labels.ts';
import { worksheetMapData } from '../../worksheets/mapData.ts';
import { preloadMermaid, renderDiagram } from '../maps/renderDiagram.ts';
import { el, say } from './dom.ts';
import type { SheetContext, SheetView } from './sheetView.ts';

/** Redraw the map once typing pauses, not on every keystroke. */
const MAP_DELAY_MS = 300;
const SUPPORTS = [...SUPPORT_LEVELS, 'unknown'] as const;

type Field = 'unit' | 'layer' | 'support' | 'closeness' | 'disc';

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
  if (!context.paperMode) preloadMermaid();

  const change = (apply: (draft: RelationshipMapWorksheet) => void) =>
    store.update((draft) => apply(draft as RelationshipMapWorksheet));
  const changeRow = (person: string, apply: (row: MapRow) => void) =>
    change((draft) => {
      const row = draft.rows.find((candidate) => candidate.person === person);
      if (row) apply(row);
    });
  const nameOf = (id: string) => sheet.rows.find((row) => row.person === id)?.name || id;

  function select(label: string, options: [string, string][], field: string, onChange: (value: string) => void) {
    const control = el(
      'select',
      { 'aria-label': label, 'data-field': field },
      ...options.map(([value, text]) => el('option', { value }, text)),
    );
    control.addEventListener('change', () => onChange(control.value));
    return control;
  }

  function personRow(row: MapRow): HTMLElement {
    const label = (key: string) => `${row.name} ${say(strings, key)}`;
    const unit = el('input', { type: 'text', maxlength: 80, 'aria-label': label('ws.map.unit'), 'data-field': 'unit' });
    unit.addEventListener('input', () => changeRow(row.person, (target) => void (target.unit = unit.value)));
    const roles = el(
      'fieldset',
      { class: 'ws-roles' },
      el('legend', { class: 'visually-hidden' }, label('ws.map.roles')),
      ...BUYING_ROLES.map((role) => {
        const box = el('input', { type: 'checkbox', value: role, 'data-role': role });
        box.addEventListener('change', () =>
          changeRow(row.person, (target) => {
            const others = target.roles.filter((candidate) => candidate !== role && candidate !== 'unknown');
            target.roles = box.checked ? [...others, role] : others;
          }),
        );
        return el('label', { class: 'ws-radio', title: labels.role(role) }, box, role);
      }),
    );
    return el(
      'tr',
      { 'data-person': row.person },
      el(
        'th',
        { scope: 'row' },
        row.name || '＿＿＿＿',
        row.title ? el('span', { class: 'muted' }, ` ${row.title}`) : null,
        context.removeButton(row),
      ),
      el('td', {}, unit),
      el(
        'td',
        {},
        select(
          label('ws.map.layer'),
          LAYERS.map((layer) => [layer, labels.layer(layer)]),
          'layer',
          (value) => changeRow(row.person, (target) => void (target.layer = value as MapRow['layer'])),
        ),
      ),
      el('td', {}, roles),
      el(
        'td',
        {},
        select(
          label('ws.map.support'),
          SUPPORTS.map((support) => [String(support), labels.support(support)]),
          'support',
          (value) =>
            changeRow(
              row.person,
              (target) =>
                void (target.support = (value === 'unknown' ? 'unknown' : Number(value)) as MapRow['support']),
            ),
        ),
      ),
      el(
        'td',
        {},
        select(
          label('ws.map.closeness'),
          CLOSENESS_LEVELS.map((level) => [String(level), labels.closeness(level)]),
          'closeness',
          (value) => changeRow(row.person, (target) => void (target.closeness = Number(value) as MapRow['closeness'])),
        ),
      ),
      el(
        'td',
        {},
        select(
          label('ws.map.disc'),
          [
            ['', say(strings, 'ws.map.none')],
            ...DISC_STYLES.map((style): [string, string] => [style, labels.disc(style)]),
          ],
          'disc',
          (value) =>
            changeRow(
              row.person,
              (target) => void (target.disc = value === '' ? undefined : (value as MapRow['disc'])),
            ),
        ),
      ),
    );
  }

  function buildRelationForm() {
    const people = sheet.rows.filter((row) => row.name).map((row): [string, string] => [row.person, row.name]);
    const from = select(say(strings, 'ws.map.from'), people, 'from', () => {});
    const to = select(say(strings, 'ws.map.to'), people, 'to', () => {});
    if (people.length > 1) to.value = people[1]![0];
    const kind = select(
      say(strings, 'ws.map.kind'),
      RELATIONSHIP_KINDS.map((value) => [value, labels.relationship(value)]),
      'kind',
      () => {},
    );
    const direction = select(
      say(strings, 'ws.map.direction'),
      DIRECTIONS.map((value) => [value, say(strings, `ws.map.${value}`)]),
      'direction',
      () => {},
    );
    const strength = select(
      say(strings, 'ws.map.strength'),
      STRENGTHS.map((value) => [String(value), labels.strength(value)]),
      'strength',
      () => {},
    );
    strength.value = '2';
    const labelled = (key: string, control: HTMLElement) => el('label', {}, say(strings, key), ' ', control);
    relationForm.replaceChildren(
      el(
        'fieldset',
        {},
        el('legend', {}, say(strings, 'ws.map.addRelation')),
        labelled('ws.map.from', from),
        labelled('ws.map.to', to),
        labelled('ws.map.kind', kind),
        labelled('ws.map.direction', direction),
        labelled('ws.map.strength', strength),
        el('button', { type: 'submit' }, say(strings, 'ws.map.addRelation')),
      ),
    );
    relationForm.onsubmit = (event) => {
      event.preventDefault();
      if (!from.value || !to.value || from.value === to.value) return to.focus();
      change(
        (draft) =>
          void draft.relations.push({
            from: from.value,
            to: to.value,
            kind: kind.value as (typeof RELATIONSHIP_KINDS)[number],
            direction: direction.value as (typeof DIRECTIONS)[number],
            strength: Number(strength.value) as (typeof STRENGTHS)[number],
          }),
      );
    };
  }

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
      if (!line) continue;
      for (const control of line.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
        if (document.activeElement === control) continue;
        const field = control.dataset.field as Field;
        control.value = context.paperMode && field !== 'layer' && field !== 'unit' ? '' : String(row[field] ?? '');
      }
      for (const box of line.querySelectorAll<HTMLInputElement>('[data-role]')) {
        box.checked = !context.paperMode && row.roles.includes(box.value as MapRow['roles'][number]);
      }
    }
    drawRelations();
    drawMap();
  }

  const header = (...keys: string[]) =>
    el('thead', {}, el('tr', {}, ...keys.map((key) => el('th', { scope: 'col' }, say(strings, key)))));

  return {
    rebuild(next) {
      sheet = next as RelationshipMapWorksheet;
      peopleBody.replaceChildren(...sheet.rows.map(personRow));
      buildRelationForm();
      container.replaceChildren(
        el('figure', { class: 'ws-map-figure' }, mapBox, el('figcaption', {}, mapNote)),
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
