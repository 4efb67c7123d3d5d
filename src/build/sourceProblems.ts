/**
 * Every problem of every source (case files, scenarios, agendas, question files, chapters, the
 * glossary), as the build and the dev server report them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { findSelfCheckFiles, findWorkshopTestFiles, validateAssessmentContent } from '../assessment/load.ts';
import type { AssessmentContent } from '../assessment/load.ts';
import { CHAPTERS_DIR, GLOSSARY_FILE } from '../model/contentRoot.ts';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { messageLocale, say } from '../validation/messages.ts';
import { formatProblem, hasErrors, sortProblems, type Problem } from '../validation/problem.ts';
import {
  findScenarioFiles,
  findWorkshopFiles,
  teachingOf,
  validateWorkshopContent,
  type WorkshopContent,
} from '../workshops/load.ts';
import { readContent } from './contentValidation.ts';

/** What one check of every source found: the pages' scenarios, agendas and questions among it. */
export interface CheckedSources {
  workshops: WorkshopContent;
  assessments: AssessmentContent;
  /** Every problem, in file order. */
  problems: Problem[];
}

/** Every problem of every source under `root`, in file order. */
export function checkSources(root: string): Problem[] {
  const bytes = sourceBytes(root);
  const { known, problems } = validateFiles(root, findCaseFiles(root));
  // The chapters and the glossary are read once, for their own check and for the agendas'.
  const content = readContent(root, new Set(known.keys()));
  const workshops = validateWorkshopContent(root, known, {}, teachingOf(content.chapters, content.glossary));
  const assessments = validateAssessmentContent(root, known);
  problems.push(...workshops.problems, ...assessments.problems, ...content.problems);
  const checked: CheckedSources = { workshops, assessments, problems: sortProblems(problems) };
  checkedStore().set(root, { bytes, checked });
  return checked.problems;
}

/**
 * What `checkSources` found when it last checked these very sources in this process, if it did:
 * a build's pages take the scenarios, agendas and question files the config hook validated
 * instead of validating them again. Kept on globalThis (the hook and the pages are separate
 * module instances of this file) and found by the bytes of every source file and the message
 * language, so a file edited under `astro dev` is never answered from before.
 */
export function sourcesCheckedBefore(root: string): CheckedSources | undefined {
  const kept = checkedStore().get(root);
  if (!kept) return undefined;
  const bytes = sourceBytes(root);
  const same = kept.bytes.length === bytes.length && kept.bytes.every((part, index) => part.equals(bytes[index]!));
  return same ? kept.checked : undefined;
}

const CHECKED_KEY = Symbol.for('kam-workbook.checkedSources');
type CheckedStore = Map<string, { bytes: Buffer[]; checked: CheckedSources }>;
const checkedStore = (): CheckedStore => ((globalThis as { [CHECKED_KEY]?: CheckedStore })[CHECKED_KEY] ??= new Map());

/**
 * The message language, then the name and bytes of every file `checkSources` reads (bytes, not
 * text: comparing them needs no decoding). Read before the check, so a file edited meanwhile
 * differs from what is kept.
 */
function sourceBytes(root: string): Buffer[] {
  const chapters = join(root, CHAPTERS_DIR);
  const files = [
    ...findCaseFiles(root),
    ...findScenarioFiles(root),
    ...findWorkshopFiles(root),
    ...findSelfCheckFiles(root),
    ...findWorkshopTestFiles(root),
    ...readdirOrNone(chapters).map((name) => join(chapters, name)),
    join(root, GLOSSARY_FILE),
  ];
  return [Buffer.from(messageLocale()), ...files.flatMap((file) => [Buffer.from(file), readOrNone(file)])];
}

const readdirOrNone = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};
const NONE = Buffer.alloc(0);
const readOrNone = (file: string): Buffer => {
  try {
    return readFileSync(file);
  } catch {
    return NONE; // missing, or a folder
  }
};

/** The errors as one block (a heading, then one located line each), for the terminal and the browser. */
export function errorReport(problems: readonly Problem[]): { heading: string; lines: string[] } {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return {
    heading: say().problemsIn({ count: errors.length, where: say().whereSources() }),
    lines: errors.map(formatProblem),
  };
}

/** Warnings one by one, errors as one block. */
export function logProblems(logger: Pick<AstroIntegrationLogger, 'warn' | 'error'>, problems: readonly Problem[]) {
  for (const problem of problems) {
    if (problem.severity === 'warning') logger.warn(formatProblem(problem));
  }
  if (!hasErrors(problems)) return;
  const { heading, lines } = errorReport(problems);
  logger.error([heading, ...lines].join('\n'));
}
