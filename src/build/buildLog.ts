/**
 * Bundler messages that tell nobody anything they could act on, kept out of the build output so
 * the messages that matter (a case file's problems, the publish gate) stand out.
 */

/** What rolldown passes to `onLog`: only the fields we read. */
export interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * Astro marks each content entry that carries styles with the directive
 * "use astro:head-inject" and reads it itself before bundling; rolldown then warns, once per
 * chapter, that it may not keep the directive. Astro no longer needs it at that point.
 */
export function isHarmlessBundlerLog(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject');
}

/**
 * Vite warns of chunks above 500 kB. Ours above that is the map renderer's ELK layout engine
 * (about 1.5 MB), which a page loads with `import()` only when a reader changes a map;
 * what a page loads up front is held to the budgets of scripts/quality/sizeBudgets.ts instead.
 */
export const CHUNK_SIZE_WARNING_KB = 2048;
