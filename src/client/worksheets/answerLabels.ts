/** How a question and an answer value read on screen (compare and debrief tables). */
import type { UiKey } from '../../i18n/ui.ts';
import { QUADRANTS, type Quadrant } from '../../analysis/powerInterest.ts';
import { createLabels } from '../../i18n/labels.ts';
import { UNANSWERED, type Question } from '../../worksheets/answers.ts';
import { say, type Strings } from '../dom.ts';

export const questionLabel = (strings: Strings, question: Question) => say(strings, `ws.question.${question}`);

export function answerLabel(strings: Strings, question: Question, value: string): string {
  if (value === UNANSWERED) return say(strings, 'ws.unanswered');
  if (question === 'quadrant') {
    return (QUADRANTS as readonly string[]).includes(value) ? createLabels(strings).quadrant(value as Quadrant) : value;
  }
  // MAN codes (`M-a-N`) and role sets (`EB+Coach`) read as they are.
  if (question === 'man-class' || question === 'roles') return value;
  // The other questions' answers are vocabulary values, each with a `ws.value.*` string.
  return say(strings, `ws.value.${value}` as UiKey);
}
