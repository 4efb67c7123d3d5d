/**
 * A disk cache for work a build repeats on unchanged input (validating a case file), in
 * `node_modules/.cache/kam-build/` beside Astro's own cache, so `rm -rf node_modules` clears it.
 * Each cache keeps its entries in a generation folder named after the cache and the code it
 * depends on (`<name>-<fingerprint>`): a change of that code starts a new folder, and the build
 * removes the folders no build has used for an hour (cachePruning.ts).
 *
 * An entry is found by a key that holds everything the result depends on: the input itself and
 * the fingerprint of the code that computes it (every TypeScript file under `src/` and the
 * lock file, so any change of our code or of a package computes everything afresh). Values are
 * stored with `v8.serialize`, which keeps `undefined`, dates and shared references as they were.
 * `BUILD_CACHE=0` turns the cache off; an entry that does not read is simply computed again, and
 * a read-only checkout still works, only without the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { useYamlReadCache } from '../validation/yamlSource.ts';

const ROOT = process.cwd();
/** Where every build cache's generation folders are. */
export const BUILD_CACHE_ROOT = join(ROOT, 'node_modules', '.cache', 'kam-build');
/**
 * Kept on globalThis: the config's hooks and the pages are separate module instances of this
 * file in one build process, and each would otherwise read and hash every source file again.
 */
const FINGERPRINT_KEY = Symbol.for('kam-workbook.codeFingerprint');
type FingerprintHolder = { [FINGERPRINT_KEY]?: string };

/** Our source code and the installed packages, as one digest (read once per process). */
export function codeFingerprint(): string {
  const holder = globalThis as FingerprintHolder;
  return (holder[FINGERPRINT_KEY] ??= digestOfCode());
}

function digestOfCode(): string {
  const hash = createHash('sha256');
  try {
    const src = join(ROOT, 'src');
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
      if (file.endsWith('.ts'))
        hash
          .update(file)
          .update('\0')
          .update(readFileSync(join(src, file)));
    }
    hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  } catch {
    // Not run from the project folder: no fingerprint, so nothing is cached (see `cached`).
    return '';
  }
  return hash.digest('hex');
}

const generationsInUse = new Set<string>();

/**
 * The folder of cache `name` for code of this `fingerprint`, under `root`. Its time is set to now
 * once per process, so pruning sees which generations builds still use (a build that only reads
 * its entries writes nothing into the folder).
 */
export function generationDir(root: string, name: string, fingerprint: string): string {
  const dir = join(root, `${name}-${fingerprint.slice(0, 16)}`);
  if (!generationsInUse.has(dir)) {
    generationsInUse.add(dir);
    markUsed(dir);
  }
  return dir;
}

/** Sets a cache entry's (or folder's) time to now: what pruning goes by. */
export function markUsed(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // Not there yet (written later, which sets its time too), or a read-only checkout.
  }
}

/** Where the value for `key` is kept, or undefined when nothing is (BUILD_CACHE=0, no fingerprint). */
function entryFile(name: string, key: readonly string[]): string | undefined {
  const code = codeFingerprint();
  if (process.env.BUILD_CACHE === '0' || code === '') return undefined;
  const digest = createHash('sha256').update(code);
  for (const part of key) digest.update('\0').update(part);
  return join(generationDir(BUILD_CACHE_ROOT, name, code), `${digest.digest('hex').slice(0, 40)}.bin`);
}

function readEntry<T>(file: string | undefined): { value: T } | undefined {
  if (file === undefined) return undefined;
  let value: T;
  try {
    value = deserialize(readFileSync(file)) as T;
  } catch {
    return undefined; // Not stored yet, or not readable: computed again.
  }
  markUsed(file);
  return { value };
}

function writeEntry(file: string | undefined, value: unknown): void {
  if (file === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, serialize(value));
    renameSync(partial, file);
  } catch {
    // A read-only checkout still builds, only without the cache.
  }
}

/**
 * `compute()`'s value for `key` (strings the result depends on besides our code), from the disk
 * cache `name` when an earlier process stored it, else computed and stored.
 */
export function cached<T>(name: string, key: readonly string[], compute: () => T): T {
  const file = entryFile(name, key);
  const found = readEntry<T>(file);
  if (found) return found.value;
  const value = compute();
  writeEntry(file, value);
  return value;
}

/** The value an earlier process stored for `key` in the cache `name`, if any (nothing is computed). */
export function findCached<T>(name: string, key: readonly string[]): T | undefined {
  return readEntry<T>(entryFile(name, key))?.value;
}

/**
 * From now on in this process, every YAML source (case files, scenarios, agendas, questions,
 * chapter frontmatter, the glossary) is read from this cache when its text was read before.
 */
export function cacheYamlReads(): void {
  useYamlReadCache((key, compute) => cached('kam-yaml', key, compute));
}
