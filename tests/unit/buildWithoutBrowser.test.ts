/**
 * The site is the same on every machine: built with no browser anywhere in reach (no chromium
 * on PATH, no CHROMIUM_PATH, no Playwright browsers), every person of every account the
 * edition shows is SVG text in the org chart on their account page. `astro build` never
 * imports Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { applyEdition } from '../../src/model/edition.ts';
import { zhLabels } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = 'tmp/dist-no-browser';

const unescapeXml = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );

/** The text runs of the SVGs whose id starts with `id` (one decision map per opportunity). */
function svgTextOf(html: string, id: string): string[] {
  const texts: string[] = [];
  for (let start = html.indexOf(`<svg xmlns="http://www.w3.org/2000/svg" id="${id}`); start >= 0;) {
    const end = html.indexOf('</svg>', start);
    const svg = html.slice(start, end);
    texts.push(...[...svg.matchAll(/<tspan[^>]*>([^<]*)</g)].map((match) => unescapeXml(match[1]!)));
    start = html.indexOf(`<svg xmlns="http://www.w3.org/2000/svg" id="${id}`, end);
  }
  return texts;
}

function srcFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? srcFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('a build on a machine without a browser', () => {
  const noBrowsers = mkdtempSync(join(tmpdir(), 'no-browsers-'));
  // Only the project's own tools and Node: no directory that holds a chromium.
  const path = [join(root, 'node_modules', '.bin'), dirname(process.execPath)]
    .filter((dir) => !['chromium', 'chromium-browser'].some((name) => existsSync(join(dir, name))))
    .join(':');

  beforeAll(() => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: path,
      PLAYWRIGHT_BROWSERS_PATH: noBrowsers,
      ASTRO_TELEMETRY_DISABLED: '1',
      MAP_CACHE: '0',
    };
    delete env.CHROMIUM_PATH;
    delete env.EDITION;
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: root,
        encoding: 'utf8',
        env,
      },
    );
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }, 600_000);

  afterAll(() => {
    rmSync(join(root, outDir), { recursive: true, force: true });
    rmSync(noBrowsers, { recursive: true, force: true });
  });

  it('finds every person of every account of the edition as SVG text on the account page', () => {
    const accounts = applyEdition(loadAllAccounts(), 'trainee');
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) {
      const html = readFileSync(join(root, outDir, 'accounts', account.id, 'index.html'), 'utf8');
      const drawn = svgTextOf(html, `map-org-${account.id}-svg`);
      const missing = analyzeAccount(account)
        .present.people.map((person) => zhLabels.personName(person))
        .filter((name) => !drawn.includes(name));
      expect(missing, account.id).toEqual([]);
      for (const kind of ['relationship', 'decision'])
        expect(svgTextOf(html, `map-${kind}-${account.id}`).length, `${account.id} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('leaves nothing for the browser to draw or stamp in: every flowchart is SVG in the page DOM', () => {
    // No map waits in a <template> for a script: with JavaScript off a reader sees every map.
    const html = readFileSync(join(root, outDir, 'accounts', 'city-hospital', 'index.html'), 'utf8');
    const canvases = [...html.matchAll(/<div class="map-canvas" data-canvas data-prerendered>([\s\S]{0,400})/g)].map(
      (match) => match[1]!,
    );
    expect(canvases.length).toBeGreaterThanOrEqual(3);
    for (const start of canvases) expect(start.trimStart()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(html).not.toContain('data-deferred');
  });

  it('imports no Playwright and no browser lookup from anything the site is built from', () => {
    // src/testing/ holds helpers for the tests, never imported by a page.
    const importers = srcFiles(join(root, 'src'))
      .filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.includes('/src/testing/'))
      .filter((file) =>
        /from '@playwright\/|import\('@playwright\/|build\/chromium\.ts'/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => file.slice(root.length));
    expect(importers).toEqual([]);
  });
});
