/**
 * A trainee's answers to a workshop's pre-test or post-test, as the browser keeps and exports
 * them, and the checked reading of such a file on the trainer's debrief page. Pure.
 */
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  MAX_ASSESSMENT_BYTES,
  submissionSchema,
  type Submission,
  type TestKind,
} from '../schemas/quiz.ts';
import { say } from '../validation/messages.ts';
import { valueProblems } from '../validation/valueProblems.ts';
import { safeFileNamePart } from '../worksheets/fileName.ts';

export const ASSESSMENT_STORAGE_PREFIX = 'kam:assessment:';

/** `kam:assessment:<workshop>:<pre|post>:v<N>`, like the worksheets' keys: a new format never reads an old key. */
export function assessmentStorageKey(workshop: string, test: TestKind, version = ASSESSMENT_VERSION): string {
  return `${ASSESSMENT_STORAGE_PREFIX}${workshop}:${test}:v${version}`;
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

export const SUBMISSION_REFUSALS = [
  'too-large',
  'not-json',
  'not-assessment',
  'newer-version',
  'wrong-workshop',
  'invalid',
] as const;
export type SubmissionRefusal = (typeof SUBMISSION_REFUSALS)[number];

export type SubmissionResult =
  { ok: true; submission: Submission } | { ok: false; refusal: SubmissionRefusal; details: string[]; found?: string };

/** Checked on the file's size before reading it, so a huge file is never loaded whole. */
export function submissionSizeRefusal(bytes: number): SubmissionResult | undefined {
  if (bytes <= MAX_ASSESSMENT_BYTES) return undefined;
  return { ok: false, refusal: 'too-large', details: [say().fileTooLarge({ bytes, limit: MAX_ASSESSMENT_BYTES })] };
}

/** Reads an exported answer file meant for `workshop`; size, JSON, format, version, workshop, then every field. */
export function readSubmissionFile(text: string, workshop: string): SubmissionResult {
  const tooLarge = submissionSizeRefusal(new TextEncoder().encode(text).length);
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, refusal: 'not-json', details: [error instanceof Error ? error.message : String(error)] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, refusal: 'not-assessment', details: [] };
  const record = data as Record<string, unknown>;
  if (record.format !== ASSESSMENT_FORMAT) return { ok: false, refusal: 'not-assessment', details: [] };
  if (typeof record.version === 'number' && record.version > ASSESSMENT_VERSION) {
    return {
      ok: false,
      refusal: 'newer-version',
      details: [say().newerVersion({ version: record.version, supported: ASSESSMENT_VERSION })],
    };
  }
  if (record.workshop !== workshop) {
    return { ok: false, refusal: 'wrong-workshop', details: [], found: String(record.workshop ?? '?').slice(0, 60) };
  }
  const parsed = submissionSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, refusal: 'invalid', details: valueProblems(data, submissionSchema, parsed.error.issues) };
  }
  return { ok: true, submission: parsed.data };
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
  const parsed = submissionSchema.safeParse(data);
  if (!parsed.success || parsed.data.workshop !== workshop || parsed.data.test !== test) return undefined;
  const answers = Object.fromEntries(Object.entries(parsed.data.answers).filter(([id]) => asked.includes(id)));
  return { ...parsed.data, asked: [...asked], answers };
}

/** How many of the asked questions have at least one option chosen. */
export const answeredCount = (submission: Submission): number =>
  submission.asked.filter((id) => (submission.answers[id]?.length ?? 0) > 0).length;
