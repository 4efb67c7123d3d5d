/**
 * npm run import -- <file.xlsx|file.csv …> [--id <id>] [--into accounts/<id>/account.yaml] [--lang en]
 * Reads people (and optionally units, relations and our team) from spreadsheets into a case file:
 * a new accounts/<id>/account.yaml, or merged into an existing one. Every bad cell is listed at
 * once as file!sheet:row:column; nothing is written until the whole spreadsheet is clean.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importSpreadsheet } from '../src/spreadsheet/importAccount.ts';
import { accountIdProblem } from '../src/spreadsheet/scaffold.ts';
import { isCsv, isXlsx } from '../src/spreadsheet/workbook.ts';
import { say } from '../src/validation/messages.ts';
import { hasErrors } from '../src/validation/problem.ts';
import { readYamlQuickly } from '../src/validation/plainYaml.ts';
import { validateAccountText } from '../src/validation/validateAccount.ts';
import { takeLangOption } from './cliLang.ts';

readYamlQuickly();
const args = takeLangOption(process.argv.slice(2), 'import');
const { values, positionals } = parseArgs({
  args,
  allowPositionals: true,
  options: { id: { type: 'string' }, into: { type: 'string' } },
});
function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}
if (positionals.length === 0) stop(say().importUsage(), 2);
for (const file of positionals) {
  if (!isCsv(file) && !isXlsx(file)) stop(`${file}  ${say().unsupportedFile()}`);
  if (!existsSync(file)) stop(`${file}  ${say().unreadableFile({ reason: 'ENOENT' })}`);
}

let target: string;
let existing: string | undefined;
if (values.into !== undefined) {
  target = values.into;
  if (!existsSync(target)) stop(say().importIntoMissing({ file: target }));
  existing = readFileSync(target, 'utf8');
  if (hasErrors(validateAccountText(target, existing).problems)) stop(say().importIntoBroken({ file: target }));
} else {
  if (values.id === undefined) stop(say().importNeedsId(), 2);
  if (accountIdProblem(values.id)) stop(say().newAccountBadId({ id: values.id }));
  target = join('accounts', values.id, 'account.yaml');
  if (existsSync(target)) stop(say().importExists({ file: target }));
}

const result = importSpreadsheet({
  files: positionals.map((file) => ({ file, bytes: new Uint8Array(readFileSync(file)) })),
  target,
  ...(existing === undefined ? {} : { existing }),
  ...(values.id === undefined ? {} : { id: values.id }),
  today: new Date().toISOString().slice(0, 10),
});
for (const note of result.notes) console.log(note);
for (const line of result.lines) console.log(line);
if (result.text === undefined) stop(`\n✗ ${say().nothingWritten({ count: result.errors })}`);
if (result.changed || existing === undefined) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, result.text);
  const counts = result.counts ?? { added: 0, updated: 0, relations: 0, members: 0 };
  console.log(`✓ ${say().imported({ file: target, ...counts })}`);
} else {
  console.log(`✓ ${say().unchanged({ file: target })}`);
}
if (result.warnings > 0) console.log(say().warningsOnly({ count: result.warnings }));
