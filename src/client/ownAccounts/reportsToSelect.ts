/**
 * Whom a person reports to, as a select. It holds only "no one" and the current manager until a
 * reader reaches for it (focus, a pointer or a touch), then lists everyone else: a hundred
 * people's rows carry a hundred options instead of ten thousand, which made every redraw of the
 * page spend its time in style and layout. Keyboard and phone pickers see the full list, as
 * it is filled before the select opens or reacts to an arrow key.
 */
import { el, selectOf } from '../dom.ts';

export interface ReportsToChoice {
  /** The person whose manager is chosen. */
  person: string;
  /** Their manager now ('' for no one). */
  value: string;
  /** Text of the "no one" option. */
  none: string;
  /** Everyone who can be chosen, `[id, label]`, in the order to list them; read when the list opens. */
  candidates: () => readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

export function reportsToSelect(
  attributes: Record<string, string | number | boolean | undefined>,
  choice: ReportsToChoice,
): HTMLSelectElement {
  const select = selectOf({ ...attributes, 'data-person': choice.person }, [['', choice.none]], choice.onChange);
  let listed = false;
  const list = () => {
    if (listed) return;
    listed = true;
    const value = select.value;
    select.replaceChildren(
      el('option', { value: '' }, choice.none),
      ...choice
        .candidates()
        .filter(([id]) => id !== choice.person)
        .map(([id, label]) => el('option', { value: id }, label)),
    );
    select.value = value;
  };
  for (const event of ['focus', 'pointerdown', 'touchstart', 'mousedown'] as const)
    select.addEventListener(event, list, { passive: true });
  setReportsTo(select, choice.value, () => choice.candidates().find(([id]) => id === choice.value)?.[1]);
  return select;
}

/**
 * Shows `value` in a select from `reportsToSelect`: an option not listed yet is added for it
 * (its label from `label`), so the select always shows the saved manager.
 */
export function setReportsTo(select: HTMLSelectElement, value: string, label: () => string | undefined): void {
  if (value && ![...select.options].some((option) => option.value === value))
    select.append(el('option', { value }, label() ?? value));
  select.value = value;
}
