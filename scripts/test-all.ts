/**
 * npm test: the whole suite, in the order that fails fastest. Installs Chromium and poppler's
 * pdftotext first when they are missing (src/build/chromium.ts, scripts/ensure-poppler.sh).
 * CI runs exactly this.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../src/build/chromium.ts';

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  console.log(`\n▶ ${title}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}

console.log('▶ Chromium for the browser tests');
env.CHROMIUM_PATH = chromiumPath();
console.log(`✓ using ${env.CHROMIUM_PATH}`);
// The browser tests read the handout PDFs back as text.
console.log('▶ pdftotext for the handout tests');
console.log(
  `✓ using ${execFileSync('bash', ['scripts/ensure-poppler.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()}`,
);

step('Case files', 'npm', ['run', '-s', 'validate']);
step('Type check, lint, format', 'npm', ['run', '-s', 'check']);
step('Unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=reports/vitest.json',
]);
step('Build trainee edition (dist/)', 'npx', ['astro', 'build'], { EDITION: 'trainee' });
step('Build trainer edition (dist-trainer/)', 'npx', ['astro', 'build'], { EDITION: 'trainer' });
// The machinery specs (*.fixture.spec.ts) run on a small site of their own, not on the samples.
step(
  'Build the fixture site (tests/fixtures/site → tmp/dist-fixture/)',
  'npx',
  ['astro', 'build', '--outDir', 'tmp/dist-fixture'],
  { EDITION: 'trainer', KAM_CONTENT_ROOT: 'tests/fixtures/site' },
);
step(
  'Build the fixture site under a sub-path (BASE_PATH=/kam/ → tmp/dist-fixture-kam/)',
  'npx',
  ['astro', 'build', '--outDir', 'tmp/dist-fixture-kam'],
  { EDITION: 'trainer', KAM_CONTENT_ROOT: 'tests/fixtures/site', BASE_PATH: '/kam/' },
);
// The public edition is the one published on someone else's host, often under a sub-path:
// every internal link must carry the base path there.
step('Build public edition under a sub-path (BASE_PATH=/kam/)', 'npx', ['astro', 'build', '--outDir', 'tmp/dist-kam'], {
  EDITION: 'public',
  BASE_PATH: '/kam/',
});
step('HTML validity of the three builds and the fixture site (html-validate)', 'npx', [
  'html-validate',
  'dist',
  'dist-trainer',
  'tmp/dist-kam',
  'tmp/dist-fixture',
  'tmp/dist-fixture-kam',
]);
step('Internal links and size budgets of the trainee and trainer editions', process.execPath, [
  'scripts/check-site.ts',
  'dist',
  'dist-trainer',
]);
step('Internal links and size budgets under the sub-path', process.execPath, [
  'scripts/check-site.ts',
  '--base',
  '/kam/',
  'tmp/dist-kam',
]);
// The fixture site too: machinery that links to content the samples happen to have shows here.
step('Internal links and size budgets of the fixture site', process.execPath, [
  'scripts/check-site.ts',
  'tmp/dist-fixture',
]);
step('Internal links and size budgets of the fixture site under the sub-path', process.execPath, [
  'scripts/check-site.ts',
  '--base',
  '/kam/',
  'tmp/dist-fixture-kam',
]);
// tmp/dist-kam stays for the browser tests: they check that no trainer-only answer reached the public edition.
step('Browser tests (Chromium)', 'npx', ['playwright', 'test']);

/** One closing line that CI and people can read: every unit and browser test counted. */
function totals() {
  const unit = JSON.parse(readFileSync('reports/vitest.json', 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  const browser = JSON.parse(readFileSync('reports/playwright.json', 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return {
    passed: unit.numPassedTests + browser.stats.expected + browser.stats.flaky,
    failed: unit.numFailedTests + browser.stats.unexpected,
  };
}

const { passed, failed } = totals();
console.log('\n✓ All checks passed');
console.log(`tests: ${passed} passed, ${failed} failed`);
