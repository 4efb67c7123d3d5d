/**
 * Runs facilitator mode: the timer view (./timerView.ts), the rubric form (./rubricForm.ts)
 * and the keyboard shortcuts that drive both.
 */
import type { FacilitatorConfig } from '../../workshops/facilitatorConfig.ts';
import { embeddedJsonIn } from '../dom.ts';
import { startRubricForm } from './rubricForm.ts';
import { startTimerView, type TimerAction } from './timerView.ts';

const KEYS: Record<string, TimerAction> = {
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
const ACTIONS = new Set<string>(Object.values(KEYS));

const root = document.querySelector<HTMLElement>('[data-facilitator]');
const config = root && embeddedJsonIn<FacilitatorConfig>(root, '[data-facilitator-config]');
if (root && config) run(root, config);

function run(root: HTMLElement, config: FacilitatorConfig) {
  const timer = startTimerView(root, config);
  const rubric = config.rubric ? startRubricForm(root, config, config.rubric) : undefined;

  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action && ACTIONS.has(action)) timer.run(action as TimerAction);
  });

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
    timer.run(action);
  });
}
