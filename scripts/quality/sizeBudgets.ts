/**
 * Size budgets per page type, in gzip bytes, checked on every build by `npm test`. Today every
 * page ships the site shell's search box (about 11 KB of JavaScript) and 2.5 KB of CSS (see
 * `npm run bench`); the budgets leave room for the maps and worksheet scripts. Code loaded later
 * with `import()` (the map renderer) is not budgeted: it never delays the first paint. Raise a budget only
 * with a reason.
 */
import { builtPages } from './builtSite.ts';
import { pageWeight, type PageWeight } from './pageWeight.ts';

export interface Budget {
  js: number;
  css: number;
}

const KB = 1024;

export const DEFAULT_BUDGET: Budget = { js: 15 * KB, css: 10 * KB };

/** By page type route (see builtSite.ts); other types get DEFAULT_BUDGET. */
export const SIZE_BUDGETS: Record<string, Budget> = {
  '/': { js: 15 * KB, css: 10 * KB },
  '/chapters/*/': { js: 15 * KB, css: 10 * KB },
  // Slide mode: no header or search box, only the deck script (about 2 KB).
  '/chapters/*/*/': { js: 5 * KB, css: 10 * KB },
  // The whole workbook: the shell's search box and the print button; every chapter's CSS.
  '/book/': { js: 15 * KB, css: 12 * KB },
  '/accounts/*/': { js: 25 * KB, css: 12 * KB },
  '/worksheets/*/': { js: 25 * KB, css: 12 * KB },
  // A workshop's pre-/post-test, test debrief and facilitator mode: interactive forms that read
  // and write files like the worksheets (the answer-file check brings the shared schema code).
  '/workshops/*/*/': { js: 25 * KB, css: 12 * KB },
  '/search/': { js: 30 * KB, css: 10 * KB },
  // The live analysis of an own account runs the analysis, the map builders and the grids in the
  // browser (about 21 KB); zod and yaml for validation come later with import().
  '/my-accounts/*/': { js: 30 * KB, css: 12 * KB },
};

export interface BudgetProblem {
  file: string;
  kind: keyof Budget;
  found: number;
  budget: number;
}

export function budgetFor(type: string): Budget {
  return SIZE_BUDGETS[type] ?? DEFAULT_BUDGET;
}

/** Every page over its budget (not one per type: pages of a type can differ). */
export function checkBudgets(dir: string, base = '/', weigh = pageWeight): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  for (const page of builtPages(dir)) {
    const weight: PageWeight = weigh(dir, page.file, base);
    const budget = budgetFor(page.type);
    for (const kind of ['js', 'css'] as const) {
      if (weight[kind] > budget[kind])
        problems.push({ file: page.file, kind, found: weight[kind], budget: budget[kind] });
    }
  }
  return problems;
}

export const formatBytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function formatBudgetProblem(dir: string, problem: BudgetProblem): string {
  return `${dir}/${problem.file}  ${problem.kind.toUpperCase()} (gzip)  expected at most ${formatBytes(problem.budget)}; found ${formatBytes(problem.found)}`;
}
