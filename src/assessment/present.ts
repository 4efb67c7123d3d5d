/**
 * What a page needs to show a question, without its key: the options lettered A, B, C… in the
 * order written (letters are for people; answers are stored by option id), and whether it takes
 * one option or several. Pure.
 */
import type { AskedQuestion } from '../schemas/quiz.ts';

export type AnswerMode = 'single' | 'multiple';

export interface QuestionView {
  id: string;
  /** 1-based position on the page. */
  number: number;
  /** The kind as the reader is told it (`case-many`: a case question with several answers). */
  label: 'single' | 'multiple' | 'case' | 'case-many';
  mode: AnswerMode;
  prompt: string;
  options: { id: string; letter: string; text: string }[];
}

export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

export function answerMode(question: Pick<AskedQuestion, 'kind'> & { choose?: 'one' | 'many' }): AnswerMode {
  if (question.kind === 'multiple') return 'multiple';
  return question.kind === 'case' && question.choose === 'many' ? 'multiple' : 'single';
}

export function questionView(question: AskedQuestion, index: number): QuestionView {
  const mode = answerMode(question);
  return {
    id: question.id,
    number: index + 1,
    label: question.kind === 'case' ? (mode === 'multiple' ? 'case-many' : 'case') : question.kind,
    mode,
    prompt: question.prompt,
    options: question.options.map((option, position) => ({ ...option, letter: optionLetter(position) })),
  };
}

/** Option ids → their letters, joined for a sentence ("B、D"). */
export function lettersOf(view: Pick<QuestionView, 'options'>, ids: readonly string[], separator = '、'): string {
  return view.options
    .filter((option) => ids.includes(option.id))
    .map((option) => option.letter)
    .join(separator);
}

/** Names a case question may write as placeholders, filled from the case file at build time. */
export const CASE_PLACEHOLDERS = ['account', 'person'] as const;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{…}` placeholders a text uses. */
export const placeholdersIn = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);

/**
 * A case question with `{account}` and `{person}` replaced by the names the case file gives now,
 * so a question stays right when a sample's names change.
 */
export function fillCaseNames<
  Q extends { prompt: string; options: { text: string }[]; explanation?: string; trainer?: { explanation: string } },
>(question: Q, names: { account: string; person?: string }): Q {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) =>
      name === 'account' || name === 'person' ? (names[name] ?? whole) : whole,
    );
  return {
    ...question,
    prompt: fill(question.prompt),
    options: question.options.map((option) => ({ ...option, text: fill(option.text) })),
    ...(question.explanation !== undefined && { explanation: fill(question.explanation) }),
    ...(question.trainer && { trainer: { ...question.trainer, explanation: fill(question.trainer.explanation) } }),
  };
}
