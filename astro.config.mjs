// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { caseFileValidation } from './src/build/caseFileValidation.ts';
import { contentValidation } from './src/build/contentValidation.ts';
import { EDITION_OUT_DIRS, editionFromEnv } from './src/model/edition.ts';
import { publishGate } from './src/build/publishGate.ts';

/** Which readers the build is for: trainee (default), trainer or public. */
const edition = editionFromEnv(process.env.EDITION);

export default defineConfig({
  // Publish under a sub-path (e.g. BASE_PATH=/kam/) when the site does not own its host.
  base: process.env.BASE_PATH || '/',
  outDir: `./${EDITION_OUT_DIRS[edition]}`,
  trailingSlash: 'always',
  integrations: [caseFileValidation(), contentValidation(), publishGate(edition), mdx()],
  devToolbar: { enabled: false },
});
