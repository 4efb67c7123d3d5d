// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { stripTypesWithOxc } from './src/build/typeStripping.mjs';

// Before the first TypeScript module is imported (so these imports are dynamic): see typeStripping.mjs.
await stripTypesWithOxc(new URL('./src/', import.meta.url).href);
const { sourceValidation } = await import('./src/build/sourceValidation.ts');
const { EDITION_OUT_DIRS, editionFromEnv } = await import('./src/model/edition.ts');
const { publishGate } = await import('./src/build/publishGate.ts');
const { keptOutput } = await import('./src/build/keptOutput.ts');
const { isHarmlessBundlerLog } = await import('./src/build/buildLog.ts');
const { cachePruning } = await import('./src/build/cachePruning.ts');

/** Which readers the build is for: trainee (default), trainer or public. */
const edition = editionFromEnv(process.env.EDITION);

export default defineConfig({
  // Publish under a sub-path (e.g. BASE_PATH=/kam/) when the site does not own its host.
  base: process.env.BASE_PATH || '/',
  outDir: `./${EDITION_OUT_DIRS[edition]}`,
  trailingSlash: 'always',
  integrations: [sourceValidation(), keptOutput(), publishGate(edition), cachePruning(), mdx()],
  devToolbar: { enabled: false },
  // A rebuild keeps each page whose code and cacheKey (src/build/pageCacheKey.ts) are unchanged:
  // after one case file is edited, only that account's pages and the chapters citing it are
  // rendered again; kept pages stay in the output folder (src/build/keptOutput.ts).
  experimental: { incrementalBuild: true },
  // Pages render a few at a time, so on a large site the main thread renders one while the map
  // workers (src/build/mapLayoutPool.ts) lay out another's maps; with every map in the main thread
  // (a small site) one page at a time was still slower (three pairs, 1× bench site).
  build: { concurrency: 4 },
  vite: {
    // The content config (src/content.config.ts) is loaded through Vite's `astro` environment,
    // which would transform Astro's loaders and everything they import (about 50 modules: the
    // glob loader, runtime assets, image-size) on every build and sync. Node loads them as they
    // are: a cold `astro sync` of the bench corpus spends about 0.3 s less CPU time.
    environments: { astro: { resolve: { external: ['astro/loaders', 'astro/content/config'] } } },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (!isHarmlessBundlerLog(log)) handler(level, log);
        },
      },
    },
  },
});
