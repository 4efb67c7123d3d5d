/**
 * npm run export -- <id> --format xlsx|csv [--out <folder>] [--lang en]
 * Writes an account's people, units, relations and team as a spreadsheet the import reads back
 * unchanged: <id>.xlsx, or one CSV per sheet (<id>.people.csv …), into exports/ by default.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findCaseFiles, validateFiles } from '../src/model/loadAccounts.ts';
import { SHEETS } from '../src/spreadsheet/columns.ts';
import { accountSheets } from '../src/spreadsheet/exportSheets.ts';
import { writeCsv, writeXlsx } from '../src/spreadsheet/workbook.ts';
import { say } from '../src/validation/messages.ts';
import { didYouMean, formatProblem } from '../src/validation/problem.ts';
import { takeLangOption } from './cliLang.ts';

const args = takeLangOption(process.argv.slice(2), 'export');
const { values, positionals } = parseArgs({
  args,
  allowPositionals: true,
  options: { format: { type: 'string', default: 'xlsx' }, out: { type: 'string', default: 'exports' } },
});
const id = positionals[0];
if (id === undefined || positionals.length > 1 || !['xlsx', 'csv'].includes(values.format)) {
  console.error(say().exportUsage());
  process.exit(2);
}
const root = process.cwd();
const { accounts, problems, known } = validateFiles(root, findCaseFiles(root));
const account = accounts.find((candidate) => candidate.id === id);
if (!account) {
  for (const problem of problems.filter((p) => p.severity === 'error' && p.file.includes(`/${id}/`))) {
    console.error(formatProblem(problem));
  }
  console.error(say().exportUnknown({ id, hint: known.has(id) ? '' : didYouMean(id, known.keys()) }));
  process.exit(1);
}
mkdirSync(values.out, { recursive: true });
const sheets = accountSheets(account);
const written: string[] = [];
if (values.format === 'xlsx') {
  const file = join(values.out, `${id}.xlsx`);
  writeFileSync(file, writeXlsx(sheets));
  written.push(file);
} else {
  sheets.forEach((sheet, index) => {
    const file = join(values.out, `${id}.${SHEETS[index]!.kind}.csv`);
    writeFileSync(file, writeCsv(sheet.rows));
    written.push(file);
  });
}
console.log(say().exported({ paths: written }));
