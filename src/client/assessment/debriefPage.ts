/**
 * The trainer's test debrief: reads many exported answer files (pre and post, several at a
 * time), refuses bad ones with the reason while keeping every file already read, and shows the
 * overall and per-question pre→post gain, the spread of answers and the questions most missed.
 * Everything from a file is shown as text, never as HTML.
 */
import type { QuestionView } from '../../assessment/present.ts';
import { assessmentDebrief, type AssessmentDebrief, type Rate } from '../../assessment/score.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { Submission } from '../../schemas/quiz.ts';
import { el, embeddedJson, say, type Strings } from '../dom.ts';

interface DebriefConfig {
  workshop: string;
  strings: Strings;
  questions: (QuestionView & { correct: string[]; explanation: string })[];
}

export function startTestDebrief() {
  const config = embeddedJson<DebriefConfig>('quiz-debrief-config');
  if (!config) return;
  const { strings, questions } = config;
  const input = document.getElementById('quiz-debrief-files') as HTMLInputElement;
  const status = document.getElementById('quiz-debrief-status')!;
  const problems = document.getElementById('quiz-debrief-problems')!;
  const out = document.getElementById('quiz-debrief-out')!;
  const submissions: Submission[] = [];

  const s = (key: UiKey, slots: Record<string, string | number> = {}) => say(strings, key, slots);
  const percent = (value: number | undefined) =>
    value === undefined ? s('quiz.debrief.none') : s('quiz.debrief.percent', { value: Math.round(value) });
  const points = (value: number | undefined) =>
    value === undefined
      ? s('quiz.debrief.none')
      : s('quiz.debrief.points', { sign: value > 0 ? '+' : value < 0 ? '−' : '±', value: Math.abs(Math.round(value)) });
  const gainCell = (value: number | undefined) =>
    el(
      'td',
      {
        class: value === undefined ? undefined : value > 0 ? 'quiz-gain-up' : value < 0 ? 'quiz-gain-down' : undefined,
      },
      points(value),
    );
  const rate = (value: Rate) =>
    value.asked === 0
      ? s('quiz.debrief.none')
      : s('quiz.debrief.rate', { percent: percent(value.percent), correct: value.correct, asked: value.asked });
  const testName = (test: 'pre' | 'post') => s(`quiz.test.${test}`);
  const questionName = (id: string) => {
    const question = questions.find((candidate) => candidate.id === id);
    return question ? `${s('quiz.question', { number: question.number })} ${question.prompt}` : id;
  };
  const table = (caption: string, head: string[], rows: HTMLTableRowElement[]) =>
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        {},
        // The section's heading says it on screen; the caption names the table for screen readers.
        el('caption', { class: 'visually-hidden' }, caption),
        el('thead', {}, el('tr', {}, ...head.map((label) => el('th', { scope: 'col' }, label)))),
        el('tbody', {}, ...rows),
      ),
    );

  input.addEventListener('change', async () => {
    const refused: HTMLElement[] = [];
    // zod and the messages load only now: most of this page's script, needed only for files.
    const { readSubmissionFile, submissionSizeRefusal } = await import('../../assessment/submissionFile.ts');
    for (const file of input.files ?? []) {
      const result = submissionSizeRefusal(file.size) ?? readSubmissionFile(await file.text(), config.workshop);
      if (result.ok) submissions.push(result.submission);
      else
        refused.push(
          el(
            'div',
            {},
            el(
              'p',
              {},
              `${s('quiz.debrief.refused', { file: file.name })} ${s(`quiz.refusal.${result.refusal}`, { found: result.found ?? '' })}`,
            ),
            result.details.length > 0 && el('ul', {}, ...result.details.map((line) => el('li', {}, line))),
          ),
        );
    }
    input.value = '';
    problems.replaceChildren(...refused);
    draw();
  });
  document.getElementById('quiz-debrief-clear')!.addEventListener('click', () => {
    submissions.length = 0;
    problems.replaceChildren();
    draw();
  });
  // Files chosen before this point would be missed: tests (and a slow device) wait for it.
  input.dataset.ready = 'true';

  function draw() {
    if (submissions.length === 0) {
      status.textContent = s('quiz.debrief.empty');
      out.replaceChildren();
      return;
    }
    const result = assessmentDebrief(questions, submissions);
    status.textContent = s('quiz.debrief.read', {
      count: result.files.pre + result.files.post,
      pre: result.files.pre,
      post: result.files.post,
    });
    out.replaceChildren(...notes(result), overall(result), mostMissed(result), perQuestion(result), trainees(result));
  }

  function notes(result: AssessmentDebrief): HTMLElement[] {
    const lines = result.replaced.map((entry) =>
      s('quiz.debrief.replaced', { trainee: entry.trainee, test: testName(entry.test) }),
    );
    if (result.unknownQuestions.length > 0)
      lines.push(s('quiz.debrief.unknown', { ids: result.unknownQuestions.join(', ') }));
    return lines.map((line) => el('p', { class: 'muted' }, line));
  }

  function overall(result: AssessmentDebrief) {
    const row = (label: string, value: string | HTMLTableCellElement, name?: string) =>
      el(
        'tr',
        { 'data-measure': name },
        el('th', { scope: 'row' }, label),
        typeof value === 'string' ? el('td', {}, value) : value,
      );
    return el(
      'section',
      { 'aria-labelledby': 'quiz-overall' },
      el('h2', { id: 'quiz-overall' }, s('quiz.debrief.overall')),
      table(
        s('quiz.debrief.overall'),
        [s('quiz.debrief.measure'), s('quiz.debrief.value')],
        [
          row(s('quiz.debrief.meanPre'), percent(result.mean.pre), 'pre'),
          row(s('quiz.debrief.meanPost'), percent(result.mean.post), 'post'),
          row(s('quiz.debrief.gain'), gainCell(result.gain), 'gain'),
          row(
            s('quiz.debrief.normalizedGain'),
            result.normalizedGain === undefined ? s('quiz.debrief.none') : result.normalizedGain.toFixed(2),
            'normalized-gain',
          ),
        ],
      ),
      el('p', {}, s('quiz.debrief.paired', { count: result.paired.trainees, gain: points(result.paired.gain) })),
    );
  }

  function mostMissed(result: AssessmentDebrief) {
    return el(
      'section',
      { 'aria-labelledby': 'quiz-most-missed' },
      el('h2', { id: 'quiz-most-missed' }, s('quiz.debrief.mostMissed')),
      result.mostMissed.length === 0
        ? el('p', {}, s('quiz.debrief.noMisses'))
        : el(
            'ol',
            { class: 'quiz-most-missed' },
            ...result.mostMissed.map((entry) =>
              el(
                'li',
                { 'data-question': entry.id },
                s('quiz.debrief.missedLine', {
                  question: questionName(entry.id),
                  test: testName(entry.test),
                  missed: entry.missed,
                  asked: entry.asked,
                  percent: percent(entry.percent),
                }),
              ),
            ),
          ),
    );
  }

  function perQuestion(result: AssessmentDebrief) {
    const rows = result.questions.map((stats) => {
      const question = questions.find((candidate) => candidate.id === stats.id)!;
      const letters = (ids: string[]) =>
        question.options
          .filter((option) => ids.includes(option.id))
          .map((option) => option.letter)
          .join('、');
      const spread = el(
        'ul',
        {},
        ...question.options.map((option) =>
          el(
            'li',
            { 'data-option': option.id },
            `${option.letter} ${option.text}：${stats.spread.pre.chosen[option.id] ?? 0} → ${stats.spread.post.chosen[option.id] ?? 0}`,
          ),
        ),
        el('li', {}, `${s('quiz.debrief.blank')}：${stats.spread.pre.blank} → ${stats.spread.post.blank}`),
      );
      return el(
        'tr',
        { 'data-question': stats.id },
        el('th', { scope: 'row' }, questionName(stats.id)),
        el('td', {}, rate(stats.pre)),
        el('td', {}, rate(stats.post)),
        gainCell(stats.gain),
        el('td', {}, spread),
        el('td', {}, el('strong', {}, letters(question.correct)), ` ${question.explanation}`),
      );
    });
    return el(
      'section',
      { 'aria-labelledby': 'quiz-per-question' },
      el('h2', { id: 'quiz-per-question' }, s('quiz.debrief.perQuestion')),
      table(
        s('quiz.debrief.perQuestion'),
        [
          s('quiz.debrief.questionCol'),
          s('quiz.debrief.preCol'),
          s('quiz.debrief.postCol'),
          s('quiz.debrief.gain'),
          s('quiz.debrief.spreadCol'),
          s('quiz.debrief.keyCol'),
        ],
        rows,
      ),
    );
  }

  function trainees(result: AssessmentDebrief) {
    return el(
      'section',
      { 'aria-labelledby': 'quiz-trainees' },
      el('h2', { id: 'quiz-trainees' }, s('quiz.debrief.trainees')),
      table(
        s('quiz.debrief.trainees'),
        [s('quiz.debrief.traineeCol'), testName('pre'), testName('post'), s('quiz.debrief.gain')],
        result.trainees.map((row) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, row.trainee),
            el('td', {}, percent(row.pre)),
            el('td', {}, percent(row.post)),
            gainCell(row.gain),
          ),
        ),
      ),
    );
  }
}
