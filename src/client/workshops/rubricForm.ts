/**
 * The rubric half of facilitator mode: a team per fieldset with a level per criterion and
 * notes, kept in the browser (src/workshops/rubricScores.ts), a results table across teams, and
 * the export of every score as JSON.
 */
import type { FacilitatorConfig, FacilitatorRubric } from '../../workshops/facilitatorConfig.ts';
import { restoreSheet, results, type RubricSheet, type TeamScores } from '../../workshops/rubricScores.ts';
import { downloadJson, el, say } from '../dom.ts';
import { load, rubricKey, save } from './storage.ts';

export interface RubricForm {
  focusName(): void;
  exportScores(): void;
}

export function startRubricForm(root: HTMLElement, config: FacilitatorConfig, rubric: FacilitatorRubric): RubricForm {
  const label = (key: Parameters<typeof say>[1]) => say(config.labels, key);
  const criteria = rubric.criteria.map((criterion) => criterion.id);
  const key = rubricKey(rubric.scenario);
  const sheet: RubricSheet = restoreSheet(load(key), rubric.scenario, criteria, rubric.levels.length);
  const teamsBox = root.querySelector<HTMLElement>('[data-teams]')!;
  const resultsBox = root.querySelector<HTMLElement>('[data-results]')!;
  const form = root.querySelector<HTMLFormElement>('[data-add-team]')!;
  const nameInput = form.querySelector<HTMLInputElement>('input[name="team"]')!;

  const persist = () => {
    save(key, sheet);
    renderResults();
  };

  /** One criterion's level select for one team. */
  function scoreRow(team: TeamScores, teamIndex: number, criterion: FacilitatorRubric['criteria'][number]) {
    const id = `score-${teamIndex}-${criterion.id}`;
    const select = el(
      'select',
      { id, 'data-criterion': criterion.id },
      el('option', { value: '' }, label('rubric.notScored')),
      ...rubric.levels.map((level, index) => el('option', { value: String(index) }, `${index + 1} · ${level}`)),
    );
    select.value = team.scores[criterion.id] === undefined ? '' : String(team.scores[criterion.id]);
    select.addEventListener('change', () => {
      if (select.value === '') delete team.scores[criterion.id];
      else team.scores[criterion.id] = Number(select.value);
      persist();
    });
    return el('p', {}, el('label', { for: id }, criterion.title), ' ', select);
  }

  function teamBox(team: TeamScores, teamIndex: number) {
    const notesId = `notes-${teamIndex}`;
    const notes = el('textarea', { id: notesId, rows: 2 });
    notes.value = team.notes;
    notes.addEventListener('input', () => {
      team.notes = notes.value;
      persist();
    });
    const remove = el(
      'button',
      { type: 'button', class: 'secondary' },
      `${label('rubric.removeTeam')}${label('punct.colon')}${team.name}`,
    );
    remove.addEventListener('click', () => {
      sheet.teams.splice(teamIndex, 1);
      persist();
      renderTeams();
    });
    return el(
      'fieldset',
      { class: 'rubric-team', 'data-team': team.name },
      el('legend', {}, team.name),
      ...rubric.criteria.map((criterion) => scoreRow(team, teamIndex, criterion)),
      el('label', { for: notesId }, label('rubric.notes')),
      el('br'),
      notes,
      el('br'),
      remove,
    );
  }

  function renderTeams() {
    teamsBox.replaceChildren(
      ...(sheet.teams.length === 0 ? [el('p', {}, label('rubric.noTeams'))] : sheet.teams.map(teamBox)),
    );
  }

  function renderResults() {
    const totals = results(sheet, criteria);
    const columns = [
      label('rubric.team'),
      ...rubric.criteria.map((criterion) => criterion.title),
      label('rubric.totalScore'),
    ];
    const rows = sheet.teams.map((team, index) => {
      const total = totals[index]!;
      return el(
        'tr',
        {},
        el('th', { scope: 'row' }, team.name),
        ...criteria.map((id) => {
          const level = team.scores[id];
          return el('td', {}, level === undefined ? '—' : String(level + 1));
        }),
        el('td', {}, `${total.total}${total.complete ? '' : '*'}`),
      );
    });
    resultsBox.replaceChildren(
      el(
        'table',
        { 'data-results-table': true },
        el('thead', {}, el('tr', {}, ...columns.map((text) => el('th', { scope: 'col' }, text)))),
        el('tbody', {}, ...rows),
      ),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (name === '') return;
    if (!sheet.teams.some((team) => team.name === name)) sheet.teams.push({ name, scores: {}, notes: '' });
    nameInput.value = '';
    persist();
    renderTeams();
  });

  const exportScores = () =>
    downloadJson(`rubric-${rubric.scenario}.json`, {
      ...sheet,
      exportedAt: new Date().toISOString(),
      levels: rubric.levels,
      criteria: rubric.criteria,
      results: results(sheet, criteria),
    });
  root.querySelector('[data-action="export"]')!.addEventListener('click', exportScores);

  renderTeams();
  renderResults();
  return { focusName: () => nameInput.focus(), exportScores };
}
