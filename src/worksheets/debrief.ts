/**
 * Many groups' exported worksheets lined up per person and question, so a trainer sees at a
 * glance where the room split (e.g. who called someone a 需激发需求 and who an 理想对象).
 */
import type { AnswerKeyEntry } from '../schemas/account.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { keyAnswer, worksheetAnswers, type Question } from './answers.ts';

export interface DebriefRow {
  account?: string;
  person: string;
  name: string;
  question: Question;
  /** Each distinct answer with the groups that gave it, most groups first. */
  answers: { value: string; groups: string[] }[];
  /** True when the groups did not all give the same answer. */
  split: boolean;
  expected?: string;
}

/** How a worksheet's authors are named in the debrief: group, else trainee, else its position. */
export function groupLabel(worksheet: Worksheet, index: number): string {
  return worksheet.group.trim() || worksheet.trainee.trim() || `#${index + 1}`;
}

/**
 * One row per (account, person, question) any worksheet answers; splits first, then in the
 * order people first appear. `keys` maps account id → answer key (trainer edition).
 */
export function debrief(
  worksheets: readonly Worksheet[],
  keys: Readonly<Record<string, readonly AnswerKeyEntry[]>> = {},
): DebriefRow[] {
  const rows = new Map<string, DebriefRow>();
  worksheets.forEach((worksheet, index) => {
    const label = groupLabel(worksheet, index);
    for (const answer of worksheetAnswers(worksheet)) {
      const id = `${worksheet.account ?? ''}\u0000${answer.person}\u0000${answer.question}`;
      let row = rows.get(id);
      if (!row) {
        const entry = worksheet.account
          ? keys[worksheet.account]?.find((candidate) => candidate.person === answer.person)
          : undefined;
        row = {
          account: worksheet.account,
          person: answer.person,
          name: answer.name,
          question: answer.question,
          answers: [],
          split: false,
          expected: entry && keyAnswer(entry, answer.question),
        };
        rows.set(id, row);
      }
      const same = row.answers.find((candidate) => candidate.value === answer.value);
      if (same) same.groups.push(label);
      else row.answers.push({ value: answer.value, groups: [label] });
    }
  });
  const ordered = [...rows.values()];
  for (const row of ordered) {
    row.answers.sort((a, b) => b.groups.length - a.groups.length);
    row.split = row.answers.length > 1;
  }
  // Stable sort keeps first-appearance order inside each half.
  return ordered.sort((a, b) => Number(b.split) - Number(a.split));
}
