/**
 * Reads every case file under `accounts/`, validates them all, and either returns the accounts
 * or throws one error (`throwIfProblems`) that lists every problem in every file.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cached } from '../build/buildCache.ts';
import type { Account } from '../schemas/account.ts';
import { contentRoot } from './contentRoot.ts';
import { messageLocale } from '../validation/messages.ts';
import { perSourceVersion } from './sourceVersion.ts';
import { collectUnique, duplicateFileProblem, throwIfProblems, type Problem } from '../validation/problem.ts';
import { asEntries, asEntry, asString } from '../validation/rawData.ts';
import { validateAccountText, type AccountValidation } from '../validation/validateAccount.ts';
import { withoutYamlReadCache } from '../validation/yamlSource.ts';
import type { KnownAccount } from '../validation/workshopFiles.ts';

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
  /** Every account found, valid or not, with the ids inside it: what references may point at. */
  known: Map<string, KnownAccount>;
  problems: Problem[];
}

/**
 * One validation per file text (and message language) per process. A build validates the case
 * files in two config hooks and again when pages load them, each in its own module instance (so
 * the cache lives on globalThis); keying by the text keeps it exact when a file is edited under
 * `astro dev`. Across processes, the disk cache (src/build/buildCache.ts) keeps the result of
 * each file text, so a rebuild reads YAML only for the files that changed.
 */
const CACHE_KEY = Symbol.for('kam-workbook.caseFileValidations');
type ValidationCache = Map<string, { text: string; result: AccountValidation }>;
function validateCached(file: string, text: string): AccountValidation {
  const store = globalThis as { [CACHE_KEY]?: ValidationCache };
  const cache = (store[CACHE_KEY] ??= new Map());
  const key = `${messageLocale()} ${file}`;
  const hit = cache.get(key);
  if (hit?.text === text) return hit.result;
  // The entry keeps the reading too: the YAML read cache would store the same text a second time.
  const result = cached('kam-validation', [messageLocale(), file, text], () =>
    withoutYamlReadCache(() => validateAccountText(file, text)),
  );
  cache.set(key, { text, result });
  return result;
}

/** The ids a case file declares, read from its raw data (so a file with errors still counts). */
function knownAccount(result: AccountValidation): { id?: string; known: KnownAccount } {
  const data = asEntry(result.data);
  const ids = (list: unknown) => new Set(asEntries(list).flatMap((entry) => asString(entry.id) ?? []));
  if (result.data === undefined) return { known: {} };
  return { id: asString(data.id), known: { people: ids(data.people), team: ids(data.team) } };
}

/** A case file's id as its folder names it (`accounts/<id>/account.yaml`), for files that do not read. */
const folderId = (file: string) => /(?:^|\/)accounts\/([^/]+)\/account\.ya?ml$/.exec(file)?.[1];

export function validateFiles(root: string, files: readonly string[]): LoadResult {
  const problems: Problem[] = [];
  const known = new Map<string, KnownAccount>();
  const results = files.map((path) => {
    const file = relative(root, path) || path;
    const result = validateCached(file, readFileSync(path, 'utf8'));
    problems.push(...result.problems);
    const { id, known: ids } = knownAccount(result);
    const name = id ?? folderId(file);
    if (name !== undefined && !known.has(name)) known.set(name, ids);
    return result;
  });
  const valid = results.filter((result) => result.account);
  const { unique } = collectUnique(
    valid,
    (result) => result.account!.id,
    (result, first) =>
      problems.push(duplicateFileProblem(result.file, 'account', result.account!.id, valid[first]!.file)),
  );
  return { accounts: unique.map((result) => result.account!), known, problems };
}

const loadedFrom = perSourceVersion(() => new Map<string, Account[]>());

/** All accounts, validated once per version of the sources (pages call this many times during a build). */
export function loadAllAccounts(root = contentRoot()): Account[] {
  const loaded = loadedFrom();
  const kept = loaded.get(root);
  if (kept) return kept;
  const { accounts, problems } = validateFiles(root, findCaseFiles(root));
  throwIfProblems(problems);
  loaded.set(root, accounts);
  return accounts;
}
