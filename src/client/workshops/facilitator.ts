/**
 * Runs facilitator mode: the countdown (src/workshops/timer.ts) against the real clock, saved on
 * every change so a reload resumes it; keyboard shortcuts; the end signal; the rubric form.
 */
import {
  addMinute,
  back,
  formatCountdown,
  initialTimer,
  isOver,
  remainingMs,
  restoreTimer,
  skip,
  toggle,
  type TimerState,
} from '../../workshops/timer.ts';
import type { FacilitatorConfig } from '../../workshops/facilitatorConfig.ts';
import { restoreSheet, results, type RubricSheet } from '../../workshops/rubricScores.ts';
import { downloadJson, load, rubricKey, save, timerKey } from './storage.ts';

const root = document.querySelector<HTMLElement>('[data-facilitator]');
const configText = root?.querySelector('[data-facilitator-config]')?.textContent;
if (root && configText) run(root, JSON.parse(configText) as FacilitatorConfig);

function run(root: HTMLElement, config: FacilitatorConfig) {
  const label = (key: string) => config.labels[key] ?? key;
  const plan = config.stages.map((stage) => stage.minutes);
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const clock = $('[data-clock]');
  const signal = $('[data-signal]');
  const toggleButton = $<HTMLButtonElement>('[data-action="toggle"]');
  const sound = $<HTMLInputElement>('[data-sound]');
  const soundKey = `${timerKey(config.id)}:sound`;
  sound.checked = load(soundKey) === true;

  let state: TimerState = restoreTimer(load(timerKey(config.id)), plan);
  let signalled = isOver(state, plan, Date.now());
  let shownStage = -1;

  const update = (next: TimerState) => {
    state = next;
    save(timerKey(config.id), state);
    render();
  };

  function renderStage() {
    const stage = config.stages[state.stage]!;
    $('[data-stage-count]').textContent = `${label('facilitator.stageOf')} ${state.stage + 1} / ${plan.length}`;
    $('[data-stage-title]').textContent = stage.title;
    $('[data-next]').textContent = config.stages[state.stage + 1]?.title ?? label('facilitator.none');
    const prompts = $('[data-prompts]');
    prompts.replaceChildren(
      ...stage.prompts.map((prompt) => {
        const item = document.createElement('li');
        item.textContent = prompt;
        return item;
      }),
    );
    $('[data-prompts-section]').hidden = stage.prompts.length === 0;
    root.querySelectorAll('[data-steps] li').forEach((item, index) => {
      if (index === state.stage) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
    shownStage = state.stage;
  }

  function render() {
    const now = Date.now();
    if (shownStage !== state.stage) renderStage();
    const over = isOver(state, plan, now);
    clock.textContent = state.status === 'done' ? '00:00' : formatCountdown(remainingMs(state, plan, now));
    clock.dataset.over = String(over);
    root.dataset.timerStatus = state.status;
    $('[data-status]').textContent = label(`facilitator.status.${state.status}`);
    toggleButton.textContent = label(state.status === 'running' ? 'facilitator.pause' : 'facilitator.start');
    toggleButton.disabled = state.status === 'done';
    const message = state.status === 'done' ? label('facilitator.done') : over ? label('facilitator.timeUp') : '';
    if (signal.textContent !== message) signal.textContent = message;
    if (over && !signalled && sound.checked) beep();
    signalled = over;
  }

  const actions: Record<string, () => void> = {
    toggle: () => update(toggle(state, Date.now())),
    skip: () => update(skip(state, plan, Date.now())),
    back: () => update(back(state)),
    'add-minute': () => update(addMinute(state)),
    reset: () => update(initialTimer()),
    sound: () => {
      sound.checked = !sound.checked;
      soundChanged();
    },
  };
  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action && actions[action]) actions[action]();
  });
  const soundChanged = () => {
    save(soundKey, sound.checked);
    if (sound.checked) unlockAudio();
  };
  sound.addEventListener('change', soundChanged);

  const rubric = config.rubric ? setUpRubric(root, config, label) : undefined;

  const KEYS: Record<string, string> = {
    ' ': 'toggle',
    n: 'skip',
    ArrowRight: 'skip',
    p: 'back',
    ArrowLeft: 'back',
    '+': 'add-minute',
    '=': 'add-minute',
    r: 'reset',
    s: 'sound',
  };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    // Typing a team name or a note must not drive the timer.
    if (target.closest('input:not([type="checkbox"]), textarea, select, [contenteditable]')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 't' && rubric) {
      event.preventDefault();
      rubric.focusName();
      return;
    }
    if (key === 'e' && rubric) {
      event.preventDefault();
      rubric.exportScores();
      return;
    }
    const action = KEYS[key];
    if (!action) return;
    // Space on a focused button would click it as well; handle it once here.
    event.preventDefault();
    actions[action]!();
  });

  render();
  setInterval(render, 250);
}

let audio: AudioContext | undefined;

/** Browsers let a page play sound only once the user has acted: switching sound on is that act. */
function unlockAudio() {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No audio available: the visual signal still shows.
  }
}

/** A short two-tone chime at the end of a stage, when sound is on. */
function beep() {
  try {
    audio ??= new AudioContext();
    [0, 0.35].forEach((offset, index) => {
      const oscillator = audio!.createOscillator();
      const gain = audio!.createGain();
      oscillator.frequency.value = index === 0 ? 880 : 660;
      gain.gain.setValueAtTime(0.25, audio!.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, audio!.currentTime + offset + 0.3);
      oscillator.connect(gain).connect(audio!.destination);
      oscillator.start(audio!.currentTime + offset);
      oscillator.stop(audio!.currentTime + offset + 0.3);
    });
  } catch {
    // No audio available: the visual signal still shows.
  }
}

function setUpRubric(root: HTMLElement, config: FacilitatorConfig, label: (key: string) => string) {
  const rubric = config.rubric!;
  const criteria = rubric.criteria.map((criterion) => criterion.id);
  const key = rubricKey(rubric.scenario);
  const sheet: RubricSheet = restoreSheet(load(key), rubric.scenario, criteria, rubric.levels.length);
  const teamsBox = root.querySelector<HTMLElement>('[data-teams]')!;
  const resultsBox = root.querySelector<HTMLElement>('[data-results]')!;
  const form = root.querySelector<HTMLFormElement>('[data-add-team]')!;
  const nameInput = form.querySelector<HTMLInputElement>('input[name="team"]')!;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const persist = () => {
    save(key, sheet);
    renderResults();
  };

  function renderTeams() {
    if (sheet.teams.length === 0) {
      teamsBox.replaceChildren(element('p', label('rubric.noTeams')));
      return;
    }
    teamsBox.replaceChildren(
      ...sheet.teams.map((team, teamIndex) => {
        const box = element('fieldset');
        box.className = 'rubric-team';
        box.dataset.team = team.name;
        box.append(element('legend', team.name));
        for (const criterion of rubric.criteria) {
          const id = `score-${teamIndex}-${criterion.id}`;
          const row = element('p');
          const caption = element('label', criterion.title);
          caption.htmlFor = id;
          const select = element('select');
          select.id = id;
          select.dataset.criterion = criterion.id;
          select.append(element('option', label('rubric.notScored')));
          select.options[0]!.value = '';
          rubric.levels.forEach((level, index) => {
            const option = element('option', `${index + 1} · ${level}`);
            option.value = String(index);
            select.append(option);
          });
          select.value = team.scores[criterion.id] === undefined ? '' : String(team.scores[criterion.id]);
          select.addEventListener('change', () => {
            if (select.value === '') delete team.scores[criterion.id];
            else team.scores[criterion.id] = Number(select.value);
            persist();
          });
          row.append(caption, ' ', select);
          box.append(row);
        }
        const notesId = `notes-${teamIndex}`;
        const notesLabel = element('label', label('rubric.notes'));
        notesLabel.htmlFor = notesId;
        const notes = element('textarea');
        notes.id = notesId;
        notes.rows = 2;
        notes.value = team.notes;
        notes.addEventListener('input', () => {
          team.notes = notes.value;
          persist();
        });
        const remove = element('button', `${label('rubric.removeTeam')}${label('punct.colon')}${team.name}`);
        remove.type = 'button';
        remove.className = 'secondary';
        remove.addEventListener('click', () => {
          sheet.teams.splice(teamIndex, 1);
          persist();
          renderTeams();
        });
        box.append(notesLabel, element('br'), notes, element('br'), remove);
        return box;
      }),
    );
  }

  function renderResults() {
    const table = element('table');
    table.dataset.resultsTable = '';
    const head = element('tr');
    for (const text of [
      label('rubric.team'),
      ...rubric.criteria.map((criterion) => criterion.title),
      label('rubric.totalScore'),
    ]) {
      const cell = element('th', text);
      cell.scope = 'col';
      head.append(cell);
    }
    table.append(element('thead'));
    table.tHead!.append(head);
    const body = element('tbody');
    const totals = results(sheet, criteria);
    sheet.teams.forEach((team, index) => {
      const row = element('tr');
      const name = element('th', team.name);
      name.scope = 'row';
      row.append(name);
      for (const id of criteria) {
        const level = team.scores[id];
        row.append(element('td', level === undefined ? '—' : String(level + 1)));
      }
      const total = totals[index]!;
      row.append(element('td', `${total.total}${total.complete ? '' : '*'}`));
      body.append(row);
    });
    table.append(body);
    resultsBox.replaceChildren(table);
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
