/**
 * Reading an exported answer file on the trainer's test debrief: size, JSON, format, version and
 * workshop first, then every field with zod, so a refusal says why and where. The debrief page
 * loads this when files are chosen; the test pages never need it.
 */
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  MAX_ASSESSMENT_BYTES,
  submissionSchema,
  type Submission,
} from '../schemas/quiz.ts';
import { say } from '../validation/messages.ts';
import { valueProblems } from '../validation/valueProblems.ts';

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
