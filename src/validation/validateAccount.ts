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

/**
 * A case file the program wrote itself (an import): its data is checked as it is, and the text is
 * read again with a source map, to locate the errors, only when there is one (reading 1,000
 * people's YAML back was a third of an import). Same schema and rules as validateAccountText, so
 * the same verdict; `text` must be the YAML of `data`. Without errors, warnings are not listed:
 * the trainer's next step, `npm run validate`, shows them in place.
 */
export function validateWrittenAccount(file: string, text: string, data: unknown): AccountValidation {
  const parsed = accountSchema.safeParse(data);
  if (parsed.success && !checkAccountRules(data).some((problem) => problem.severity !== 'warning'))
    return { file, account: parsed.data, data, problems: [] };
  return validateAccountText(file, text);
}
