/**
 * npm run validate             checks every case file, scenario and workshop agenda
 * npm run validate -- a.yaml … checks the named files
 * Prints every problem as `file:line:column  field.path  message`; exits 1 on any error.
 */
import { resolve } from 'node:path';
import { findCaseFiles, validateFiles } from '../src/model/loadAccounts.ts';
import { formatProblem } from '../src/validation/problem.ts';
import { findScenarioFiles, findWorkshopFiles, validateWorkshopContent } from '../src/workshops/load.ts';

const root = process.cwd();
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const all = named.length === 0;
const paths = named.map((file) => resolve(root, file));
const isScenario = (path: string) => /[/\\]scenarios[/\\][^/\\]+\.ya?ml$/.test(path);
const isWorkshop = (path: string) => /[/\\]content[/\\]workshops[/\\][^/\\]+\.ya?ml$/.test(path);
const scenarioFiles = all ? findScenarioFiles(root) : paths.filter(isScenario);
const workshopFiles = all ? findWorkshopFiles(root) : paths.filter(isWorkshop);
const caseFiles = all ? findCaseFiles(root) : paths.filter((path) => !isScenario(path) && !isWorkshop(path));
const files = [...caseFiles, ...scenarioFiles, ...workshopFiles];

const started = performance.now();
let result;
try {
  result = validateFiles(root, caseFiles);
  if (scenarioFiles.length + workshopFiles.length > 0) {
    // Scenarios and agendas refer to accounts: check them against every case file.
    const accounts = all ? result.accounts : validateFiles(root, findCaseFiles(root)).accounts;
    const content = validateWorkshopContent(root, accounts, { scenarios: scenarioFiles, workshops: workshopFiles });
    result.problems.push(...content.problems);
  }
} catch (error) {
  console.error(`validate: ${(error as Error).message}`);
  process.exit(1);
}
const elapsed = performance.now() - started;

for (const problem of result.problems) console.log(formatProblem(problem));
const errors = result.problems.filter((problem) => problem.severity === 'error').length;
const warnings = result.problems.length - errors;
const summary = `${files.length} file${files.length === 1 ? '' : 's'} checked in ${elapsed.toFixed(0)} ms: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
console.log(errors > 0 ? `\n✗ ${summary}` : `✓ ${summary}`);
process.exit(errors > 0 ? 1 : 0);
