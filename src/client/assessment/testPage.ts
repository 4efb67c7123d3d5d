/**
 * A workshop's pre-test or post-test page: every change is saved at once in localStorage under
 * `kam[@cohort]:assessment:<workshop>:<pre|post>:v<N>`, restored on load, and exported as a file named
 * after the trainee. No key is on this page in any edition; scoring happens on the trainer's side.
 */
import {
  answeredCount,
  assessmentStorageKey,
  emptySubmission,
  restoreSubmission,
  submissionFileName,
} from '../../assessment/submission.ts';
import type { Submission, TestKind } from '../../schemas/quiz.ts';
import { scopeLegacyKeys } from '../../ownAccounts/scopedKeys.ts';
import { browserStorage } from '../browserStorage.ts';
import { activeCohort } from '../ownAccounts/cohort.ts';
import { downloadJson, el, embeddedJson, say, type Strings } from '../dom.ts';

interface TestPageConfig {
  workshop: string;
  test: TestKind;
  asked: string[];
  strings: Strings;
}

export function startTestPage() {
  const config = embeddedJson<TestPageConfig>('quiz-config');
  if (!config) return;
  const { strings, workshop, test, asked } = config;
  const storage = browserStorage();
  const cohort = activeCohort(storage, location.search);
  scopeLegacyKeys(storage, cohort);
  const key = assessmentStorageKey(workshop, test, cohort);
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const form = byId<HTMLElement>('quiz-form');
  const name = byId<HTMLInputElement>('quiz-trainee');
  const status = byId<HTMLElement>('quiz-status');
  const progress = byId<HTMLElement>('quiz-progress');
  const message = byId<HTMLElement>('quiz-message');

  const current = load();

  function load(): Submission {
    let text: string | null = null;
    try {
      text = storage.getItem(key);
    } catch {
      // blocked storage reads as empty
    }
    if (text === null) return emptySubmission(workshop, test, asked);
    const restored = restoreSubmission(text, workshop, test, asked);
    if (restored) return restored;
    try {
      // Never overwrite what we cannot read: keep it aside for a person to rescue.
      storage.setItem(`${key}:unreadable`, text);
    } catch {
      // nothing more we can do
    }
    return emptySubmission(workshop, test, asked);
  }

  function save() {
    current.savedAt = new Date().toISOString();
    try {
      storage.setItem(key, JSON.stringify(current));
      status.textContent = say(strings, 'quiz.status.saved', { time: new Date().toLocaleTimeString() });
    } catch {
      status.textContent = say(strings, 'quiz.status.failed');
    }
    showProgress();
  }

  const showProgress = () =>
    (progress.textContent = say(strings, 'quiz.progress', { answered: answeredCount(current), total: asked.length }));

  // Restore the saved answers into the form.
  name.value = current.trainee;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[value]')) {
    const question = input.closest<HTMLElement>('[data-question]')?.dataset.question;
    input.checked = !!question && (current.answers[question] ?? []).includes(input.value);
  }
  showProgress();
  if (localStorageHas(key)) status.textContent = say(strings, 'quiz.status.loaded');

  form.addEventListener('change', (event) => {
    const fieldset = (event.target as HTMLElement).closest<HTMLElement>('[data-question]');
    const question = fieldset?.dataset.question;
    if (!fieldset || !question) return;
    current.answers[question] = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (input) => input.value,
    );
    save();
  });
  name.addEventListener('input', () => {
    current.trainee = name.value.slice(0, 80);
    message.replaceChildren();
    save();
  });

  byId('quiz-export').addEventListener('click', () => {
    if (!current.trainee.trim()) {
      message.replaceChildren(el('p', {}, say(strings, 'quiz.needName')));
      name.focus();
      return;
    }
    const fileName = submissionFileName(current);
    downloadJson(fileName, current);
    status.textContent = say(strings, 'quiz.status.exported', { file: fileName });
  });

  function localStorageHas(name: string): boolean {
    try {
      return storage.getItem(name) !== null;
    } catch {
      return false;
    }
  }
}
