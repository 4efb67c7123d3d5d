/**
 * The timer half of facilitator mode: the countdown (src/workshops/timer.ts) against the real
 * clock, the current and next stage with its prompts, the end signal and chime. Saved on every
 * change so a reload resumes it.
 */
import type { FacilitatorConfig } from '../../workshops/facilitatorConfig.ts';
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
import { el, say } from '../dom.ts';
import { chime, unlockAudio } from './chime.ts';
import { load, save, timerKey } from './storage.ts';

export type TimerAction = 'toggle' | 'skip' | 'back' | 'add-minute' | 'reset' | 'sound';

export interface TimerView {
  run(action: TimerAction): void;
}

export function startTimerView(root: HTMLElement, config: FacilitatorConfig): TimerView {
  const label = (key: Parameters<typeof say>[1]) => say(config.labels, key);
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
    $('[data-prompts]').replaceChildren(...stage.prompts.map((prompt) => el('li', {}, prompt)));
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
    if (over && !signalled && sound.checked) chime();
    signalled = over;
  }

  const soundChanged = () => {
    save(soundKey, sound.checked);
    if (sound.checked) unlockAudio();
  };
  sound.addEventListener('change', soundChanged);

  const actions: Record<TimerAction, () => void> = {
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

  render();
  setInterval(render, 250);
  return { run: (action) => actions[action]() };
}
