/**
 * A trainee's answers to a workshop's pre-test or post-test, as the browser keeps and exports
 * them. Pure, and without zod: what the browser kept is checked against the schema's generated
 * shape (`readStoredSubmission`); a file on the trainer's debrief is read by `./submissionFile.ts`.
 */
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, type TestKind } from '../schemas/assessmentFormat.ts';
import type { Submission } from '../schemas/quiz.ts';
import { readStoredSubmission } from '../schemas/stored.ts';
import { safeFileNamePart } from '../worksheets/fileName.ts';
import { storagePrefix } from '../ownAccounts/record.ts';

/**
 * `kam[@cohort]:assessment:<workshop>:<pre|post>:v<N>`, like the worksheets' keys: a new format
 * never reads an old key, and a cohort's answers never mix with another's.
 */
export function assessmentStorageKey(
  workshop: string,
  test: TestKind,
  cohort?: string,
  version = ASSESSMENT_VERSION,
): string {
  return `${storagePrefix(cohort)}assessment:${workshop}:${test}:v${version}`;
}

export function emptySubmission(workshop: string, test: TestKind, asked: readonly string[]): Submission {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    workshop,
    test,
    trainee: '',
    asked: [...asked],
    answers: {},
  };
}

/** `<trainee>_<pre|post>-test_<workshop>.assessment.json`, safe on every file system. */
export function submissionFileName(submission: Submission): string {
  const trainee = safeFileNamePart(submission.trainee) || 'trainee';
  return `${trainee}_${submission.test}-test_${submission.workshop}.assessment.json`;
}

/**
 * Answers kept by a browser, brought up to the questions the page asks now: answers to questions
 * no longer asked are dropped. Undefined when the text is not a valid submission of this slot
 * (the caller moves it aside rather than overwrite it).
 */
export function restoreSubmission(
  text: string,
  workshop: string,
  test: TestKind,
  asked: readonly string[],
): Submission | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const stored = readStoredSubmission(data);
  if (!stored || stored.workshop !== workshop || stored.test !== test) return undefined;
  const answers = Object.fromEntries(Object.entries(stored.answers).filter(([id]) => asked.includes(id)));
  return { ...stored, asked: [...asked], answers };
}

/** How many of the asked questions have at least one option chosen. */
export const answeredCount = (submission: Submission): number =>
  submission.asked.filter((id) => (submission.answers[id]?.length ?? 0) > 0).length;
