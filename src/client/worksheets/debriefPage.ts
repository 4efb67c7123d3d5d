/** The debrief page (trainer edition): many groups' exported files → one table, splits first. */
import type { UiKey } from '../../i18n/ui.ts';
import type { AnswerKeyEntry } from '../../schemas/account.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { debrief } from '../../worksheets/debrief.ts';
import { answerLabel, questionLabel } from './answerLabels.ts';
import { el, embeddedJson, say, type Strings } from '../dom.ts';
import { loadWorksheetFileReader } from './fileReader.ts';

interface DebriefConfig {
  strings: Strings;
  accounts: Record<string, string>;
  keys: Record<string, AnswerKeyEntry[]>;
}

export function startDebrief() {
  const config = embeddedJson<DebriefConfig>('ws-debrief-config')!;
  const { strings } = config;
  const input = document.getElementById('ws-debrief-files') as HTMLInputElement;
  const out = document.getElementById('ws-debrief')!;
  const status = document.getElementById('ws-debrief-status')!;
  const problems = document.getElementById('ws-debrief-problems')!;

  input.addEventListener('change', async () => {
    const sheets: Worksheet[] = [];
    const refused: string[] = [];
    const { readWorksheetFile, sizeRefusal } = await loadWorksheetFileReader();
    for (const file of input.files ?? []) {
      const result = sizeRefusal(file.size) ?? readWorksheetFile(await file.text(), 'any');
      if (result.ok) sheets.push(result.worksheet);
      else
        refused.push(
          `${say(strings, 'ws.refused', { file: file.name })} ${say(strings, `ws.refusal.${result.refusal}`, { found: result.found ?? '' })}`,
        );
    }
    status.textContent = say(strings, 'ws.debrief.read', { count: sheets.length });
    problems.replaceChildren(...refused.map((line) => el('p', {}, line)));
    draw(sheets);
  });

  function draw(sheets: Worksheet[]) {
    const rows = debrief(sheets, config.keys);
    const columns: UiKey[] = [
      'ws.debrief.person',
      'ws.debrief.question',
      'ws.debrief.answers',
      'ws.compare.expected',
      'ws.debrief.split',
    ];
    out.replaceChildren(
      el(
        'table',
        {},
        el('caption', {}, say(strings, 'ws.debrief')),
        el('thead', {}, el('tr', {}, ...columns.map((key) => el('th', { scope: 'col' }, say(strings, key))))),
        el(
          'tbody',
          {},
          ...rows.map((row) =>
            el(
              'tr',
              { 'data-person': row.person, 'data-question': row.question, 'data-split': String(row.split) },
              el(
                'th',
                { scope: 'row' },
                row.name,
                row.account ? el('span', { class: 'muted' }, ` ${config.accounts[row.account] ?? row.account}`) : null,
              ),
              el('td', {}, questionLabel(strings, row.question)),
              el(
                'td',
                {},
                el(
                  'ul',
                  { class: 'ws-answers' },
                  ...row.answers.map((answer) =>
                    el(
                      'li',
                      {},
                      el('strong', {}, answerLabel(strings, row.question, answer.value)),
                      `${say(strings, 'punct.colon')}${answer.groups.join(say(strings, 'punct.list'))}`,
                    ),
                  ),
                ),
              ),
              el('td', {}, row.expected ? answerLabel(strings, row.question, row.expected) : ''),
              el(
                'td',
                { class: row.split ? 'ws-differ' : 'ws-agree' },
                say(strings, row.split ? 'ws.debrief.split' : 'ws.debrief.agreed'),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
