/**
 * Reads every case file under `accounts/`, validates them all, and either returns the accounts
 * or throws one error that lists every problem in every file.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Account } from '../schemas/account.ts';
import { formatProblem, type Problem } from '../validation/problem.ts';
import { validateAccountText } from '../validation/validateAccount.ts';

export const ACCOUNTS_DIR = 'accounts';

/** Case files: `accounts/<name>.yaml`, or `accounts/<name>/account.yaml` beside its scenarios. */
export function findCaseFiles(root: string): string[] {
  const dir = join(root, ACCOUNTS_DIR);
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const candidate of ['account.yaml', 'account.yml']) {
        try {
          if (statSync(join(path, candidate)).isFile()) files.push(join(path, candidate));
        } catch {
          // no case file in this folder
        }
      }
    } else if (/\.ya?ml$/.test(name)) {
      files.push(path);
    }
  }
  return files;
}

export interface LoadResult {
  accounts: Account[];
  problems: Problem[];
}

/**
 * One validation per file text per process. A build validates the case files in two config
 * hooks and again when pages load them, each in its own module instance (so the cache lives on
 * globalThis); keying by the text keeps it exact when a file is edited under `astro dev`.
 */
const CACHE_KEY = Symbol.for('kam-workbook.caseFileValidations');
type ValidationCache = Map<string, { text: string; result: ReturnType<typeof validateAccountText> }>;
function validateCached(file: string, text: string) {
  const store = globalThis as { [CACHE_KEY]?: ValidationCache };
  const cache = (store[CACHE_KEY] ??= new Map());
  const hit = cache.get(file);
  if (hit?.text === text) return hit.result;
  const result = validateAccountText(file, text);
  cache.set(file, { text, result });
  return result;
}

export function validateFiles(root: string, files: readonly string[]): LoadResult {
  const accounts: Account[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const path of files) {
    const file = relative(root, path) || path;
    const result = validateCached(file, readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    if (!result.account) continue;
    const other = seen.get(result.account.id);
    if (other) {
      problems.push({
        file,
        line: 1,
        column: 1,
        path: 'id',
        severity: 'error',
        message: `account id "${result.account.id}" is already used by ${other}`,
      });
      continue;
    }
    seen.set(result.account.id, file);
    accounts.push(result.account);
  }
  return { accounts, problems };
}

export class CaseFileError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the case files:\n${errors.map(formatProblem).join('\n')}`,
    );
    this.name = 'CaseFileError';
    this.problems = problems;
  }
}

let cache: { root: string; accounts: Account[] } | undefined;

/** All accounts, validated once per process (pages call this many times during a build). */
export function loadAllAccounts(root = process.cwd()): Account[] {
  if (cache?.root === root) return cache.accounts;
  const { accounts, problems } = validateFiles(root, findCaseFiles(root));
  if (problems.some((problem) => problem.severity === 'error')) throw new CaseFileError(problems);
  cache = { root, accounts };
  return accounts;
}
