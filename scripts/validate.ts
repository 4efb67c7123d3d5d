/**
 * npm run validate             checks every case file under accounts/
 * npm run validate -- a.yaml … checks the named files
 * Prints every problem as `file:line:column  field.path  message`; exits 1 on any error.
 */
import { resolve } from 'node:path';
import { findCaseFiles, validateFiles } from '../src/model/loadAccounts.ts';
import { formatProblem } from '../src/validation/problem.ts';

const root = process.cwd();
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = named.length > 0 ? named.map((file) => resolve(root, file)) : findCaseFiles(root);

const started = performance.now();
let result;
try {
  result = validateFiles(root, files);
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
