/**
 * Validates one case file's text: YAML syntax, then the schema and the cross-reference rules,
 * all problems together and located.
 */
import { accountSchema, type Account } from '../schemas/account.ts';
import { checkAccountRules } from './accountRules.ts';
import { validateDocument } from './document.ts';
import { say } from './messages.ts';
import type { Problem } from './problem.ts';

export interface AccountValidation {
  file: string;
  /** Present only when there is no error (warnings allowed). */
  account?: Account;
  /** The raw parsed data, so references into a file with errors still resolve. */
  data: unknown;
  problems: Problem[];
}

export function validateAccountText(file: string, text: string): AccountValidation {
  const { value, data, problems } = validateDocument({
    file,
    text,
    schema: accountSchema,
    expectation: { shape: 'mapping', description: say().expectAccount() },
    rules: checkAccountRules,
  });
  return { file, account: value, data, problems };
}
