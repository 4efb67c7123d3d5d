/**
 * The "add a relation" form of the relationship-map worksheet: from, to, kind, direction and
 * strength, between the people who have a name so far.
 */
import type { UiKey } from '../../i18n/ui.ts';
import type { MapRow, RelationshipMapWorksheet } from '../../schemas/worksheet.ts';
import { DIRECTIONS, RELATIONSHIP_KINDS, STRENGTHS } from '../../schemas/vocabulary.ts';
import { createLabels } from '../../i18n/labels.ts';
import { el, say, selectOf, type Strings } from '../dom.ts';

type MapRelation = RelationshipMapWorksheet['relations'][number];

/** Fills `form` with the controls for the people in `rows`; `add` receives each new relation. */
export function fillRelationForm(
  form: HTMLFormElement,
  rows: readonly MapRow[],
  strings: Strings,
  add: (relation: MapRelation) => void,
): void {
  const labels = createLabels(strings);
  const people = rows.filter((row) => row.name).map((row): [string, string] => [row.person, row.name]);
  const control = (key: UiKey, field: string, options: [string, string][]) =>
    selectOf({ 'aria-label': say(strings, key), 'data-field': field }, options);
  const from = control('ws.map.from', 'from', people);
  const to = control('ws.map.to', 'to', people);
  if (people.length > 1) to.value = people[1]![0];
  const kind = control(
    'ws.map.kind',
    'kind',
    RELATIONSHIP_KINDS.map((value) => [value, labels.relationship(value)]),
  );
  const direction = control(
    'ws.map.direction',
    'direction',
    DIRECTIONS.map((value) => [value, say(strings, `ws.map.${value}`)]),
  );
  const strength = control(
    'ws.map.strength',
    'strength',
    STRENGTHS.map((value) => [String(value), labels.strength(value)]),
  );
  strength.value = '2';
  const labelled = (key: UiKey, select: HTMLElement) => el('label', {}, say(strings, key), ' ', select);
  form.replaceChildren(
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
  form.onsubmit = (event) => {
    event.preventDefault();
    if (!from.value || !to.value || from.value === to.value) return to.focus();
    add({
      from: from.value,
      to: to.value,
      kind: kind.value as MapRelation['kind'],
      direction: direction.value as MapRelation['direction'],
      strength: Number(strength.value) as MapRelation['strength'],
    });
  };
}
