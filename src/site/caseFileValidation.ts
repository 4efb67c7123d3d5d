/**
 * Fails `astro dev` and `astro build` with the same located messages as `npm run validate`,
 * before any page is rendered, instead of a stack trace from deep inside a page.
 */
import type { AstroIntegration } from 'astro';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { formatProblem } from '../validation/problem.ts';
import { validateWorkshopContent } from '../workshops/load.ts';

export function caseFileValidation(): AstroIntegration {
  return {
    name: 'kam-workbook:case-file-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { accounts, problems } = validateFiles(root, findCaseFiles(root));
        problems.push(...validateWorkshopContent(root, accounts).problems);
        for (const problem of problems) {
          if (problem.severity === 'warning') logger.warn(formatProblem(problem));
        }
        const errors = problems.filter((problem) => problem.severity === 'error');
        if (errors.length > 0) {
          throw new Error(
            `${errors.length} problem${errors.length === 1 ? '' : 's'} in the case files (run npm run validate):\n${errors.map(formatProblem).join('\n')}`,
          );
        }
      },
    },
  };
}
