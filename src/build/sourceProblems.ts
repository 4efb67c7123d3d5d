/**
 * Every problem of every source (case files, scenarios, agendas, question files, chapters, the
 * glossary), as the build and the dev server report them.
 */
import type { AstroIntegrationLogger } from 'astro';
import { validateAssessmentContent } from '../assessment/load.ts';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { say } from '../validation/messages.ts';
import { formatProblem, hasErrors, sortProblems, type Problem } from '../validation/problem.ts';
import { teachingOf, validateWorkshopContent } from '../workshops/load.ts';
import { readContent } from './contentValidation.ts';

/** Every problem of every source under `root`, in file order. */
export function checkSources(root: string): Problem[] {
  const { known, problems } = validateFiles(root, findCaseFiles(root));
  // The chapters and the glossary are read once, for their own check and for the agendas'.
  const content = readContent(root, new Set(known.keys()));
  const workshops = validateWorkshopContent(root, known, {}, teachingOf(content.chapters, content.glossary));
  const assessments = validateAssessmentContent(root, known);
  problems.push(...workshops.problems, ...assessments.problems, ...content.problems);
  return sortProblems(problems);
}

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
