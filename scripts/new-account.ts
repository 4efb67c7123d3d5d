/**
 * npm run new:account -- <id>
 * Writes accounts/<id>/account.yaml: every section present and commented in Chinese, with
 * placeholders that pass `npm run validate` at once. Refuses a bad id or one already used.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountIdProblem, scaffoldText } from '../src/spreadsheet/scaffold.ts';
import { say } from '../src/validation/messages.ts';
import { idHint } from '../src/validation/valueHints.ts';
import { takeLangOption } from './cliLang.ts';

const args = takeLangOption(process.argv.slice(2), 'new:account');
const id = args[0];
if (id === undefined || args.length > 1) {
  console.error(say().newAccountUsage());
  process.exit(2);
}
if (accountIdProblem(id)) {
  console.error(say().newAccountBadId({ id }) + (idHint(id) ? say().newAccountHasHan() : ''));
  process.exit(1);
}
const file = join('accounts', id, 'account.yaml');
const taken = ['account.yaml', 'account.yml'].some((name) => existsSync(join('accounts', id, name)));
if (taken || existsSync(join('accounts', `${id}.yaml`))) {
  console.error(say().newAccountExists({ file }));
  process.exit(1);
}
mkdirSync(join('accounts', id), { recursive: true });
writeFileSync(file, scaffoldText({ id, today: new Date().toISOString().slice(0, 10), examples: true }));
console.log(say().newAccountCreated({ file }));
