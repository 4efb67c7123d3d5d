/**
 * The live analysis of the trainee's current own account (/my-accounts/analysis/). The record is
 * validated by the command line's pipeline and analysed by src/analysis/; the maps are the
 * account pages' frames, filled through the map client's public entry with payloads and grids
 * from src/maps/. This script only lays out what those computed, and handles the page's three
 * actions: save a snapshot, export the case file, import one.
 *
 * zod and yaml come with the case-file module, imported on first use.
 */
import type { AccountAnalysis } from '../../analysis/analyzeAccount.ts';
import { QUADRANTS } from '../../analysis/powerInterest.ts';
import { createLabels } from '../../i18n/labels.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { manGridMarkup, powerInterestGridMarkup } from '../../maps/gridHtml.ts';
import { unitsWithPeople } from '../../maps/mapFrame.ts';
import { livePayload, type MapKind } from '../../maps/mapPayload.ts';
import type { OwnAnalysis } from '../../ownAccounts/caseFile.ts';
import type { OwnAccountRecord } from '../../ownAccounts/record.ts';
import type { TriState } from '../../schemas/vocabulary.ts';
import type { Problem } from '../../validation/problem.ts';
import { browserStorage } from '../browserStorage.ts';
import { downloadBlob, el, embeddedJson, say, type Strings } from '../dom.ts';
import { showLiveMap } from '../maps/index.ts';
import { activeCohort } from './cohort.ts';
import { reportsToSelect, setReportsTo } from './reportsToSelect.ts';
import { openOwnAccountStore, type OwnStoreStatus } from './store.ts';

interface PageConfig {
  strings: Strings;
  lang: string;
}

const config = embeddedJson<PageConfig>('own-analysis-config')!;
const { strings } = config;
const labels = createLabels(strings);
const phrase = (key: UiKey, slots: Record<string, string | number> = {}) => say(strings, key, slots);
const storage = browserStorage();
const own = openOwnAccountStore(storage, { cohort: activeCohort(storage, location.search), events: window });
const root = document.querySelector<HTMLElement>('[data-own-analysis]')!;
for (const node of root.querySelectorAll<HTMLElement>('[data-own-cohort]'))
  node.textContent = own.cohort ? phrase('own.cohort', { cohort: own.cohort }) : phrase('own.cohortNone');
const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;

let caseFiles: Promise<typeof import('../../ownAccounts/caseFile.ts')> | undefined;
/** The case-file module with the validation pipeline; the message language follows the page. */
function loadCaseFiles() {
  caseFiles ??= Promise.all([import('../../ownAccounts/caseFile.ts'), import('../../validation/messages.ts')]).then(
    ([module, messages]) => {
      messages.setMessageLocale(messages.messageLocaleOf(config.lang));
      return module;
    },
  );
  return caseFiles;
}
const formatProblems = async (problems: readonly Problem[]) => {
  const { formatProblem } = await import('../../validation/problem.ts');
  return problems.map(formatProblem);
};

/** Today in the trainee's time zone, as a case file writes dates. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A table in the frame of DataTable.astro; on a phone it scrolls sideways, so it takes focus for the keyboard. */
function table(caption: string, columns: readonly string[], rows: HTMLTableRowElement[]): HTMLElement {
  return el(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, column)))),
      el('tbody', {}, ...rows),
    ),
  );
}

const byPower = (flags: AccountAnalysis['flags']) =>
  [...flags].sort((a, b) => Number(b.severity === 'high') - Number(a.severity === 'high'));

/** Red flags with their coaching text (as RedFlagList on the account page). */
function flagList(analysis: AccountAnalysis): HTMLElement {
  if (analysis.flags.length === 0) return el('p', {}, phrase('flags.none'));
  const nameOf = (id: string) => analysis.model.personById.get(id)?.name ?? id;
  return el(
    'ul',
    { class: 'flag-list' },
    ...byPower(analysis.flags).map((flag) =>
      el(
        'li',
        { 'data-severity': flag.severity, 'data-flag': flag.code, 'data-person': flag.personId },
        el('strong', {}, `[${labels.severity(flag.severity)}] ${labels.redFlag(flag)}`),
        flag.personId ? ` → ${nameOf(flag.personId)}` : '',
        el('span', { class: 'flag-action' }, phrase('flag.advice', { action: labels.redFlagAction(flag) })),
      ),
    ),
  );
}

function coverageTable(analysis: AccountAnalysis): HTMLElement {
  const mark = (ok: boolean) => (ok ? `✓ ${phrase('value.yes')}` : `✗ ${phrase('value.no')}`);
  const cell = (ok: boolean, text: string, extra: Record<string, string> = {}) =>
    el('td', { class: ok ? 'support--positive' : 'support--negative', ...extra }, text);
  return table(
    phrase('account.coverage'),
    (['col.role', 'col.holders', 'col.identified', 'col.supportive', 'col.contacted', 'col.owned'] as const).map(
      (key) => phrase(key),
    ),
    analysis.coverage.map((row) =>
      el(
        'tr',
        { 'data-role': row.role },
        el('th', { scope: 'row' }, labels.role(row.role)),
        el('td', {}, labels.roleHolders(row) || phrase('value.none')),
        cell(row.identified, mark(row.identified)),
        cell(row.supportive, `${row.supportive ? '✓' : '✗'} ${labels.roleStance(row)}`, { 'data-stance': row.stance }),
        cell(row.contacted, mark(row.contacted)),
        cell(row.owned, mark(row.owned)),
      ),
    ),
  );
}

function teamTable(analysis: AccountAnalysis): HTMLElement[] {
  const { team } = analysis;
  const nameTitles = (people: readonly { name: string; title: string }[]) =>
    labels.list(people.map((person) => labels.nameTitle(person.name, person.title)));
  return [
    table(
      phrase('account.team'),
      [phrase('col.member'), phrase('col.role'), phrase('col.owns')],
      team.members.map(({ member, owns }) =>
        el(
          'tr',
          { 'data-member': member.id },
          el('th', { scope: 'row' }, member.name),
          el('td', {}, labels.teamRole(member.role)),
          el('td', {}, nameTitles(owns) || phrase('value.none')),
        ),
      ),
    ),
    team.uncoveredKeyPeople.length > 0
      ? el(
          'p',
          {},
          el('strong', {}, labels.colon(phrase('coverage.uncovered'), '')),
          nameTitles(team.uncoveredKeyPeople),
        )
      : el('p', {}, phrase('coverage.allCovered')),
  ];
}

function powerInterestTable(analysis: AccountAnalysis): HTMLElement[] {
  const notAssessed = analysis.people.filter((row) => row.quadrant === undefined);
  return [
    table(
      phrase('account.powerInterest'),
      [phrase('col.quadrant'), phrase('col.name'), phrase('col.action')],
      QUADRANTS.map((quadrant) => {
        const people = analysis.people.filter((row) => row.quadrant === quadrant);
        return el(
          'tr',
          { 'data-quadrant': quadrant },
          el('th', { scope: 'row' }, labels.quadrant(quadrant)),
          el(
            'td',
            {},
            ...(people.length === 0
              ? [phrase('value.none')]
              : people.map(({ person }) =>
                  el(
                    'span',
                    { class: 'badge', 'data-person': person.id },
                    `${labels.personName(person)}${labels.paren(`${person.power}/${person.interest}`)}`,
                  ),
                )),
          ),
          el('td', {}, labels.quadrantAction(quadrant)),
        );
      }),
    ),
    notAssessed.length > 0 &&
      el(
        'p',
        { class: 'muted' },
        labels.colon(
          phrase('value.notAssessed'),
          labels.list(notAssessed.map(({ person }) => labels.personName(person))),
        ),
      ),
  ].filter((node): node is HTMLElement => Boolean(node));
}

function manTable(analysis: AccountAnalysis): HTMLElement {
  const answer = (value: TriState) => phrase(`value.${value}`);
  return table(
    phrase('account.man'),
    (
      ['col.name', 'man.column.money', 'man.column.authority', 'man.column.need', 'col.class', 'col.strategy'] as const
    ).map((key) => phrase(key)),
    analysis.people.flatMap(({ person, man }) =>
      person.man && man
        ? [
            el(
              'tr',
              { 'data-person': person.id },
              el('th', { scope: 'row' }, labels.personName(person)),
              el('td', {}, answer(person.man.money)),
              el('td', {}, answer(person.man.authority)),
              el('td', {}, answer(person.man.need)),
              el('td', { 'data-man-class': man.code }, el('code', {}, man.code), ` ${labels.manName(man)}`),
              el('td', {}, labels.manStrategy(man)),
            ),
          ]
        : [],
    ),
  );
}

/** The aside beside the maps: flags, who holds each role, key people nobody on our team owns. */
function mapsAside(analysis: AccountAnalysis): Node[] {
  const nameOf = (id: string) => analysis.model.personById.get(id)?.name ?? id;
  const uncovered = analysis.team.uncoveredKeyPeople;
  return [
    el('h3', { id: 'maps-aside-flags' }, phrase('maps.flags')),
    analysis.flags.length === 0
      ? el('p', {}, phrase('flags.none'))
      : el(
          'ul',
          {},
          ...analysis.flags.map((flag) =>
            el(
              'li',
              { 'data-severity': flag.severity },
              labels.redFlag(flag),
              flag.personId ? ` → ${nameOf(flag.personId)}` : '',
            ),
          ),
        ),
    el('h3', {}, phrase('account.coverage')),
    el(
      'ul',
      {},
      ...analysis.coverage.map((row) =>
        el('li', {}, labels.colon(labels.role(row.role), labels.roleHolders(row) || phrase('value.none'))),
      ),
    ),
    ...(uncovered.length > 0
      ? [
          el('h3', {}, phrase('coverage.uncovered')),
          el('ul', {}, ...uncovered.map((person) => el('li', {}, person.name))),
        ]
      : []),
  ];
}

/** Fills every live map frame; resolves when all are drawn. */
function drawMaps(analysis: AccountAnalysis): Promise<void>[] {
  const units = unitsWithPeople(analysis.model.account);
  return [...root.querySelectorAll<HTMLElement>('[data-map-frame][data-live]')].map((frame) => {
    const kind = frame.dataset.kind as MapKind;
    const title = frame.querySelector('figcaption')?.textContent ?? '';
    // The primary opportunity's process, as on an account page without a selector.
    const hasSteps = analysis.opportunity.decisionProcess.length > 0;
    frame.hidden = kind === 'decision' && !hasSteps;
    const grid =
      kind === 'power-interest'
        ? powerInterestGridMarkup(analysis.people, labels, title)
        : kind === 'man'
          ? manGridMarkup(analysis.people, labels, title)
          : undefined;
    return showLiveMap(frame, {
      payload: livePayload(analysis, kind, { labels, trainerNotes: false }),
      units,
      ...(grid ? { grid } : {}),
    });
  });
}

async function showProblems(result: OwnAnalysis) {
  const box = part('problems');
  if (result.state === 'complete') {
    box.replaceChildren(el('p', { 'data-state': 'complete' }, phrase('own.analysis.state.complete')));
    return;
  }
  const lines = await formatProblems(result.problems);
  box.replaceChildren(
    el('p', { 'data-state': result.state }, phrase(`own.analysis.state.${result.state}`)),
    el(
      'ul',
      { class: 'own-problems', 'aria-label': phrase('own.analysis.problems') },
      ...lines.map((line) => el('li', {}, el('code', {}, line))),
    ),
  );
}

/** The people list the reporting form was last built for: rebuilt only when it changes. */
let reportingShape = '';

/**
 * What the case file needs beyond the worksheets: the summary, and each person's manager. Kept
 * as the reader left it while they type (a redraw never replaces the field in focus), and only
 * rebuilt when someone is added, removed or renamed: other changes set the values in place.
 */
function drawDetails(record: OwnAccountRecord) {
  const summary = part('summary') as HTMLTextAreaElement;
  if (document.activeElement !== summary) summary.value = record.account.summary ?? '';
  // Loaded with the analysis (render awaits it first), so the page's first script stays small.
  const people = snapshotsModule!.presentState(record.account).people;
  const name = (person: (typeof people)[number]) => labels.nameTitle(person.name, person.title);
  const candidates = () => people.map((person): [string, string] => [person.id, name(person)]);
  const list = part('reporting');
  const shape = JSON.stringify([record.id, candidates()]);
  if (shape !== reportingShape) {
    reportingShape = shape;
    const focused = (document.activeElement as HTMLElement | null)?.closest('[data-part="reporting"] select');
    const refocus = focused instanceof HTMLElement ? focused.dataset.person : undefined;
    list.replaceChildren(
      ...people.map((person) =>
        el(
          'li',
          {},
          el(
            'label',
            {},
            `${phrase('own.analysis.reportsTo', { name: name(person) })} `,
            reportsToSelect(
              {},
              {
                person: person.id,
                value: person.reportsTo ?? '',
                none: phrase('own.analysis.reportsTo.none'),
                candidates,
                onChange: (value) =>
                  void own.update(record.id, (draft) => {
                    const target = draft.account.people?.find((candidate) => candidate.id === person.id);
                    if (!target) return;
                    if (value) target.reportsTo = value;
                    else delete target.reportsTo;
                  }),
              },
            ),
          ),
        ),
      ),
    );
    // A change redraws the list: the reader stays on the select they were using.
    if (refocus) list.querySelector<HTMLElement>(`select[data-person="${CSS.escape(refocus)}"]`)?.focus();
    return;
  }
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const select of list.querySelectorAll<HTMLSelectElement>('select[data-person]')) {
    if (document.activeElement === select) continue;
    const manager = byId.get(select.dataset.person!)?.reportsTo ?? '';
    setReportsTo(select, manager, () => {
      const person = byId.get(manager);
      return person && name(person);
    });
  }
}

part('summary').addEventListener('change', () => {
  const record = own.current();
  if (!record) return;
  const text = (part('summary') as HTMLTextAreaElement).value.trim();
  own.update(record.id, (draft) => {
    if (text) draft.account.summary = text;
    else delete draft.account.summary;
  });
});

let snapshotsModule: typeof import('../../ownAccounts/snapshots.ts') | undefined;
let renders = 0;

/** Reads the current record, analyses it and lays everything out. */
async function render(): Promise<void> {
  const record = own.current();
  part('none').hidden = record !== undefined;
  part('account').hidden = record === undefined;
  part('snapshot').hidden = record === undefined;
  part('details').hidden = record === undefined;
  part('export').hidden = record === undefined;
  if (!record) {
    part('analysis').hidden = true;
    root.dataset.rendered = String(++renders);
    return;
  }
  part('status').textContent = phrase('own.analysis.analysing');
  const { analyseOwnAccount } = await loadCaseFiles();
  snapshotsModule ??= await import('../../ownAccounts/snapshots.ts');
  drawDetails(record);
  const started = performance.now();
  const result = analyseOwnAccount(record);
  // Read by `npm run bench`: validation and analysis apart from drawing.
  performance.measure('own-analysis', { start: started });
  part('name').textContent = phrase('own.analysis.account', { name: record.account.name });
  await showProblems(result);
  const analysed = result.state !== 'missing' ? result.analysis : undefined;
  part('as-of').textContent = analysed ? phrase('own.analysis.asOf', { date: analysed.asOf }) : '';
  part('analysis').hidden = !analysed;
  part('status').textContent = '';
  if (analysed) {
    part('aside').replaceChildren(...mapsAside(analysed));
    part('flags').replaceChildren(flagList(analysed));
    part('coverage').replaceChildren(coverageTable(analysed));
    part('team').replaceChildren(...teamTable(analysed));
    part('power-interest').replaceChildren(...powerInterestTable(analysed));
    part('man').replaceChildren(manTable(analysed));
    await Promise.all(drawMaps(analysed));
  }
  root.dataset.rendered = String(++renders);
}

let rendering: Promise<void> | undefined;
let again = false;
/**
 * Draws the record as it is now. Changes that arrive while a drawing runs (a trainee typing on a
 * sheet in another tab) are drawn once, after it, from the record as it is then: never one
 * drawing per keystroke queued behind each other.
 */
const rerender = (): Promise<void> => {
  if (rendering) {
    again = true;
    return rendering;
  }
  rendering = (async () => {
    do {
      again = false;
      await render().catch((error: unknown) => console.error(error));
    } while (again);
    rendering = undefined;
  })();
  return rendering;
};

function fileStatus(key: UiKey, slots: Record<string, string | number> = {}) {
  part('file-status').textContent = phrase(key, slots);
}

part('snapshot-title').setAttribute('placeholder', phrase('own.analysis.snapshot.defaultTitle', { date: today() }));
/** Whether the store kept a change; when not, the page says so (the change stays in memory for export). */
const refused = (status: OwnStoreStatus) => status === 'full' || status === 'failed';

part('snapshot-save').addEventListener('click', async () => {
  const record = own.current();
  if (!record) return;
  const { saveSnapshot } = (snapshotsModule ??= await import('../../ownAccounts/snapshots.ts'));
  const date = today();
  const input = part('snapshot-title') as HTMLInputElement;
  const title = input.value.trim() || phrase('own.analysis.snapshot.defaultTitle', { date });
  let saved: ReturnType<typeof saveSnapshot> | undefined;
  const stored = own.update(record.id, (draft) => (saved = saveSnapshot(draft, date, title)).record);
  const status = part('snapshot-status');
  if (!saved || refused(stored)) {
    status.textContent = phrase('own.analysis.saveFailed');
    return;
  }
  input.value = '';
  status.textContent =
    saved.outcome === 'saved'
      ? phrase('own.analysis.snapshot.saved', { date, n: saved.changes.length })
      : phrase(saved.outcome === 'started' ? 'own.analysis.snapshot.started' : 'own.analysis.snapshot.unchanged');
});

part('export')
  .querySelector('button')!
  .addEventListener('click', async () => {
    const record = own.current();
    if (!record) return;
    const { caseFileName, caseFileYaml } = await loadCaseFiles();
    const file = caseFileName(record);
    downloadBlob(new Blob([caseFileYaml(record)], { type: 'application/yaml' }), file);
    fileStatus('own.analysis.exported', { file });
  });

const importInput = part('import') as HTMLInputElement;
importInput.addEventListener('change', async () => {
  const file = importInput.files?.[0];
  if (!file) return;
  importInput.value = '';
  const problemsBox = part('import-problems');
  problemsBox.replaceChildren();
  fileStatus('own.analysis.import.checking', { file: file.name });
  const [{ importCaseFile }, text] = await Promise.all([loadCaseFiles(), file.text()]);
  const owner = own.current() ?? { trainee: '', group: '' };
  const result = importCaseFile(
    file.name,
    text,
    { trainee: owner.trainee, group: owner.group },
    new Date().toISOString(),
  );
  if (!result.ok) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    fileStatus('own.analysis.import.invalid', { file: file.name, n: errors.length });
    const lines = await formatProblems(result.problems);
    problemsBox.replaceChildren(
      el('ul', { class: 'own-problems' }, ...lines.map((line) => el('li', {}, el('code', {}, line)))),
    );
    return;
  }
  const { id, status } = own.add(result.record);
  if (refused(status)) {
    fileStatus('own.analysis.saveFailed');
    return;
  }
  part('file-status').textContent = [
    phrase('own.analysis.import.done', { name: result.record.account.name }),
    id !== result.record.id ? phrase('own.analysis.import.renamed', { id }) : '',
  ]
    .filter(Boolean)
    .join(' ');
});

// Every change, here or in another tab (a worksheet), redraws: the subscription also draws the first time.
own.subscribe(() => void rerender());
root.dataset.ready = 'true';
