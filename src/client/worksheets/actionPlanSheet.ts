/** The action plan: per key person, the next step, our owner, a date and the objective. */
import type { ActionPlanWorksheet, ActionRow, Worksheet } from '../../schemas/worksheet.ts';
import { el, say } from '../dom.ts';
import { personHeading, type SheetContext, type SheetView } from './sheetView.ts';

const FIELDS = ['step', 'owner', 'date', 'objective'] as const;
type Field = (typeof FIELDS)[number];
const MAX_LENGTH: Record<Field, number> = { step: 300, owner: 80, date: 10, objective: 300 };

export function actionPlanSheet(container: HTMLElement, context: SheetContext): SheetView {
  const { strings, store } = context;
  const teamList = el('datalist', { id: 'ws-team' }, ...context.team.map((name) => el('option', { value: name })));

  function card(row: ActionRow): HTMLElement {
    const fields = FIELDS.map((field) => {
      const id = `plan-${row.person}-${field}`;
      const input =
        field === 'step' || field === 'objective'
          ? el('textarea', { id, rows: 2, maxlength: MAX_LENGTH[field], 'data-field': field })
          : el('input', {
              id,
              type: field === 'date' ? 'date' : 'text',
              maxlength: MAX_LENGTH[field],
              list: field === 'owner' ? 'ws-team' : undefined,
              'data-field': field,
            });
      input.addEventListener('input', () =>
        store.update((sheet) => {
          const target = (sheet as ActionPlanWorksheet).rows.find((candidate) => candidate.person === row.person);
          if (target) target[field] = input.value;
        }),
      );
      return el(
        'div',
        { class: 'ws-field' },
        el('label', { for: id, class: 'ws-label' }, say(strings, `ws.plan.${field}`)),
        input,
      );
    });
    return el(
      'fieldset',
      { class: 'ws-card', 'data-person': row.person },
      el('legend', {}, ...personHeading(row, '＿＿＿＿＿＿')),
      el('div', { class: 'ws-plan' }, ...fields),
      context.removeButton(row),
    );
  }

  function sync(sheet: Worksheet) {
    for (const row of (sheet as ActionPlanWorksheet).rows) {
      const node = container.querySelector<HTMLElement>(`[data-person="${CSS.escape(row.person)}"]`);
      for (const input of node?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]') ?? []) {
        if (document.activeElement !== input) input.value = context.paperMode ? '' : row[input.dataset.field as Field];
      }
    }
  }

  return {
    rebuild(sheet) {
      container.replaceChildren(teamList, ...(sheet as ActionPlanWorksheet).rows.map(card));
      sync(sheet);
    },
    sync,
  };
}
