/**
 * One person's row of the relationship-map worksheet: unit, layer, buying roles, support,
 * closeness and DISC, and on an own account's sheet whom they report to, each control labelled
 * with the person's name for screen readers.
 */
import type { UiKey } from '../../i18n/ui.ts';
import type { MapRow } from '../../schemas/worksheet.ts';
import { BUYING_ROLES, CLOSENESS_LEVELS, DISC_STYLES, LAYERS, SUPPORT_LEVELS } from '../../schemas/vocabulary.ts';
import { createLabels } from '../../i18n/labels.ts';
import { el, say, selectOf, type Strings } from '../dom.ts';
import { reportsToSelect, setReportsTo } from '../ownAccounts/reportsToSelect.ts';
import { personHeading } from './sheetView.ts';

const SUPPORTS = [...SUPPORT_LEVELS, 'unknown'] as const;

type Field = 'unit' | 'layer' | 'support' | 'closeness' | 'disc';

export interface PersonRowContext {
  strings: Strings;
  /** Applies a change to this person's saved row. */
  changeRow(person: string, apply: (row: MapRow) => void): void;
  removeButton(row: { person: string; name: string }): HTMLElement | null;
  /** Everyone on the sheet as `[id, label]`, when the sheet asks whom each person reports to. */
  managers?: () => readonly (readonly [string, string])[];
}

export function mapPersonRow(
  row: MapRow,
  { strings, changeRow, removeButton, managers }: PersonRowContext,
): HTMLElement {
  const labels = createLabels(strings);
  const label = (key: UiKey) => `${row.name} ${say(strings, key)}`;
  const change = (apply: (target: MapRow) => void) => changeRow(row.person, apply);
  const unit = el('input', { type: 'text', maxlength: 80, 'aria-label': label('ws.map.unit'), 'data-field': 'unit' });
  unit.addEventListener('input', () => change((target) => void (target.unit = unit.value)));
  const roles = el(
    'fieldset',
    { class: 'ws-roles' },
    el('legend', { class: 'visually-hidden' }, label('ws.map.roles')),
    ...BUYING_ROLES.map((role) => {
      const box = el('input', { type: 'checkbox', value: role, 'data-role': role });
      box.addEventListener('change', () =>
        change((target) => {
          const others = target.roles.filter((candidate) => candidate !== role && candidate !== 'unknown');
          target.roles = box.checked ? [...others, role] : others;
        }),
      );
      return el('label', { class: 'ws-radio', title: labels.role(role) }, box, role);
    }),
  );
  const field = (key: UiKey, name: Field, options: [string, string][], onChange: (value: string) => void) =>
    el('td', {}, selectOf({ 'aria-label': label(key), 'data-field': name }, options, onChange));
  return el(
    'tr',
    { 'data-person': row.person },
    el('th', { scope: 'row' }, ...personHeading(row), removeButton(row)),
    el('td', {}, unit),
    field(
      'ws.map.layer',
      'layer',
      LAYERS.map((layer) => [layer, labels.layer(layer)]),
      (value) => change((target) => void (target.layer = value as MapRow['layer'])),
    ),
    el('td', {}, roles),
    field(
      'ws.map.support',
      'support',
      SUPPORTS.map((support) => [String(support), labels.support(support)]),
      (value) =>
        change(
          (target) => void (target.support = (value === 'unknown' ? 'unknown' : Number(value)) as MapRow['support']),
        ),
    ),
    field(
      'ws.map.closeness',
      'closeness',
      CLOSENESS_LEVELS.map((level) => [String(level), labels.closeness(level)]),
      (value) => change((target) => void (target.closeness = Number(value) as MapRow['closeness'])),
    ),
    field(
      'ws.map.disc',
      'disc',
      [['', say(strings, 'ws.map.none')], ...DISC_STYLES.map((style): [string, string] => [style, labels.disc(style)])],
      (value) => change((target) => void (target.disc = value === '' ? undefined : (value as MapRow['disc']))),
    ),
    managers &&
      el(
        'td',
        {},
        reportsToSelect(
          { 'aria-label': label('ws.map.reportsTo'), 'data-reports-to': '' },
          {
            person: row.person,
            value: row.reportsTo ?? '',
            none: say(strings, 'own.analysis.reportsTo.none'),
            candidates: managers,
            onChange: (value) => change((target) => void (target.reportsTo = value || undefined)),
          },
        ),
      ),
  );
}

/** Brings a row's controls up to the saved values, leaving the one being edited alone. */
export function syncMapPersonRow(
  line: HTMLElement,
  row: MapRow,
  paperMode: boolean,
  managers?: PersonRowContext['managers'],
): void {
  for (const control of line.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
    if (document.activeElement === control) continue;
    const field = control.dataset.field as Field;
    control.value = paperMode && field !== 'layer' && field !== 'unit' ? '' : String(row[field] ?? '');
  }
  for (const box of line.querySelectorAll<HTMLInputElement>('[data-role]')) {
    box.checked = !paperMode && row.roles.includes(box.value as MapRow['roles'][number]);
  }
  const manager = line.querySelector<HTMLSelectElement>('select[data-reports-to]');
  if (manager && document.activeElement !== manager && managers)
    setReportsTo(manager, row.reportsTo ?? '', () => managers().find(([id]) => id === row.reportsTo)?.[1]);
}
