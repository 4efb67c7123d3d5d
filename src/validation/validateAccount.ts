/**
 * Validates one case file's text: YAML syntax, then the schema and the cross-reference rules,
 * all problems together and located. Pure: no file system, so tests feed it strings.
 */
import { accountSchema, type Account } from '../schemas/account.ts';
import { checkAccountRules } from './accountRules.ts';
import { formatFieldPath, sortProblems, type Problem } from './problem.ts';
import { schemaProblems } from './schemaProblems.ts';
import { readYamlSource } from './yamlSource.ts';

export interface AccountValidation {
  file: string;
  /** Present only when there is no error (warnings allowed). */
  account?: Account;
  problems: Problem[];
}

export function validateAccountText(file: string, text: string): AccountValidation {
  const source = readYamlSource(file, text);
  const problems = [...source.problems];
  if (problems.some((problem) => problem.severity === 'error')) return { file, problems: sortProblems(problems) };

  const parsed = accountSchema.safeParse(source.data);
  if (!parsed.success) problems.push(...schemaProblems(source, accountSchema, parsed.error.issues));
  for (const rule of checkAccountRules(source.data)) {
    problems.push({
      file,
      ...source.locate(rule.path),
      path: formatFieldPath(rule.path),
      message: rule.message,
      severity: rule.severity ?? 'error',
    });
  }
  const ok = parsed.success && !problems.some((problem) => problem.severity === 'error');
  return { file, account: ok ? parsed.data : undefined, problems: sortProblems(problems) };
}
