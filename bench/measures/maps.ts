/**
 * Maps: time from navigation until each map of an account is drawn, for generated accounts of
 * 20, 100 and 300 people, both as built (maps drawn to SVG at build time) and with browser
 * drawing only (MAP_PRERENDER=0, the fallback when no Chromium is there at build time); and the
 * JavaScript (gzip) an account page and a page without maps ship.
 *
 * Runs alone too: `node bench/measures/maps.ts [--quick]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { stringify } from 'yaml';
import { serveStatic } from '../../scripts/serve.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/build/chromium.ts';
import { scratchProject } from '../lib.ts';
import type { BenchContext, Figure, Measure } from '../types.ts';

const MAP_KINDS = ['org', 'relationship', 'power-interest', 'man', 'decision'] as const;
const PORT = Number(process.env.BENCH_PORT ?? 4627);

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

function build(dir: string, outDir: string, prerender: boolean): number {
  const started = performance.now();
  // The project's own Node (this process), not whatever `node` is first on PATH.
  execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, MAP_PRERENDER: prerender ? '1' : '0' },
  });
  return performance.now() - started;
}

interface MapTimes {
  /** The map's SVG is in the page (parsed from the HTML, or inserted by mermaid). */
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
      if (!(kind in times.shown) && frame.querySelector('[data-canvas] svg')) times.shown[kind] = performance.now();
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
    await page.waitForFunction((name) => name in (window as any).mapTimes.interactive, kind, { timeout: 120_000 });
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

export const measure: Measure = async (context) => {
  const sizes = context.quick ? [20, 100] : [20, 100, 300];
  const dir = prepareProject(context, sizes);
  const figures: Figure[] = [];
  const browser = await chromium.launch({ executablePath: context.chromiumPath, args: CHROMIUM_ARGS });
  try {
    for (const prerender of [true, false]) {
      const outDir = join(dir, prerender ? 'dist-prerendered' : 'dist-browser');
      const mode = prerender ? 'drawn at build time' : 'drawn in the browser';
      figures.push({
        name: `maps: build with ${sizes.join('/')}-person accounts, ${mode}`,
        unit: 'ms',
        samples: [build(dir, outDir, prerender)],
      });
      const server = await serveStatic(outDir, PORT);
      try {
        for (const size of sizes) {
          const shown: Record<string, number[]> = {};
          const interactive: Record<string, number[]> = {};
          for (let run = 0; run < context.runs; run++) {
            const times = await timeMaps(browser, `http://127.0.0.1:${PORT}/accounts/synthetic-${size}/`);
            for (const [kind, time] of Object.entries(times.shown)) (shown[kind] ??= []).push(time);
            for (const [kind, time] of Object.entries(times.interactive)) (interactive[kind] ??= []).push(time);
          }
          for (const kind of MAP_KINDS) {
            const note = size === 100 ? { note: 'target ≤ 1000' } : {};
            figures.push(
              {
                name: `maps: ${size} people, ${kind} in the page (${mode})`,
                unit: 'ms',
                samples: shown[kind] ?? [],
                ...note,
              },
              {
                name: `maps: ${size} people, ${kind} interactive (${mode})`,
                unit: 'ms',
                samples: interactive[kind] ?? [],
              },
            );
          }
        }
        if (prerender) {
          for (const [name, path] of [
            ['account page with maps (100 people)', '/accounts/synthetic-100/'],
            ['page without maps (accounts index)', '/accounts/'],
            ['home page (no maps)', '/'],
          ] as const) {
            figures.push({
              name: `maps: JS gzip, ${name}`,
              unit: 'bytes',
              samples: [await scriptBytes(browser, `http://127.0.0.1:${PORT}${path}`)],
            });
          }
        } else {
          figures.push({
            name: 'maps: JS gzip, account page drawing in the browser (mermaid loaded)',
            unit: 'bytes',
            samples: [await scriptBytes(browser, `http://127.0.0.1:${PORT}/accounts/synthetic-100/`)],
          });
        }
      } finally {
        server.close();
      }
    }
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
