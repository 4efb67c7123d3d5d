/**
 * Own accounts, live: how long the browser takes to redraw after the trainee changes something,
 * at 30 and 100 people (aim: ≤ 300 ms at 30, ≤ 1 s at 100, on a 2-core machine).
 *
 * - The live analysis page (/my-accounts/analysis/): from the storage event another tab sends
 *   after a change until the page is redrawn: validation, analysis, flags and tables, both grids
 *   and the maps in view (at 1400 × 900 the org chart and relationship map; the others
 *   draw as the reader scrolls near, as on the account pages).
 * - The relationship-map worksheet: from a changed support select until its live map is
 *   replaced; the sheet waits 300 ms after the last change before drawing, reported apart.
 *
 * Runs alone too: `node bench/measures/ownAccount.ts [--quick]` (against dist/, built first).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/build/chromium.ts';
import { ownAccountKey } from '../../src/ownAccounts/record.ts';
import { openWithOwnAccount, ownAccountRecord } from '../../src/testing/ownAccount.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { benchPort, builtSampleSite, figure, withServer } from '../lib.ts';
import type { BenchContext, Figure, Measure } from '../types.ts';

const SIZES = [30, 100];
const SHEET_DELAY_MS = 300;

/** A new page at `url` with a synthetic own account of `people` people as the current one. */
async function openWithPeople(browser: Browser, url: string, people: number) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const record = ownAccountRecord(syntheticAccount({ id: `own-${people}`, people }), '');
  await openWithOwnAccount(page, url, record);
  return { page, record };
}

/**
 * Milliseconds per run from a storage event (as another tab sends it) until the page has redrawn,
 * and of that the validation and analysis (the page's `own-analysis` performance measure).
 */
async function analysisRedraws(
  browser: Browser,
  origin: string,
  people: number,
  runs: number,
): Promise<{ redraw: number[]; analysis: number[] }> {
  const { page, record } = await openWithPeople(browser, `${origin}/my-accounts/analysis/`, people);
  await page.waitForSelector('[data-own-analysis][data-rendered]', { timeout: 120_000 });
  const samples: number[] = [];
  const analysis: number[] = [];
  for (let run = 0; run < runs; run++) {
    samples.push(
      await page.evaluate(
        ([key, index]) =>
          new Promise<number>((done) => {
            const root = document.querySelector<HTMLElement>('[data-own-analysis]')!;
            const before = root.dataset.rendered;
            const record = JSON.parse(localStorage.getItem(key!)!);
            const person = record.account.people[Number(index)];
            person.support = person.support === 2 ? -1 : 2;
            localStorage.setItem(key!, JSON.stringify(record));
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (root.dataset.rendered === before) return;
              observer.disconnect();
              done(performance.now() - start);
            }).observe(root, { attributes: true, attributeFilter: ['data-rendered'] });
            window.dispatchEvent(new StorageEvent('storage', { key }));
          }),
        [ownAccountKey(record.id), String(run + 1)],
      ),
    );
    analysis.push(await page.evaluate(() => performance.getEntriesByName('own-analysis').at(-1)!.duration));
  }
  await page.close();
  return { redraw: samples, analysis };
}

/** Milliseconds per run from a changed support select until the sheet's live map is replaced. */
async function sheetRedraws(browser: Browser, origin: string, people: number, runs: number): Promise<number[]> {
  // The blank sheet is a view of the current own account: the same record as the page above.
  const { page } = await openWithPeople(browser, `${origin}/worksheets/relationship-map/blank/`, people);
  await page.waitForSelector('.ws-map svg', { timeout: 120_000 });
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    samples.push(
      await page.evaluate(
        (index) =>
          new Promise<number>((done) => {
            const map = document.querySelector<HTMLElement>('.ws-map')!;
            const selects = document.querySelectorAll<HTMLSelectElement>(
              'tr[data-person] select[data-field="support"]',
            );
            const select = selects[index % selects.length]!;
            select.value = select.value === '2' ? '-1' : '2';
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (!map.querySelector('svg')) return;
              observer.disconnect();
              done(performance.now() - start);
            }).observe(map, { childList: true });
            select.dispatchEvent(new Event('change'));
          }),
        run,
      ),
    );
  }
  await page.close();
  return samples;
}

export const measure: Measure = async (context) => {
  const dir = await builtSampleSite(context);
  return timeIn(dir, context);
};

async function timeIn(dir: string, context: Pick<BenchContext, 'runs' | 'chromiumPath'>): Promise<Figure[]> {
  const figures: Figure[] = [];
  const browser = await chromium.launch({ executablePath: context.chromiumPath, args: CHROMIUM_ARGS });
  const runs = Math.max(3, context.runs);
  try {
    await withServer(dir, benchPort(7), async (origin) => {
      for (const people of SIZES) {
        const target = people <= 30 ? 'target ≤ 300' : 'target ≤ 1000';
        const page = await analysisRedraws(browser, origin, people, runs);
        figures.push(
          figure(
            `own account: live analysis page redraw, ${people} people`,
            'ms',
            page.redraw,
            `${target}; validation, analysis, the maps in view, 2 grids, flags and tables`,
          ),
          figure(
            `own account: of which validation and analysis, ${people} people`,
            'ms',
            page.analysis,
            'the rest is drawing the maps (layout and SVG)',
          ),
        );
        const sheet = await sheetRedraws(browser, origin, people, runs);
        figures.push(
          figure(
            `own account: relationship sheet redraw, ${people} people`,
            'ms',
            sheet.map((ms) => ms - SHEET_DELAY_MS),
            `${target}; after the sheet's ${SHEET_DELAY_MS} ms pause (total with the pause: ${Math.round(Math.min(...sheet))}–${Math.round(Math.max(...sheet))})`,
          ),
        );
      }
    });
  } finally {
    await browser.close();
  }
  return figures;
}

if (import.meta.main) {
  const root = process.cwd();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'my-accounts', 'analysis', 'index.html')))
    throw new Error('build dist/ first: npm run build');
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const quick = process.argv.includes('--quick');
  for (const result of await timeIn(dist, { runs: quick ? 3 : 5, chromiumPath: chromiumPath() })) {
    const sorted = [...result.samples].sort((a, b) => a - b);
    console.log(
      `${result.name}: median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms (min ${Math.round(sorted[0]!)}, max ${Math.round(sorted.at(-1)!)})  [${result.note}]`,
    );
  }
}
