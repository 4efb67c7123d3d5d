/**
 * Reads the chapters and the glossary and checks them with located messages (sourceProblems.ts
 * reports them when a build or the dev server starts, before Astro's own collection errors, which
 * name no line, can appear).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHAPTERS_DIR, GLOSSARY_FILE } from '../model/contentRoot.ts';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { checkContent, type ContentFile, type ContentResult } from '../validation/contentFiles.ts';

/** `accountIds`: the accounts' ids when the caller has validated the case files already. */
export function readContent(root: string, accountIds?: ReadonlySet<string>): ContentResult {
  const read = (file: string): ContentFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
  const chapters = readdirSync(join(root, CHAPTERS_DIR))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => read(`${CHAPTERS_DIR}/${name}`));
  const ids = accountIds ?? new Set(validateFiles(root, findCaseFiles(root)).known.keys());
  return checkContent({ chapters, glossary: read(GLOSSARY_FILE), accountIds: ids });
}
