/** The MAN worksheet: three yes/no/unknown answers and a reason per person, class shown live. */
import { classifyMan, type ManDimension } from '../../analysis/man.ts';
import type { ManWorksheet, Worksheet } from '../../schemas/worksheet.ts';
import { TRI_STATE } from '../../schemas/vocabulary.ts';
import { createLabels } from '../../i18n/labels.ts';
import { el, say } from '../dom.ts';
import { personHeading, type SheetContext, type SheetView } from './sheetView.ts';

const DIMENSIONS: ManDimension[] = ['money', 'authority', 'need'];

export function manSheet(container: HTMLElement, context: SheetContext): SheetView {
  const { strings, store } = context;
  const labels = createLabels(strings);
  const colon = labels.say('punct.colon');
  const change = (person: string, apply: (row: ManWorksheet['rows'][number]) => void) =>
    store.update((sheet) => {
      const row = (sheet as ManWorksheet).rows.find((candidate) => candidate.person === person);
      if (row) apply(row);
    });

  function card(row: ManWorksheet['rows'][number]): HTMLElement {
    const id = `man-${row.person}`;
    const choices = DIMENSIONS.map((dimension) =>
      el(
        'fieldset',
        { class: 'ws-choice' },
        el('legend', {}, say(strings, `ws.question.${dimension}`)),
        ...TRI_STATE.map((value) => {
          const input = el('input', { type: 'radio', name: `${id}-${dimension}`, value, 'data-dimension': dimension });
          input.addEventListener('change', () => change(row.person, (target) => void (target[dimension] = value)));
          return el('label', { class: 'ws-radio' }, input, say(strings, `ws.value.${value}`));
        }),
      ),
    );
    const reason = el('textarea', { id: `${id}-reason`, rows: 2, maxlength: 1000, 'data-reason': true });
    reason.addEventListener('input', () => change(row.person, (target) => void (target.reason = reason.value)));
    return el(
      'fieldset',
      { class: 'ws-card', 'data-person': row.person },
      el('legend', {}, ...personHeading(row, '＿＿＿＿＿＿')),
      el('div', { class: 'ws-choices' }, ...choices),
      el('label', { for: reason.id, class: 'ws-label' }, say(strings, 'ws.reason')),
      reason,
      el('p', { class: 'ws-result', 'data-result': true }),
      context.removeButton(row),
    );
  }

  function sync(sheet: Worksheet) {
    for (const row of (sheet as ManWorksheet).rows) {
      const node = container.querySelector<HTMLElement>(`[data-person="${CSS.escape(row.person)}"]`);
      if (!node) continue;
      for (const input of node.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        input.checked = !context.paperMode && row[input.dataset.dimension as ManDimension] === input.value;
      }
      const reason = node.querySelector<HTMLTextAreaElement>('[data-reason]')!;
      if (document.activeElement !== reason) reason.value = row.reason;
      const result = node.querySelector<HTMLElement>('[data-result]')!;
      if (context.paperMode) {
        result.replaceChildren(say(strings, 'ws.classStrategy'), colon);
        continue;
      }
      const man = classifyMan(row);
      result.replaceChildren(
        el('strong', {}, say(strings, 'ws.classStrategy')),
        colon,
        el('code', {}, man.code),
        say(strings, 'ws.manResult', { name: labels.manName(man), strategy: labels.manStrategy(man) }),
      );
    }
  }

  return {
    rebuild(sheet) {
      container.replaceChildren(...(sheet as ManWorksheet).rows.map(card));
      sync(sheet);
    },
    sync,
  };
}
