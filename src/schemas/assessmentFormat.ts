/**
 * The constants of a workshop test's answer file, apart from its zod schema (`quiz.ts`, which
 * re-exports them): a test page's scripts import them from here so that zod and the schema load
 * only where a file is read (the trainer's debrief, when files are chosen).
 */
export const TEST_KINDS = ['pre', 'post'] as const;
export type TestKind = (typeof TEST_KINDS)[number];

export const ASSESSMENT_FORMAT = 'kam-assessment';
export const ASSESSMENT_VERSION = 1;
/** Far above any real answer file (40 questions × a few ids); refused before parsing. */
export const MAX_ASSESSMENT_BYTES = 200_000;
