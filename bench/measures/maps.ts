/**
 * Maps: for generated accounts of 20, 100 and 300 people, the time from navigation until each
 * map is visible in the page and until it is interactive, and how long the browser takes to
 * redraw the org chart after a filter change (the renderer is fetched then, and lays the chart
 * out in the page); plus the JavaScript (gzip) an account page and pages without maps ship,
 * and the time the build spends on these accounts.
 *
 * Runs alone too: `node bench/measures/maps.ts [--quick]`. Its server listens on
 * BENCH_PORT_BASE + 2, so it never collides with another measure's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { stringify } from 'yaml';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/build/chromium.ts';
import { benchPort, coldBuild, scratchProject, withServer } from '../lib.ts';
import type { BenchContext, Figure, Measure } from '../types.ts';

const MAP_KINDS = ['org', 'relationship', 'power-interest', 'man', 'decision'] as const;
/** A big map redrawn in a busy browser can take long; a measure that times out reports nothing. */
const WAIT_MS = 180_000;

/** A copy of the project with generated accounts beside the samples (chapters refer to those). */
function prepareProject(context: BenchContext, sizes: number[]): string {
  const dir = scratchProject(context, 'maps-site');
  for (const size of sizes) {
    const id = `synthetic-${size}`;
    mkdirSync(join(dir, 'accounts', id), { recursive: true });
    writeFileSync(join(dir, 'accounts', id, 'account.yaml'), stringify(syntheticAccount({ id, people: size })));
  }
  return dir;
}

interface MapTimes {
  /** The map is in the page: a flowchart's SVG, or a grid's HTML (parsed, or inserted by our script). */
  shown: Record<string, number>;
  /** Our script has wired it up: people can be selected. */
  interactive: Record<string, number>;
}

/** Milliseconds from navigation start until each map is in the page, and until it is interactive. */
async function timeMaps(browser: Browser, url: string): Promise<MapTimes> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    const times = { shown: {} as Record<string, number>, interactive: {} as Record<string, number> };
    (window as unknown as { mapTimes: typeof times }).mapTimes = times;
    const note = (frame: HTMLElement | null) => {
      const kind = frame?.dataset.kind;
      if (!frame || !kind) return;
      if (!(kind in times.shown) && frame.querySelector(':is([data-canvas] svg, [data-canvas] .grid-map)'))
        times.shown[kind] = performance.now();
      if (!(kind in times.interactive) && frame.dataset.drawn) times.interactive[kind] = performance.now();
    };
    new MutationObserver((records) => {
      for (const record of records)
        note((record.target as Element).closest?.('[data-map-frame]') as HTMLElement | null);
    }).observe(document, { attributes: true, attributeFilter: ['data-drawn'], childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  // A reader scrolls to each map; lazily drawn maps start when they come near.
  for (const kind of MAP_KINDS) {
    const frame = page.locator(`[data-map-frame][data-kind="${kind}"]`);
    await frame.scrollIntoViewIfNeeded();
    await page.waitForFunction((name) => name in (window as any).mapTimes.interactive, kind, { timeout: WAIT_MS });
  }
  const times = await page.evaluate(() => (window as any).mapTimes as MapTimes);
  await page.close();
  return times;
}

/** gzip bytes of the JavaScript a page loads, before any interaction. */
async function scriptBytes(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  for (const kind of MAP_KINDS) {
    const frame = page.locator(`[data-map-frame][data-kind="${kind}"]`);
    if (await frame.count()) await frame.scrollIntoViewIfNeeded();
  }
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
  await page.close();
  return total;
}

/** Milliseconds from choosing a layer filter until the org chart is drawn again (renderer fetched, layout, SVG). */
async function timeRedraw(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  const org = page.locator('[data-map-frame][data-kind="org"]');
  await org.locator('[data-canvas] svg').waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(
    () => document.querySelector('[data-map-frame][data-kind="org"]')?.getAttribute('data-drawn') === '1',
  );
  const started = await page.evaluate(() => performance.now());
  await org.locator('select[data-filter="layers"]').selectOption('management');
  await page.waitForFunction(
    () => document.querySelector('[data-map-frame][data-kind="org"]')?.getAttribute('data-drawn') === '2',
    undefined,
    { timeout: WAIT_MS },
  );
  const ended = await page.evaluate(() => performance.now());
  await page.close();
  return ended - started;
}

export const measure: Measure = async (context) => {
  const sizes = context.quick ? [20, 100] : [20, 100, 300];
  const dir = prepareProject(context, sizes);
  const figures: Figure[] = [];
  const build = coldBuild(context.root, dir);
  figures.push({ name: `maps: cold build with ${sizes.join('/')}-person accounts`, unit: 'ms', samples: [build.wall] });
  const browser = await chromium.launch({ executablePath: context.chromiumPath, args: CHROMIUM_ARGS });
  try {
    await withServer(join(dir, 'dist'), benchPort(2), async (origin) => {
      for (const size of sizes) {
        const url = `${origin}/accounts/synthetic-${size}/`;
        const shown: Record<string, number[]> = {};
        const interactive: Record<string, number[]> = {};
        const redraws: number[] = [];
        for (let run = 0; run < context.runs; run++) {
          const times = await timeMaps(browser, url);
          for (const [kind, time] of Object.entries(times.shown)) (shown[kind] ??= []).push(time);
          for (const [kind, time] of Object.entries(times.interactive)) (interactive[kind] ??= []).push(time);
          redraws.push(await timeRedraw(browser, url));
        }
        const allShown = Object.values(shown)[0]?.map((_, run) =>
          Math.max(...MAP_KINDS.map((kind) => shown[kind]?.[run] ?? NaN)),
        );
        figures.push({
          name: `maps: ${size} people, every map visible`,
          unit: 'ms',
          samples: allShown ?? [],
          ...(size === 100 ? { note: 'target ≤ 1000' } : {}),
        });
        for (const kind of MAP_KINDS) {
          figures.push(
            { name: `maps: ${size} people, ${kind} visible`, unit: 'ms', samples: shown[kind] ?? [] },
            { name: `maps: ${size} people, ${kind} interactive`, unit: 'ms', samples: interactive[kind] ?? [] },
          );
        }
        figures.push({
          name: `maps: ${size} people, org chart redrawn after a filter change`,
          unit: 'ms',
          samples: redraws,
        });
      }
      for (const [name, path] of [
        ['account page with maps (100 people)', '/accounts/synthetic-100/'],
        ['page without maps (accounts index)', '/accounts/'],
        ['home page (no maps)', '/'],
      ] as const) {
        figures.push({
          name: `maps: JS gzip, ${name}`,
          unit: 'bytes',
          samples: [await scriptBytes(browser, `${origin}${path}`)],
        });
      }
    });
  } finally {
    await browser.close();
  }
  return figures;
};

if (import.meta.main) {
  const root = process.cwd();
  const quick = process.argv.includes('--quick');
  const workDir = join(root, 'bench', 'work');
  mkdirSync(workDir, { recursive: true });
  const figures = await measure({ root, quick, runs: quick ? 1 : 3, chromiumPath: chromiumPath(), workDir });
  for (const figure of figures) {
    const sorted = [...figure.samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(
      `${figure.name}: median ${Math.round(median)} ${figure.unit} (min ${Math.round(sorted[0] ?? NaN)}, max ${Math.round(sorted.at(-1) ?? NaN)})${figure.note ? `  [${figure.note}]` : ''}`,
    );
  }
}
