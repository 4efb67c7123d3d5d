/**
 * The information-collection checklist: the five categories, each with what was found, the
 * source method, the confidence and the gaps still open.
 */
import type { InformationRow, InformationWorksheet, Worksheet } from '../../schemas/worksheet.ts';
import { CONFIDENCE_LEVELS } from '../../schemas/worksheetFormat.ts';
import { SOURCE_METHODS } from '../../schemas/vocabulary.ts';
import { createLabels } from '../../i18n/labels.ts';
import { el, say } from '../dom.ts';
import type { SheetContext, SheetView } from './sheetView.ts';

const FIELDS = ['found', 'source', 'confidence', 'gaps'] as const;
type Field = (typeof FIELDS)[number];

export function informationSheet(container: HTMLElement, context: SheetContext): SheetView {
  const { strings, store } = context;
  const labels = createLabels(strings);

  function control(field: Field, id: string): HTMLTextAreaElement | HTMLSelectElement {
    if (field === 'found' || field === 'gaps')
      return el('textarea', { id, rows: 3, maxlength: 2000, 'data-field': field });
    const options: [string, string][] =
      field === 'source'
        ? SOURCE_METHODS.map((method) => [method, labels.sourceMethod(method)])
        : CONFIDENCE_LEVELS.map((level) => [level, say(strings, `ws.info.${level}`)]);
    return el(
      'select',
      { id, 'data-field': field },
      el('option', { value: '' }, say(strings, 'ws.info.none')),
      ...options.map(([value, text]) => el('option', { value }, text)),
    );
  }

  function card(row: InformationRow): HTMLElement {
    const fields = FIELDS.map((field) => {
      const id = `info-${row.category}-${field}`;
      const input = control(field, id);
      const event = input instanceof HTMLSelectElement ? 'change' : 'input';
      input.addEventListener(event, () =>
        store.update((sheet) => {
          const target = (sheet as InformationWorksheet).rows.find((candidate) => candidate.category === row.category);
          if (target) Object.assign(target, { [field]: input.value });
        }),
      );
      return el(
        'div',
        { class: 'ws-field' },
        el('label', { for: id, class: 'ws-label' }, say(strings, `ws.info.${field}`)),
        input,
      );
    });
    return el(
      'fieldset',
      { class: 'ws-card', 'data-category': row.category },
      el('legend', {}, labels.infoCategory(row.category)),
      el('div', { class: 'ws-plan' }, ...fields),
    );
  }

  function sync(sheet: Worksheet) {
    for (const row of (sheet as InformationWorksheet).rows) {
      const node = container.querySelector<HTMLElement>(`[data-category="${row.category}"]`);
      for (const input of node?.querySelectorAll<HTMLTextAreaElement | HTMLSelectElement>('[data-field]') ?? []) {
        if (document.activeElement !== input) input.value = context.paperMode ? '' : row[input.dataset.field as Field];
      }
    }
  }

  return {
    rebuild(sheet) {
      container.replaceChildren(...(sheet as InformationWorksheet).rows.map(card));
      sync(sheet);
    },
    sync,
  };
}
