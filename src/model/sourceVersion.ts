/**
 * What pages load from the sources (validated accounts, analyses, scenarios, questions) is kept
 * for the life of the process: a build reads each source once. Under `astro dev` a source can
 * change while the process lives; the dev server then calls `sourcesChanged()`, and every value
 * kept with `perSourceVersion` is loaded again on its next use. The counter lives on globalThis
 * because the dev server's plugin and the pages are separate module instances.
 */
const VERSION_KEY = Symbol.for('kam-workbook.sourceVersion');
type VersionStore = { [VERSION_KEY]?: number };

const currentVersion = (): number => (globalThis as VersionStore)[VERSION_KEY] ?? 0;

/** Says that a case file, agenda, question file or chapter changed on disk. */
export function sourcesChanged(): void {
  (globalThis as VersionStore)[VERSION_KEY] = currentVersion() + 1;
}

/** `load()` once per version of the sources: the same value until `sourcesChanged()`. */
export function perSourceVersion<T>(load: () => T): () => T {
  let kept: { version: number; value: T } | undefined;
  return () => {
    const version = currentVersion();
    if (kept?.version !== version) kept = { version, value: load() };
    return kept.value;
  };
}
