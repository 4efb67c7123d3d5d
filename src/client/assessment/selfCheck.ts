/**
 * The chapter self-check: "核对答案" checks one question against its (public) key and says what
 * was right, what was missed or wrongly chosen (by option letter), and why. Feedback is text, so
 * colour is never the only signal. Nothing is stored or sent.
 */
import { checkAnswer } from '../../assessment/score.ts';
import { el, embeddedJson, say, type Strings } from '../dom.ts';

interface SelfCheckConfig {
  strings: Strings;
  questions: { id: string; options: { id: string; letter: string }[]; correct: string[]; explanation: string }[];
}

export function startSelfCheck() {
  const config = embeddedJson<SelfCheckConfig>('self-check-config');
  const section = document.querySelector<HTMLElement>('[data-self-check]');
  if (!config || !section) return;
  const { strings } = config;
  const results = new Map<string, boolean>();
  const score = section.querySelector<HTMLElement>('.quiz-score')!;

  for (const question of config.questions) {
    const fieldset = section.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${question.id}"]`);
    if (!fieldset) continue;
    const feedback = fieldset.querySelector<HTMLElement>('.quiz-feedback')!;
    const letters = (ids: string[]) =>
      question.options
        .filter((option) => ids.includes(option.id))
        .map((option) => option.letter)
        .join('、');

    fieldset.querySelector('.quiz-check')!.addEventListener('click', () => {
      const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
      if (chosen.length === 0) {
        feedback.replaceChildren(el('p', {}, say(strings, 'quiz.chooseFirst')));
        return;
      }
      const check = checkAnswer(question, chosen);
      results.set(question.id, check.correct);
      fieldset.dataset.result = check.correct ? 'correct' : 'incorrect';
      feedback.replaceChildren(
        el(
          'p',
          { class: 'quiz-verdict' },
          say(strings, check.correct ? 'quiz.correct' : 'quiz.incorrect'),
          check.missed.length > 0 && ` ${say(strings, 'quiz.missed', { options: letters(check.missed) })}`,
          check.wrong.length > 0 && ` ${say(strings, 'quiz.wrong', { options: letters(check.wrong) })}`,
        ),
        el('p', {}, el('strong', {}, say(strings, 'quiz.explanation')), question.explanation),
      );
      score.textContent = say(strings, 'quiz.score', {
        checked: results.size,
        total: config.questions.length,
        correct: [...results.values()].filter(Boolean).length,
      });
    });
  }
}
