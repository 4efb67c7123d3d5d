/**
 * The bar over a blank worksheet: which own account the sheet shows, a switcher between them,
 * and the cohort the data is kept under. Follows the store, so a switch in another tab shows.
 */
import { el, say, type Strings } from '../dom.ts';
import type { OwnAccountStore } from './store.ts';

export function bindOwnAccountBar(bar: HTMLElement, own: OwnAccountStore, strings: Strings): void {
  const select = bar.querySelector<HTMLSelectElement>('#own-switch');
  const cohort = bar.querySelector<HTMLElement>('[data-own-cohort]');
  if (cohort) {
    cohort.textContent = own.cohort
      ? say(strings, 'own.cohort', { cohort: own.cohort })
      : say(strings, 'own.cohortNone');
  }
  if (!select) return;
  select.addEventListener('change', () => own.switchTo(select.value));
  const draw = () => {
    const accounts = own.list();
    select.disabled = accounts.length === 0;
    select.replaceChildren(
      ...(accounts.length === 0
        ? [el('option', { value: '' }, say(strings, 'own.noneYet'))]
        : accounts.map((account) => el('option', { value: account.id }, account.name))),
    );
    select.value = own.current()?.id ?? '';
  };
  own.subscribe(draw);
  bar.hidden = false;
}
