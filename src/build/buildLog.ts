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
