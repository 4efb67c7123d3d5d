/**
 * Fails `astro dev` and `astro build` with the same located messages as `npm run validate`,
 * before any page is rendered, instead of a stack trace from deep inside a page.
 */
import type { AstroIntegration } from 'astro';
import { validateAssessmentContent } from '../assessment/load.ts';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { formatProblem, throwIfProblems } from '../validation/problem.ts';
import { validateWorkshopContent } from '../workshops/load.ts';

export function caseFileValidation(): AstroIntegration {
  return {
    name: 'kam-workbook:case-file-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { known, problems } = validateFiles(root, findCaseFiles(root));
        problems.push(...validateWorkshopContent(root, known).problems);
        problems.push(...validateAssessmentContent(root, known).problems);
        for (const problem of problems) {
          if (problem.severity === 'warning') logger.warn(formatProblem(problem));
        }
        throwIfProblems(problems);
      },
    },
  };
}
