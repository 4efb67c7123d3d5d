import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/build/chromium.ts';

// E2E_PORT_BASE lets several checkouts run their suites side by side.
const TRAINEE_PORT = Number(process.env.E2E_PORT_BASE ?? 4610);
const TRAINER_PORT = TRAINEE_PORT + 1;
const FIXTURE_PORT = TRAINEE_PORT + 2;
const SUBPATH_PORT = TRAINEE_PORT + 3;
/** The small fixture site (tests/fixtures/site, trainer edition) that the machinery specs run on. */
const FIXTURE_DIST = 'tmp/dist-fixture';
/** The same site built under BASE_PATH=/kam/, served under /kam/ as a sub-path host does. */
const SUBPATH_DIST = 'tmp/dist-fixture-kam';
const SUBPATH = '/kam/';
const serve = (dir: string, port: number, base = '/') => ({
  command: `node scripts/serve.ts ${dir} ${port} ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

/**
 * Runs against the built editions (`npm run build && npm run build:trainer`) and the fixture
 * site (`KAM_CONTENT_ROOT=tests/fixtures/site EDITION=trainer npx astro build --outDir
 * tmp/dist-fixture`, and again with BASE_PATH=/kam/ into tmp/dist-fixture-kam; `npm test`
 * builds them all). `*.fixture.spec.ts` test machinery (shell, chapters, self-checks, agendas,
 * maps, opportunities, worksheets, own accounts, search box, slides, timers, print, dev server) on
 * the fixture's two small accounts, two chapters and one agenda; `*.subpath.spec.ts` the same
 * site under a sub-path; the other specs check the sample content trainers edit.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'trainee',
      testIgnore: /\.(trainer|fixture|subpath)\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${TRAINEE_PORT}` },
    },
    {
      name: 'trainer',
      testMatch: /\.trainer\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${TRAINER_PORT}` },
    },
    {
      name: 'fixture',
      testMatch: /\.fixture\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
    {
      name: 'subpath',
      testMatch: /\.subpath\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
    },
  ],
  webServer: [
    serve('dist', TRAINEE_PORT),
    serve('dist-trainer', TRAINER_PORT),
    serve(FIXTURE_DIST, FIXTURE_PORT),
    serve(SUBPATH_DIST, SUBPATH_PORT, SUBPATH),
  ],
});
