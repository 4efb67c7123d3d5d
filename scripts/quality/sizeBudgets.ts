/**
 * Size budgets per page type, in gzip bytes, checked on every build by `npm test`: the script a
 * page runs before anything else (its modules and every module they import statically) and its
 * CSS. Code loaded later with `import()` (the search engine, the map builders and the map
 * renderer) is not budgeted: it never delays the first paint. Raise a budget only with a reason.
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
  // Slide mode: no header or search box, only the deck script (about 2.5 KB).
  '/chapters/*/*/': { js: 5 * KB, css: 10 * KB },
  // The whole workbook: the shell's search box and the print button; every chapter's CSS.
  '/book/': { js: 15 * KB, css: 12 * KB },
  // Maps come drawn; the frame script wires them (11.6 KB with the shell; 11.2 before it read the
  // shared map words and unpacked the panel text; a grid's SVG is drawn and loaded on download).
  '/accounts/*/': { js: 15 * KB, css: 12 * KB },
  // Worksheets (/worksheets/<kind>/<account|blank>/): 13.5 KB measured (15.4 in the trainer
  // edition, with the key comparison), 44.4 before stored data was checked without zod (issue
  // 13's target, 20 KB). zod, the schemas and their messages load only when a file is imported; a
  // blank sheet loads its own-account code beside its view (18.1 KB in all before it shows).
  '/worksheets/*/*/': { js: 20 * KB, css: 12 * KB },
  // The trainer's debrief reads files only: its reader loads when files are chosen (7.0 KB measured).
  '/worksheets/*/': { js: 10 * KB, css: 12 * KB },
  // My worksheets: lists what is stored, checked without zod (10.3 KB measured).
  '/worksheets/': { js: 12 * KB, css: 12 * KB },
  // 我的客户 (own accounts): the own-account store, checked without zod (17.0 KB measured; 16.6
  // before the sheets it merges older data into left out who has left, the presence rule).
  '/my-accounts/': { js: 18 * KB, css: 12 * KB },
  // A workshop's pre-/post-test, test debrief and facilitator mode: forms that keep answers and
  // write files like the worksheets, stored answers checked without zod, the debrief's file
  // reader loaded when files are chosen: 8.5, 5.6 and 5.6 KB measured (56.7 and 58.3 before; the
  // tests' 8.5 with the cohort's namespace and the move of older keys into it, 7.4 without).
  '/workshops/*/*/': { js: 10 * KB, css: 12 * KB },
  '/search/': { js: 30 * KB, css: 10 * KB },
  // The live analysis of an own account runs the analysis and the grids in the browser (26.1 KB
  // measured with every static import counted, with the manager selects that list people when
  // reached for; 25.4 without, 52.4 before stored data was checked without zod);
  // the map builders and renderer, zod and yaml for validation come later with import().
  '/my-accounts/*/': { js: 27 * KB, css: 12 * KB },
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
