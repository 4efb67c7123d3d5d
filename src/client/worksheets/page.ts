/**
 * The script of a worksheet page (`/worksheets/<kind>/<account|blank>/`): binds the trainee and
 * group fields, the toolbar (export, import, reset, print) and the sheet view to one store.
 * An account's sheet has its own worksheet store; a blank sheet is a view of the current own
 * account with a switcher between own accounts (`../ownAccounts/ownSheet.ts`, loaded for a blank
 * sheet only).
 * With `?blank` in the address it renders an empty sheet for paper and saves nothing.
 */
import type { UiKey } from '../../i18n/ui.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { hasPeople, rowKey, type WorksheetKind } from '../../schemas/worksheetFormat.ts';
import { emptyWorksheet, exportFileName, nextPersonId, type SeedPerson } from '../../worksheets/worksheet.ts';
import { downloadJson, el, embeddedJson, say, type Strings } from '../dom.ts';
import type { SheetContext, SheetView } from './sheetView.ts';
import { browserStorage, memoryStorage, openWorksheetStore, type SaveStatus, type WorksheetStore } from './store.ts';
import { createLabels } from '../../i18n/labels.ts';
import { activeCohort } from '../ownAccounts/cohort.ts';
import { loadWorksheetFileReader } from './fileReader.ts';

export interface WorksheetPageConfig {
  kind: WorksheetKind;
  account?: string;
  people: readonly SeedPerson[];
  strings: Strings;
  /** Empty lines on a printed blank sheet that has no account. */
  paperRows: number;
  /** Names of our account team, offered as owners in the action plan. */
  team: string[];
}

/** Fired on the page root with the worksheet after every load, change, import and reset. */
export const WORKSHEET_CHANGE = 'worksheet-change';

type ViewOf = (container: HTMLElement, context: SheetContext) => SheetView;

/** Each page loads only its own kind's view (the relationship map's brings the map builder). */
const VIEWS: Record<WorksheetKind, () => Promise<ViewOf>> = {
  man: () => import('./manSheet.ts').then((module) => module.manSheet),
  'power-interest': () => import('./powerInterestSheet.ts').then((module) => module.powerInterestSheet),
  'relationship-map': () => import('./relationshipMapSheet.ts').then((module) => module.relationshipMapSheet),
  'action-plan': () => import('./actionPlanSheet.ts').then((module) => module.actionPlanSheet),
  information: () => import('./informationSheet.ts').then((module) => module.informationSheet),
};

export async function startWorksheetPage(root: HTMLElement) {
  const config = embeddedJson<WorksheetPageConfig>('ws-config')!;
  const { strings, kind, account } = config;
  const paperMode = new URLSearchParams(location.search).has('blank');
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const lookup = (id: string) => config.people.find((person) => person.person === id);

  const paperPeople: SeedPerson[] = Array.from({ length: config.paperRows }, (_, index) => ({
    person: `p${index + 1}`,
    name: '',
    title: '',
  }));
  const seed = () => emptyWorksheet(kind, account, paperMode && !account ? paperPeople : config.people);
  const storage = paperMode ? memoryStorage() : browserStorage();
  const cohort = paperMode ? undefined : activeCohort(storage, location.search);
  // A blank sheet on screen is a view of the current own account.
  const ownView = !account && !paperMode;
  const labels = createLabels(strings);
  const names = { layerUnitName: labels.layer, firstAccountName: say(strings, 'own.firstName') };
  // The sheet's view and, on a blank sheet, the own-account code load side by side.
  const viewLoading = VIEWS[kind]();
  const own = ownView
    ? (await import('../ownAccounts/ownSheet.ts')).openOwnSheet(storage, kind, {
        cohort,
        names,
        strings,
        bar: document.getElementById('own-bar'),
      })
    : undefined;
  const store: WorksheetStore = own?.store ?? openWorksheetStore(storage, { kind, account, cohort }, { seed, lookup });

  const status = byId<HTMLElement>('ws-status');
  const message = byId<HTMLElement>('ws-message');
  const live = byId<HTMLElement>('ws-live');
  const showStatus = (text: string) => (status.textContent = text);
  const showMessage = (...lines: string[]) =>
    message.replaceChildren(...lines.map((line, index) => el(index === 0 ? 'p' : 'li', {}, line)));

  root.classList.toggle('ws-paper', paperMode);
  const context: SheetContext = {
    store,
    team: config.team,
    strings,
    paperMode,
    ...(own ? { ownAccount: own.ownAccount } : {}),
    announce: (text) => (live.textContent = text),
    removeButton(row) {
      if (account || paperMode) return null;
      const button = el(
        'button',
        { type: 'button', class: 'ws-remove no-print' },
        say(strings, 'ws.remove', { name: row.name }),
      );
      button.addEventListener('click', () => {
        // On an own account the person goes from every sheet: ask first.
        if (ownView && !window.confirm(say(strings, 'own.removeConfirm', { name: row.name }))) return;
        store.update((sheet) => {
          sheet.rows = sheet.rows.filter((candidate) => rowKey(candidate) !== row.person) as typeof sheet.rows;
        });
      });
      return button;
    },
  };

  // Trainee and group.
  for (const field of ['trainee', 'group'] as const) {
    const input = byId<HTMLInputElement>(`ws-${field}`);
    input.addEventListener('input', () => store.update((sheet) => void (sheet[field] = input.value)));
  }

  // Adding people to a blank sheet.
  const addForm = document.getElementById('ws-add') as HTMLFormElement | null;
  if (addForm && !account && !paperMode) {
    addForm.hidden = false;
    addForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = byId<HTMLInputElement>('ws-add-name');
      const title = byId<HTMLInputElement>('ws-add-title');
      if (!name.value.trim()) return name.focus();
      store.update((sheet) => {
        if (!hasPeople(sheet)) return;
        const person = {
          person: nextPersonId(sheet.rows),
          name: name.value.trim().slice(0, 80),
          title: title.value.trim().slice(0, 120),
        };
        const fresh = emptyWorksheet(sheet.kind, undefined, [person]).rows[0]!;
        (sheet.rows as unknown[]).push(fresh);
      });
      name.value = '';
      title.value = '';
      name.focus();
    });
  }

  // Export, import, reset.
  byId('ws-export').addEventListener('click', () => {
    const sheet = store.get();
    downloadJson(exportFileName(sheet), sheet);
  });
  const importInput = byId<HTMLInputElement>('ws-import');
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    const { readWorksheetFile, sizeRefusal } = await loadWorksheetFileReader();
    const result = sizeRefusal(file.size) ?? readWorksheetFile(await file.text(), { kind, account }, lookup);
    if (!result.ok) {
      const found =
        result.refusal === 'wrong-kind' && result.found !== '?'
          ? // The kind the refused file names: one of the worksheet kinds, each with a `ws.kind.*` string.
            say(strings, `ws.kind.${result.found}` as UiKey)
          : result.found;
      const reason = say(strings, `ws.refusal.${result.refusal}`, { found: found ?? '' });
      showMessage(say(strings, 'ws.refused', { file: file.name }), reason, ...result.details);
      return;
    }
    message.replaceChildren();
    rebuildNext = true;
    if (store.merge) store.merge(result.worksheet);
    else store.update(() => result.worksheet);
    showStatus(say(strings, result.migratedFrom ? 'ws.status.migrated' : 'ws.status.imported', { file: file.name }));
  });
  const resetButton = byId('ws-reset');
  // An own account's sheets are emptied by deleting the account, on 「我的客户」.
  resetButton.hidden = !store.reset;
  resetButton.addEventListener('click', () => {
    if (!store.reset || !window.confirm(say(strings, 'ws.resetConfirm'))) return;
    rebuildNext = true;
    store.reset();
    showStatus(say(strings, 'ws.status.reset'));
  });
  byId('ws-print').addEventListener('click', () => window.print());

  // One subscriber keeps everything in step with the store.
  const view = (await viewLoading)(byId('ws-body'), context);
  let shape = '';
  let rebuildNext = true;
  store.subscribe((sheet, saveStatus: SaveStatus) => {
    // Another tab's change may be a different account altogether.
    if (saveStatus === 'external') rebuildNext = true;
    // The store's key names the own account too: switching accounts rebuilds the view.
    const nextShape = [store.key, ...sheet.rows.map(rowKey)].join('\n');
    if (rebuildNext || nextShape !== shape) view.rebuild(sheet);
    else view.sync(sheet);
    rebuildNext = false;
    shape = nextShape;
    for (const field of ['trainee', 'group'] as const) {
      const input = byId<HTMLInputElement>(`ws-${field}`);
      if (document.activeElement !== input) input.value = paperMode ? '' : sheet[field];
    }
    const empty = document.getElementById('ws-empty');
    if (empty) empty.hidden = sheet.rows.length > 0 || paperMode;
    if (saveStatus === 'saved') showStatus(say(strings, 'ws.status.saved', { time: new Date().toLocaleTimeString() }));
    if (saveStatus === 'failed') showStatus(say(strings, 'ws.status.failed'));
    if (saveStatus === 'full') showMessage(say(strings, 'own.status.full'));
    if (saveStatus === 'external') showStatus(say(strings, 'own.status.external'));
    if (saveStatus === 'both-changed') showMessage(say(strings, 'own.status.bothChanged'));
    // Other views on the page (the trainer edition's key comparison) follow the sheet too.
    root.dispatchEvent(new CustomEvent<Worksheet>(WORKSHEET_CHANGE, { detail: sheet }));
  });
}
