/**
 * The script of 「我的客户」: lists the own accounts of the active cohort (make current, edit,
 * delete after asking), the form that creates or edits one, the conflicts an older merge left,
 * and the device's data: cohort, whole-device backup and restore, and the wipe (which offers the
 * backup first).
 */
import {
  deviceBackup,
  deviceBackupFileName,
  readDeviceBackup,
  restoreDeviceBackup,
  wipeSiteData,
} from '../../ownAccounts/deviceData.ts';
import type { OwnAccountBasics, OwnAccountRecord } from '../../ownAccounts/record.ts';
import { createLabels } from '../../i18n/labels.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { downloadJson, el, embeddedJson, say, type Strings } from '../dom.ts';
import { browserStorage, isQuotaError } from '../browserStorage.ts';
import { activeCohort, setCohort } from './cohort.ts';
import { legacyBlankSheets } from './legacy.ts';
import { openOwnAccountStore, type OwnAccountStore, type OwnStoreStatus } from './store.ts';

interface PageConfig {
  strings: Strings;
}

const BASIC_FIELDS = ['name', 'industry', 'sector', 'asOf', 'offering', 'stage', 'budgetBand', 'timeline'] as const;

export function startMyAccountsPage(root: HTMLElement): void {
  const { strings } = embeddedJson<PageConfig>('own-config')!;
  const labels = createLabels(strings);
  const storage = browserStorage();
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const status = byId<HTMLElement>('own-status');
  const message = byId<HTMLElement>('own-message');
  const showStatus = (text: string) => {
    message.replaceChildren();
    status.textContent = text;
  };
  const showMessage = (...lines: string[]) => message.replaceChildren(...lines.map((line) => el('p', {}, line)));

  const names = { layerUnitName: labels.layer, accountName: say(strings, 'own.firstName') };
  let own: OwnAccountStore;
  let editing: string | undefined;

  function open(cohort: string | undefined): void {
    own?.close();
    own = openOwnAccountStore(storage, {
      cohort,
      events: window,
      legacy: cohort ? undefined : legacyBlankSheets(names),
    });
    for (const node of root.querySelectorAll<HTMLElement>('[data-own-cohort]')) {
      node.textContent = cohort ? say(strings, 'own.cohort', { cohort }) : say(strings, 'own.cohortNone');
    }
    byId<HTMLFormElement>('own-cohort-form').cohort.value = cohort ?? '';
    own.subscribe((change) => {
      drawList();
      drawConflicts();
      reportStatus(change.status);
    });
  }

  function reportStatus(saveStatus: OwnStoreStatus): void {
    const key: Partial<Record<OwnStoreStatus, UiKey>> = {
      full: 'own.status.full',
      failed: 'ws.status.failed',
      'both-changed': 'own.status.bothChanged',
      unreadable: 'own.status.unreadable',
    };
    const problem = key[saveStatus];
    if (problem) showMessage(say(strings, problem));
    if (saveStatus === 'external') showStatus(say(strings, 'own.status.external'));
  }

  // The list.
  const list = byId<HTMLElement>('own-list');
  function drawList(): void {
    const accounts = own.list();
    if (accounts.length === 0) {
      list.replaceChildren(el('p', { class: 'muted' }, say(strings, 'own.none')));
      return;
    }
    const current = own.current()?.id;
    const header = (['own.col.name', 'own.col.people', 'own.col.updated', 'own.col.actions'] as const).map((key) =>
      el('th', { scope: 'col' }, say(strings, key)),
    );
    const rows = accounts.map((account) => {
      const isCurrent = account.id === current;
      const makeCurrent = el('button', { type: 'button', disabled: isCurrent }, say(strings, 'own.makeCurrent'));
      makeCurrent.addEventListener('click', () => {
        own.switchTo(account.id);
        showStatus(say(strings, 'own.switched', { name: account.name }));
      });
      const edit = el('button', { type: 'button' }, say(strings, 'own.edit'));
      edit.addEventListener('click', () => startEditing(own.get(account.id)));
      const remove = el('button', { type: 'button', class: 'ws-danger' }, say(strings, 'own.delete'));
      remove.addEventListener('click', () => {
        if (!window.confirm(say(strings, 'own.deleteConfirm', { name: account.name }))) return;
        if (editing === account.id) startEditing(undefined);
        own.remove(account.id);
        showStatus(say(strings, 'own.deleted', { name: account.name }));
      });
      for (const button of [makeCurrent, edit, remove])
        button.setAttribute('aria-describedby', `own-row-${account.id}`);
      return el(
        'tr',
        { 'data-own-account': account.id, class: isCurrent ? 'own-current' : undefined },
        el(
          'th',
          { scope: 'row', id: `own-row-${account.id}` },
          account.name,
          isCurrent
            ? el(
                'span',
                { class: 'own-current-tag' },
                say(strings, 'punct.paren', { text: say(strings, 'own.isCurrent') }),
              )
            : null,
        ),
        el('td', {}, String(account.people)),
        el('td', {}, new Date(account.updatedAt).toLocaleString()),
        el('td', {}, el('div', { class: 'own-list-actions' }, makeCurrent, edit, remove)),
      );
    });
    list.replaceChildren(
      el(
        'table',
        {},
        el('caption', {}, say(strings, 'own.list')),
        el('thead', {}, el('tr', {}, ...header)),
        el('tbody', {}, ...rows),
      ),
    );
  }

  // Conflicts left by merging older blank sheets.
  const conflictsBox = byId<HTMLElement>('own-conflicts');
  function drawConflicts(): void {
    const record = own.current();
    const conflicts = record?.conflicts ?? [];
    conflictsBox.hidden = conflicts.length === 0;
    if (!record || conflicts.length === 0) return;
    conflictsBox.querySelector('[data-own-conflicts-intro]')!.textContent = say(strings, 'own.conflicts.intro', {
      name: record.account.name,
    });
    conflictsBox.querySelector('[data-own-conflicts-list]')!.replaceChildren(
      ...conflicts.map((conflict) => {
        const fieldKey = conflict.field.split('.').at(-1);
        const field = say(strings, `own.field.${fieldKey}` as UiKey) || conflict.field;
        const from = say(strings, `ws.kind.${conflict.from}` as UiKey) || conflict.from;
        const slots = { name: conflict.name ?? '', field, kept: conflict.kept, other: conflict.other, from };
        return el('li', {}, say(strings, conflict.name ? 'own.conflict.person' : 'own.conflict.field', slots));
      }),
    );
  }
  conflictsBox.querySelector('[data-own-conflicts-dismiss]')!.addEventListener('click', () => {
    const record = own.current();
    if (record) own.update(record.id, (draft) => void (draft.conflicts = []));
  });

  // The form: new, or the basics of one being edited.
  const form = byId<HTMLFormElement>('own-form');
  const submit = form.querySelector<HTMLButtonElement>('[data-own-submit]')!;
  const cancel = form.querySelector<HTMLButtonElement>('[data-own-cancel]')!;
  const legend = byId<HTMLElement>('own-form-legend');
  const field = (name: (typeof BASIC_FIELDS)[number]) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  function startEditing(record: OwnAccountRecord | undefined): void {
    editing = record?.id;
    form.reset();
    if (record) {
      const { account } = record;
      const values: Record<(typeof BASIC_FIELDS)[number], string | undefined> = {
        name: account.name,
        industry: account.industry,
        sector: account.sector,
        asOf: account.asOf,
        offering: account.opportunity?.offering,
        stage: account.opportunity?.stage,
        budgetBand: account.opportunity?.budgetBand,
        timeline: account.opportunity?.timeline,
      };
      for (const name of BASIC_FIELDS) field(name).value = values[name] ?? '';
    }
    legend.textContent = record
      ? say(strings, 'own.form.edit', { name: record.account.name })
      : say(strings, 'own.form.new');
    submit.textContent = say(strings, record ? 'own.form.save' : 'own.form.create');
    cancel.hidden = !record;
    if (record) field('name').focus();
  }
  cancel.addEventListener('click', () => startEditing(undefined));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = field('name');
    if (!name.value.trim()) {
      name.focus();
      (name as HTMLInputElement).reportValidity();
      return;
    }
    const value = (key: (typeof BASIC_FIELDS)[number]) => field(key).value || undefined;
    const basics: OwnAccountBasics = {
      name: name.value,
      industry: value('industry'),
      sector: value('sector') as OwnAccountBasics['sector'],
      asOf: value('asOf'),
      offering: value('offering'),
      stage: value('stage') as OwnAccountBasics['stage'],
      budgetBand: value('budgetBand'),
      timeline: value('timeline'),
    };
    if (editing) {
      const saved = own.setBasics(editing, basics);
      if (saved === 'saved') showStatus(say(strings, 'own.saved', { name: basics.name.trim() }));
      startEditing(undefined);
      return;
    }
    own.create(basics);
    form.reset();
    showStatus(say(strings, 'own.created', { name: basics.name.trim() }));
  });

  // Cohort.
  const cohortForm = byId<HTMLFormElement>('own-cohort-form');
  cohortForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = cohortForm.cohort as HTMLInputElement;
    const name = input.value.trim();
    if (!setCohort(storage, name)) {
      showMessage(say(strings, 'own.cohortInvalid'));
      input.focus();
      return;
    }
    startEditing(undefined);
    open(name || undefined);
    // The address keeps no stale ?cohort= that would switch back on reload.
    if (location.search) history.replaceState(null, '', location.pathname);
    showStatus(say(strings, 'own.cohortChanged'));
  });

  // Backup, restore, wipe.
  const backup = () => {
    const file = deviceBackup(storage, new Date());
    downloadJson(deviceBackupFileName(file), file);
  };
  byId('own-backup').addEventListener('click', backup);
  const restore = byId<HTMLInputElement>('own-restore');
  restore.addEventListener('change', async () => {
    const file = restore.files?.[0];
    restore.value = '';
    if (!file) return;
    const reading = readDeviceBackup(await file.text());
    if (!reading.ok) {
      showMessage(
        say(strings, 'own.device.restoreRefused', { file: file.name }) + say(strings, `own.backup.${reading.refusal}`),
      );
      return;
    }
    const result = restoreDeviceBackup(storage, reading.backup);
    open(activeCohort(storage, ''));
    showStatus(say(strings, 'own.device.restored', { file: file.name, count: result.restored }));
    if (result.refused.length > 0) {
      showMessage(
        isQuotaError(result.error)
          ? say(strings, 'own.device.restorePartial', { count: result.refused.length })
          : say(strings, 'ws.status.failed'),
      );
    }
  });
  const offer = byId<HTMLElement>('own-wipe-offer');
  const wipeButton = byId<HTMLButtonElement>('own-wipe');
  wipeButton.addEventListener('click', () => {
    offer.hidden = false;
    offer.querySelector<HTMLButtonElement>('[data-wipe-backup]')!.focus();
  });
  offer.querySelector('[data-wipe-backup]')!.addEventListener('click', backup);
  offer.querySelector('[data-wipe-cancel]')!.addEventListener('click', () => {
    offer.hidden = true;
    wipeButton.focus();
  });
  offer.querySelector('[data-wipe-confirm]')!.addEventListener('click', () => {
    own.close();
    const count = wipeSiteData(storage);
    offer.hidden = true;
    startEditing(undefined);
    open(undefined);
    showStatus(say(strings, 'own.device.wiped', { count }));
    wipeButton.focus();
  });

  open(activeCohort(storage, location.search));
}
