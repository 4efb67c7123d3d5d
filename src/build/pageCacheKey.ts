/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are the same as in the previous build is not rendered again, its HTML is kept. A key
 * must therefore change whenever anything the page shows changes, apart from the page's own
 * code (Astro hashes that itself):
 *
 * - the edition and the UI language (environment variables, not part of Astro's config hash);
 * - everything under the content root's `content/` folder (every page's sidebar lists the
 *   chapters; chapters, glossary, workshops and quizzes are read by many pages);
 * - for a page of one account, that account as the edition filtered it, and the date its
 *   analysis speaks from (which falls back to the build date when a case has no date at all);
 * - for a chapter (its page, its slides, the book), every account its sources cite, each as
 *   above, or absent when the edition leaves it out. A chapter shows an account only where its
 *   sources name one: a component's `account="<id>"` in the MDX, the frontmatter's `account:`
 *   and the `account:` of a case question in its self-check (`content/quizzes/<chapter>.yaml`).
 *   A chapter naming an account any other way (`account={…}`) counts as citing them all.
 *
 * Editing one case file thus rebuilds that account's pages and the chapters that cite it only;
 * editing anything under `content/` rebuilds all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of every file under `dir`, names and contents, in a stable order ('' when absent). */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return '';
  }
  for (const entry of entries) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, entry));
    } catch {
      continue; // a folder
    }
    hash.update(entry).update('\0').update(bytes).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The accounts that source texts (MDX or YAML) cite with `account="<id>"` or `account: <id>`, in
 * order of first mention; `'all'` when an `account` prop is an expression, whose value only
 * rendering would tell.
 */
export function citedAccountIds(texts: readonly string[]): string[] | 'all' {
  const ids = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/\baccount\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|(\{)|([\w-]+))/g)) {
      if (match[3]) return 'all';
      ids.add((match[1] ?? match[2] ?? match[4])!);
    }
  }
  return [...ids];
}

/** One key from everything a page depends on besides its code; JSON keeps `undefined` out. */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
