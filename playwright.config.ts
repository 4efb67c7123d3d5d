import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/build/chromium.ts';

// E2E_PORT_BASE lets several checkouts run their suites side by side.
const TRAINEE_PORT = Number(process.env.E2E_PORT_BASE ?? 4610);
const TRAINER_PORT = TRAINEE_PORT + 1;
const FIXTURE_PORT = TRAINEE_PORT + 2;
/** The small fixture site (tests/fixtures/site, trainer edition) that the machinery specs run on. */
const FIXTURE_DIST = 'tmp/dist-fixture';
const serve = (dir: string, port: number) => ({
  command: `node scripts/serve.ts ${dir} ${port}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

/**
 * Runs against the built editions (`npm run build && npm run build:trainer`) and the fixture
 * site (`KAM_CONTENT_ROOT=tests/fixtures/site EDITION=trainer npx astro build --outDir
 * tmp/dist-fixture`; `npm test` builds all three). `*.fixture.spec.ts` test machinery (maps,
 * worksheets, search box, timers) on the fixture's one small account; the other specs check the
 * sample content trainers edit.
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
      testIgnore: /\.(trainer|fixture)\.spec\.ts$/,
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
  ],
  webServer: [serve('dist', TRAINEE_PORT), serve('dist-trainer', TRAINER_PORT), serve(FIXTURE_DIST, FIXTURE_PORT)],
});
