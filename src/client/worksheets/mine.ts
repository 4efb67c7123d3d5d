/** "My worksheets": the worksheets saved in this browser, with open and delete (asks first). */
import { el, embeddedJson, say, type Strings } from '../dom.ts';
import { listSavedWorksheets, type StorageLike } from './store.ts';
import { activeCohort } from '../ownAccounts/cohort.ts';

interface ListConfig {
  strings: Strings;
  /** Account id → name, for the accounts of this edition. */
  accounts: Record<string, string>;
  /** `/worksheets/` with the site's base path. */
  base: string;
}

export function startMyWorksheets(container: HTMLElement) {
  const config = embeddedJson<ListConfig>('ws-list-config')!;
  const { strings } = config;
  let storage: StorageLike;
  try {
    storage = window.localStorage;
  } catch {
    return;
  }
  const status = document.getElementById('ws-mine-status');
  // Sheets of the cohort this browser works in (a `?cohort=` link sets it).
  const cohort = activeCohort(storage, location.search);
  for (const node of document.querySelectorAll<HTMLElement>('[data-own-cohort]')) {
    node.textContent = cohort ? say(strings, 'own.cohort', { cohort }) : say(strings, 'own.cohortNone');
  }

  function draw() {
    const saved = listSavedWorksheets(storage, cohort);
    if (saved.length === 0) {
      container.replaceChildren(el('p', { class: 'muted' }, say(strings, 'ws.mineEmpty')));
      return;
    }
    container.replaceChildren(
      el(
        'table',
        {},
        el('caption', {}, say(strings, 'ws.mine')),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...(['ws.title', 'ws.trainee', 'ws.group', 'ws.savedAt', 'ws.actions'] as const).map((key) =>
              el('th', { scope: 'col' }, say(strings, key)),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          ...saved.map((sheet) => {
            const accountName = sheet.account
              ? (config.accounts[sheet.account] ?? sheet.account)
              : say(strings, 'ws.blankTitle');
            const label = `${say(strings, `ws.kind.${sheet.kind}`)} · ${accountName}`;
            const remove = el('button', { type: 'button', class: 'ws-danger' }, say(strings, 'ws.delete'));
            remove.addEventListener('click', () => {
              if (!window.confirm(say(strings, 'ws.deleteConfirm'))) return;
              storage.removeItem(sheet.key);
              if (status) status.textContent = `${say(strings, 'ws.delete')}${say(strings, 'punct.colon')}${label}`;
              draw();
            });
            return el(
              'tr',
              { 'data-key': sheet.key },
              el(
                'th',
                { scope: 'row' },
                el('a', { href: `${config.base}${sheet.kind}/${sheet.account ?? 'blank'}/` }, label),
              ),
              el('td', {}, sheet.trainee),
              el('td', {}, sheet.group),
              el('td', {}, sheet.savedAt ? new Date(sheet.savedAt).toLocaleString() : ''),
              el('td', {}, remove),
            );
          }),
        ),
      ),
    );
  }
  draw();
}
