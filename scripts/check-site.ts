/**
 * Checks a built site the way a visitor would meet it, and lists every problem at once:
 *   - every internal href/src resolves to a built file (under the base path) and every #fragment
 *     names an element on its page;
 *   - each page stays within the JS and CSS size budget of its type (scripts/quality/sizeBudgets.ts).
 * HTML validity is checked by html-validate (.htmlvalidate.json) in its own step of `npm test`.
 *
 *   node scripts/check-site.ts [--base /kam/] dist [dist-trainer …]
 */
import { existsSync } from 'node:fs';
import { builtPages } from './quality/builtSite.ts';
import { checkLinks, formatLinkProblem } from './quality/linkCheck.ts';
import { checkBudgets, formatBudgetProblem } from './quality/sizeBudgets.ts';

const args = process.argv.slice(2);
let base = '/';
const dirs: string[] = [];
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--base') base = args[++index] ?? '/';
  else dirs.push(args[index]!);
}
if (dirs.length === 0) dirs.push('dist');

let failed = false;
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`✗ ${dir}: no such folder; build the site first (npm run build)`);
    failed = true;
    continue;
  }
  const pages = builtPages(dir).length;
  const problems = [
    ...checkLinks(dir, base).map((problem) => formatLinkProblem(dir, problem)),
    ...checkBudgets(dir, base).map((problem) => formatBudgetProblem(dir, problem)),
  ];
  for (const line of problems) console.log(line);
  if (problems.length > 0) failed = true;
  const summary = `${dir}: ${pages} page${pages === 1 ? '' : 's'} under ${base}, ${problems.length} problem${problems.length === 1 ? '' : 's'} (links, size budgets)`;
  console.log(problems.length > 0 ? `✗ ${summary}` : `✓ ${summary}`);
}
process.exit(failed ? 1 : 0);
