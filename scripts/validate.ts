/**
 * npm run validate             checks every case file, scenario, workshop agenda, chapter
 *                              self-check and workshop test
 * npm run validate -- a.yaml … checks the named files
 * npm run validate -- --lang en  messages in English (default zh-CN, or UI_LOCALE)
 * Prints every problem as `file:line:column  field.path  message`; exits 1 on any error.
 */
import { resolve } from 'node:path';
import {
  findSelfCheckFiles,
  findWorkshopTestFiles,
  isSelfCheckFile,
  isWorkshopTestFile,
  validateAssessmentContent,
} from '../src/assessment/load.ts';
import { contentRoot } from '../src/model/contentRoot.ts';
import { findCaseFiles, validateFiles } from '../src/model/loadAccounts.ts';
import { MESSAGE_LOCALES, say, setMessageLocale, type MessageLocale } from '../src/validation/messages.ts';
import { formatProblem } from '../src/validation/problem.ts';
import { readYamlQuickly } from '../src/validation/plainYaml.ts';
import { findScenarioFiles, findWorkshopFiles, validateWorkshopContent } from '../src/workshops/load.ts';

readYamlQuickly();
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
if (langAt >= 0) {
  if (!MESSAGE_LOCALES.includes(lang as MessageLocale)) {
    console.error(`validate: --lang ${lang ?? ''}: ${MESSAGE_LOCALES.join(' | ')}`);
    process.exit(1);
  }
  setMessageLocale(lang as MessageLocale);
}

const root = contentRoot();
const named = args.filter((arg, index) => !arg.startsWith('-') && !(langAt >= 0 && index === langAt + 1));
const all = named.length === 0;
const paths = named.map((file) => resolve(file));
const isScenario = (path: string) => /[/\\]scenarios[/\\][^/\\]+\.ya?ml$/.test(path);
const isWorkshop = (path: string) => /[/\\]content[/\\]workshops[/\\][^/\\]+\.ya?ml$/.test(path);
const scenarioFiles = all ? findScenarioFiles(root) : paths.filter(isScenario);
const workshopFiles = all ? findWorkshopFiles(root) : paths.filter(isWorkshop);
const selfCheckFiles = all ? findSelfCheckFiles(root) : paths.filter(isSelfCheckFile);
const workshopTestFiles = all ? findWorkshopTestFiles(root) : paths.filter(isWorkshopTestFile);
const isQuestionFile = (path: string) => isSelfCheckFile(path) || isWorkshopTestFile(path);
const caseFiles = all
  ? findCaseFiles(root)
  : paths.filter((path) => !isScenario(path) && !isWorkshop(path) && !isQuestionFile(path));
const files = [...caseFiles, ...scenarioFiles, ...workshopFiles, ...selfCheckFiles, ...workshopTestFiles];

const started = performance.now();
let result;
try {
  result = validateFiles(root, caseFiles);
  if (scenarioFiles.length + workshopFiles.length > 0) {
    // Scenarios and agendas refer to accounts: check them against every case file.
    const known = all ? result.known : validateFiles(root, findCaseFiles(root)).known;
    const content = validateWorkshopContent(root, known, { scenarios: scenarioFiles, workshops: workshopFiles });
    result.problems.push(...content.problems);
  }
  if (selfCheckFiles.length + workshopTestFiles.length > 0) {
    // Case questions refer to accounts and people: check them against every case file.
    const known = all ? result.known : validateFiles(root, findCaseFiles(root)).known;
    const questions = validateAssessmentContent(root, known, {
      selfChecks: selfCheckFiles,
      workshopTests: workshopTestFiles,
    });
    result.problems.push(...questions.problems);
  }
} catch (error) {
  console.error(`validate: ${say().cannotRead({ reason: (error as Error).message })}`);
  process.exit(1);
}
const elapsed = performance.now() - started;

for (const problem of result.problems) console.log(formatProblem(problem));
const errors = result.problems.filter((problem) => problem.severity === 'error').length;
const warnings = result.problems.length - errors;
const summary = say().summary({ files: files.length, ms: elapsed.toFixed(0), errors, warnings });
console.log(errors > 0 ? `\n✗ ${summary}` : `✓ ${summary}`);
process.exit(errors > 0 ? 1 : 0);
