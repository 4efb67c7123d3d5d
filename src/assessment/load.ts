/**
 * Finds and validates the question files: chapter self-checks (`content/quizzes/*.yaml`) and
 * workshop tests (`content/workshops/assessments/*.yaml`), against the chapters, workshops and
 * accounts of the project.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { SelfCheck, WorkshopTest } from '../schemas/quiz.ts';
import type { Problem } from '../validation/problem.ts';
import type { KnownAccount } from '../validation/workshopFiles.ts';
import { findChapterNames, findWorkshopFiles, yamlFilesIn } from '../workshops/load.ts';
import { validateSelfCheckText, validateWorkshopTestText, type AssessmentKnownIds } from './validate.ts';

export const QUIZZES_DIR = 'content/quizzes';
export const WORKSHOP_TESTS_DIR = 'content/workshops/assessments';

const stem = (path: string) => basename(path).replace(/\.ya?ml$/, '');

export const findSelfCheckFiles = (root: string): string[] => yamlFilesIn(join(root, QUIZZES_DIR));
/** A chapter's self-check: the question file named as the chapter (`.yaml`, or `.yml`; both when both are there). */
export const selfCheckFilesOf = (root: string, chapterId: string): string[] =>
  findSelfCheckFiles(root).filter((path) => stem(path) === chapterId);
export const findWorkshopTestFiles = (root: string): string[] => yamlFilesIn(join(root, WORKSHOP_TESTS_DIR));

/** Whether a path (absolute or relative) is a self-check or a workshop test file. */
export const isSelfCheckFile = (path: string) => /(^|[/\\])content[/\\]quizzes[/\\][^/\\]+\.ya?ml$/.test(path);
export const isWorkshopTestFile = (path: string) =>
  /(^|[/\\])content[/\\]workshops[/\\]assessments[/\\][^/\\]+\.ya?ml$/.test(path);

export interface AssessmentContent {
  /** chapter id → its self-check. */
  selfChecks: Map<string, SelfCheck>;
  /** workshop id → its pre/post test. */
  workshopTests: Map<string, WorkshopTest>;
  problems: Problem[];
}

export function validateAssessmentContent(
  root: string,
  accounts: ReadonlyMap<string, KnownAccount>,
  files: { selfChecks?: readonly string[]; workshopTests?: readonly string[] } = {},
): AssessmentContent {
  const known: AssessmentKnownIds = {
    chapters: findChapterNames(root),
    workshops: new Set(findWorkshopFiles(root).map(stem)),
    accounts,
  };
  const problems: Problem[] = [];
  const read = (path: string) => ({
    file: relative(root, path) || path,
    text: readFileSync(path, 'utf8'),
    expectedId: stem(path),
  });
  const selfChecks = new Map<string, SelfCheck>();
  for (const path of files.selfChecks ?? findSelfCheckFiles(root)) {
    const result = validateSelfCheckText(read(path), known);
    problems.push(...result.problems);
    if (result.selfCheck) selfChecks.set(stem(path), result.selfCheck);
  }
  const workshopTests = new Map<string, WorkshopTest>();
  for (const path of files.workshopTests ?? findWorkshopTestFiles(root)) {
    const result = validateWorkshopTestText(read(path), known);
    problems.push(...result.problems);
    if (result.test) workshopTests.set(stem(path), result.test);
  }
  return { selfChecks, workshopTests, problems };
}
