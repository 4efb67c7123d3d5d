/**
 * Trainer edition only: the filled worksheet against the account's answer key, per person and
 * question, redrawn as the trainee answers. The page script announces each change with a
 * `worksheet-change` event; this module never touches storage.
 */
import type { UiKey } from '../../i18n/ui.ts';
import type { AnswerKeyEntry } from '../../schemas/account.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { compareWithKey } from '../../worksheets/compare.ts';
import { answerLabel, questionLabel } from './answerLabels.ts';
import { el, embeddedJson, say, type Strings } from '../dom.ts';
import { WORKSHEET_CHANGE } from './page.ts';

const COLUMNS: UiKey[] = [
  'ws.personName',
  'ws.debrief.question',
  'ws.compare.given',
  'ws.compare.expected',
  'ws.compare.agree',
  'ws.compare.reasoning',
];

export function startKeyComparison(root: HTMLElement) {
  const key = embeddedJson<AnswerKeyEntry[]>('ws-key') ?? [];
  const { strings } = embeddedJson<{ strings: Strings }>('ws-config')!;
  const button = document.getElementById('ws-compare-button')!;
  const out = document.getElementById('ws-compare')!;
  let latest: Worksheet | undefined;
  let shown = false;

  const draw = () => {
    if (!shown || !latest) return;
    const results = compareWithKey(latest, key);
    if (results.length === 0) return out.replaceChildren(el('p', {}, say(strings, 'ws.compare.none')));
    const rows = results.flatMap((person) =>
      person.questions.map((question, index) =>
        el(
          'tr',
          { 'data-person': person.person, 'data-agree': String(question.agree) },
          index === 0 ? el('th', { scope: 'rowgroup', rowspan: person.questions.length }, person.name) : null,
          el('td', {}, questionLabel(strings, question.question)),
          el('td', {}, answerLabel(strings, question.question, question.given)),
          el('td', {}, answerLabel(strings, question.question, question.expected)),
          el(
            'td',
            { class: question.agree ? 'ws-agree' : 'ws-differ' },
            say(strings, question.agree ? 'ws.compare.agree' : 'ws.compare.differ'),
          ),
          index === 0 ? el('td', { rowspan: person.questions.length }, person.reasoning) : null,
        ),
      ),
    );
    out.replaceChildren(
      el(
        'table',
        {},
        el('caption', {}, say(strings, 'ws.compareTitle')),
        el('thead', {}, el('tr', {}, ...COLUMNS.map((label) => el('th', { scope: 'col' }, say(strings, label))))),
        el('tbody', {}, ...rows),
      ),
    );
  };

  root.addEventListener(WORKSHEET_CHANGE, (event) => {
    latest = (event as CustomEvent<Worksheet>).detail;
    draw();
  });
  button.addEventListener('click', () => {
    shown = true;
    draw();
  });
}
