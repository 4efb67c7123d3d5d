/** A filled worksheet against the account's answer key (trainer edition only). */
import type { AnswerKeyEntry } from '../schemas/account.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import { keyAnswer, worksheetAnswers, type Question } from './answers.ts';

export interface QuestionComparison {
  question: Question;
  expected: string;
  given: string;
  agree: boolean;
}

export interface PersonComparison {
  person: string;
  name: string;
  agree: boolean;
  questions: QuestionComparison[];
  reasoning: string;
}

/** Per person in the key: each question the worksheet asks, agree or differ, with the reasoning. */
export function compareWithKey(worksheet: Worksheet, key: readonly AnswerKeyEntry[]): PersonComparison[] {
  const answers = worksheetAnswers(worksheet);
  const comparisons: PersonComparison[] = [];
  for (const entry of key) {
    const mine = answers.filter((answer) => answer.person === entry.person);
    const questions: QuestionComparison[] = [];
    for (const answer of mine) {
      const expected = keyAnswer(entry, answer.question);
      if (expected === undefined) continue;
      questions.push({ question: answer.question, expected, given: answer.value, agree: answer.value === expected });
    }
    if (questions.length === 0) continue;
    comparisons.push({
      person: entry.person,
      name: mine[0]!.name,
      agree: questions.every((question) => question.agree),
      questions,
      reasoning: entry.reasoning,
    });
  }
  return comparisons;
}
