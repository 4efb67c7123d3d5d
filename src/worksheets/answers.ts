/**
 * The answers a worksheet gives, as comparable questions: one place that says what "the answer
 * about this person" is, used both to compare with the key and to line up many groups.
 */
import { classifyMan, type ManDimension } from '../analysis/man.ts';
import { quadrantOf } from '../analysis/powerInterest.ts';
import type { AnswerKeyEntry } from '../schemas/account.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { ROLE_VALUES, type RoleValue } from '../schemas/vocabulary.ts';

export const QUESTIONS = ['money', 'authority', 'need', 'man-class', 'quadrant', 'roles'] as const;
export type Question = (typeof QUESTIONS)[number];
/** The value a row or key gives when it says nothing yet. */
export const UNANSWERED = 'unanswered';

export interface Answer {
  person: string;
  name: string;
  question: Question;
  /** `yes` / `no` / `unknown` for MAN letters, a MAN code such as `M-a-N`, or a quadrant id. */
  value: string;
}

const DIMENSIONS: ManDimension[] = ['money', 'authority', 'need'];

export function worksheetAnswers(worksheet: Worksheet): Answer[] {
  if (worksheet.kind === 'man') {
    return worksheet.rows.flatMap((row) => [
      ...DIMENSIONS.map((question) => ({ person: row.person, name: row.name, question, value: row[question] })),
      { person: row.person, name: row.name, question: 'man-class' as const, value: classifyMan(row).code },
    ]);
  }
  // Free-text plans have no single right answer to line up.
  if (worksheet.kind === 'action-plan' || worksheet.kind === 'information') return [];
  if (worksheet.kind === 'relationship-map') {
    return worksheet.rows.map((row) => ({
      person: row.person,
      name: row.name,
      question: 'roles' as const,
      value: rolesValue(row.roles),
    }));
  }
  return worksheet.rows.map((row) => ({
    person: row.person,
    name: row.name,
    question: 'quadrant' as const,
    value: row.power !== undefined && row.interest !== undefined ? quadrantOf(row.power, row.interest) : UNANSWERED,
  }));
}

/** The key's answer to a question, or undefined when the key does not cover it. */
export function keyAnswer(entry: AnswerKeyEntry, question: Question): string | undefined {
  switch (question) {
    case 'money':
    case 'authority':
    case 'need':
      return entry.man?.[question];
    case 'man-class':
      return entry.man ? classifyMan(entry.man).code : undefined;
    case 'roles':
      return entry.roles ? rolesValue(entry.roles) : undefined;
    case 'quadrant':
      return entry.power !== undefined && entry.interest !== undefined
        ? quadrantOf(entry.power, entry.interest)
        : undefined;
  }
}

/** Roles as one comparable answer: in vocabulary order, `EB+Coach`; none given is unanswered. */
function rolesValue(roles: readonly RoleValue[]): string {
  const known = ROLE_VALUES.filter((role) => roles.includes(role));
  return known.length > 0 ? known.join('+') : UNANSWERED;
}
