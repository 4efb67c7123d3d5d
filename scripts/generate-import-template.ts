/**
 * npm run template: writes templates/account-import.xlsx (and its English twin) from the
 * column definitions in src/spreadsheet/columns.ts, so the template never falls out of step
 * with what the import reads. Run it after changing a column; commit the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { IMPORT_TEMPLATE_FILES } from '../src/spreadsheet/template.ts';
import { templateSheets } from '../src/spreadsheet/exportSheets.ts';
import { writeXlsx } from '../src/spreadsheet/workbook.ts';
import { setMessageLocale } from '../src/validation/messages.ts';

mkdirSync('templates', { recursive: true });
for (const [locale, file] of Object.entries(IMPORT_TEMPLATE_FILES)) {
  setMessageLocale(locale as keyof typeof IMPORT_TEMPLATE_FILES);
  writeFileSync(file, writeXlsx(templateSheets()));
  console.log(file);
}
