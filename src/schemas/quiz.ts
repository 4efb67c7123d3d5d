/**
 * Questions as content, in two kinds of file:
 *
 * - a chapter's **self-check**, `content/quizzes/<chapter-id>.yaml`: a few questions at the end
 *   of the chapter, with the correct options and the explanation shown to the reader (self-study);
 * - a workshop's **pre-test and post-test**, `content/workshops/assessments/<workshop-id>.yaml`:
 *   both tests ask the same questions, so the gain is measured on identical items. The correct
 *   options and explanations sit under `trainer`, which the edition filter removes before any
 *   trainee or public page, script or index is written.
 *
 * Question and option ids are written by the author and never derived from positions, so results
 * exported from two builds (a question added, options reordered) still line up.
 */
import { z } from 'zod';
import { idSchema } from './account.ts';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, TEST_KINDS } from './assessmentFormat.ts';

// The constants without zod, for the scripts a test page loads up front.
export * from './assessmentFormat.ts';

const text = z.string().trim().min(1);

export const QUESTION_KINDS = ['single', 'multiple', 'case'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Sections of an account page a case question can send the reader to (their anchors). */
export const ACCOUNT_PAGE_SECTIONS = [
  'opportunity',
  'maps',
  'flags',
  'coverage',
  'people',
  'power-interest',
  'man',
  'decision-process',
  'team',
  'information',
] as const;
export type AccountPageSection = (typeof ACCOUNT_PAGE_SECTIONS)[number];

export const optionSchema = z
  .strictObject({
    id: idSchema.describe('Option id, unique in the question, e.g. "a"; answers refer to it'),
    text: text.describe('The option as the reader sees it'),
  })
  .describe('One option to choose');

/** The correct options and why: public in a self-check, trainer-only in a workshop test. */
export const answerKeyShape = {
  correct: z
    .array(idSchema)
    .min(1)
    .describe('Ids of the correct options: exactly one for single choice, one or more for multiple choice'),
  explanation: text.describe('Why: the feedback the reader (or the trainer at the debrief) sees'),
};

const questionShape = {
  id: idSchema.describe('Question id, unique in the file and kept when the question is edited'),
  prompt: text.describe('The question'),
  options: z.array(optionSchema).min(2).max(8).describe('Two to eight options, in the order shown'),
};

const caseShape = {
  account: idSchema.describe('The sample account the question is about'),
  section: z
    .enum(ACCOUNT_PAGE_SECTIONS)
    .optional()
    .describe('The section of the account page to read (map, table), e.g. power-interest'),
  person: idSchema.optional().describe('A person of the account to read about (links to their row)'),
  choose: z.enum(['one', 'many']).default('one').describe('one option (single choice) or several (multiple choice)'),
};

/** The three kinds, each with the answer key in the shape the file kind wants. */
function questionSchema<K extends z.core.$ZodLooseShape>(key: K) {
  return z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('single'), ...questionShape, ...key }).describe('Single choice'),
    z.strictObject({ kind: z.literal('multiple'), ...questionShape, ...key }).describe('Multiple choice'),
    z
      .strictObject({ kind: z.literal('case'), ...questionShape, ...caseShape, ...key })
      .describe('A question about a sample account, linking to its map or table'),
  ]);
}

export const selfCheckQuestionSchema = questionSchema(answerKeyShape);

export const selfCheckSchema = z
  .strictObject({
    questions: z.array(selfCheckQuestionSchema).min(1).max(10),
  })
  .describe('The self-check at the end of a chapter; the file name is the chapter id');

export const testQuestionSchema = questionSchema({
  trainer: z.strictObject(answerKeyShape).describe('Trainer-only: the correct options and the explanation'),
});

export const workshopTestSchema = z
  .strictObject({
    intro: text.optional().describe('What the trainee reads before answering'),
    questions: z.array(testQuestionSchema).min(1).max(40),
  })
  .describe('The pre-test and post-test of a workshop (same questions); the file name is the workshop id');

export type SelfCheck = z.output<typeof selfCheckSchema>;
export type SelfCheckQuestion = SelfCheck['questions'][number];
export type WorkshopTest = z.output<typeof workshopTestSchema>;
export type TestQuestion = WorkshopTest['questions'][number];
export type AnswerKey = { correct: string[]; explanation: string };
/** A question as a trainee page may carry it: no key (per kind, so `kind` still narrows). */
export type AskedQuestion = TestQuestion extends infer Q ? (Q extends unknown ? Omit<Q, 'trainer'> : never) : never;

// ── What a trainee's browser exports (constants in ./assessmentFormat.ts) ─────────────────────

export const submissionSchema = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  version: z.literal(ASSESSMENT_VERSION),
  workshop: idSchema,
  test: z.enum(TEST_KINDS),
  trainee: z.string().max(80),
  /** The question ids the page showed, so a question added in a later build counts as not asked. */
  asked: z.array(idSchema).max(200),
  /** question id → chosen option ids (empty or absent: not answered). */
  answers: z.record(idSchema, z.array(idSchema).max(8)),
  savedAt: z.iso.datetime().optional(),
});
export type Submission = z.output<typeof submissionSchema>;
