/**
 * Lighthouse (mobile defaults: simulated slow 4G and a mid-range phone) on the home page, a
 * chapter, an account page and the heaviest account page (most HTML: the most maps to draw) of
 * the sample site, with the same Chromium and flags as the browser tests. Scores are 0–100; a
 * note lists the audits that cost points.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages, NAMED_PAGE_TYPES } from '../../scripts/quality/builtSite.ts';
import { CHROMIUM_ARGS } from '../../src/build/chromium.ts';
import { benchPort, builtSampleSite, figure, withServer } from '../lib.ts';
import type { Figure, Measure } from '../types.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const PAGES = ['home', 'chapter', 'account', 'heaviest account'] as const;
/** The timings the performance score is made of, as Lighthouse words them. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;
/** Issue 13: account pages score 98 or more for performance, every page 100 for accessibility. */
const TARGETS: Record<string, Partial<Record<(typeof CATEGORIES)[number], number>>> = {
  home: { performance: 95, accessibility: 100 },
  chapter: { performance: 95, accessibility: 100 },
  account: { performance: 98, accessibility: 100 },
  'heaviest account': { performance: 98, accessibility: 100 },
};

export const measure: Measure = async (context) => {
  const dir = await builtSampleSite(context);
  const pages = builtPages(dir);
  const figures: Figure[] = [];
  const chrome = await chromeLauncher.launch({
    chromePath: context.chromiumPath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    await withServer(dir, benchPort(1), async (origin) => {
      for (const name of PAGES) {
        const type = NAMED_PAGE_TYPES[name === 'heaviest account' ? 'account' : name];
        const ofType = pages.filter((candidate) => candidate.type === type);
        const page =
          name === 'heaviest account'
            ? ofType.sort((a, b) => statSync(join(dir, b.file)).size - statSync(join(dir, a.file)).size)[0]
            : ofType[0];
        if (!page) {
          figures.push(figure(`${name} page: Lighthouse`, 'score', [], `absent: no ${type} page in the build`));
          continue;
        }
        const scores = new Map<string, number[]>(CATEGORIES.map((category) => [category, []]));
        const losses = new Map<string, Set<string>>(CATEGORIES.map((category) => [category, new Set()]));
        let metrics = '';
        // Two runs at most: each takes about 20 s, and the scores move less than timings do.
        for (let run = 0; run < Math.min(context.runs, 2); run++) {
          const result = await lighthouse(`${origin}${page.url}`, {
            port: chrome.port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: [...CATEGORIES],
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.url}: ${lhr.runtimeError.message}`);
          metrics = METRICS.map(([id, short]) => `${short} ${lhr.audits[id]?.displayValue ?? '—'}`).join(', ');
          for (const category of CATEGORIES) {
            const entry = lhr.categories[category];
            scores.get(category)!.push(Math.round((entry?.score ?? 0) * 100));
            for (const ref of entry?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
                losses.get(category)!.add(ref.id);
            }
          }
        }
        for (const category of CATEGORIES) {
          const lost = [...losses.get(category)!];
          const goal = TARGETS[name]?.[category];
          const target = goal === undefined ? '' : goal === 100 ? 'target 100' : `target ≥ ${goal}`;
          const note = [
            page.url,
            target,
            category === 'performance' ? `last run: ${metrics}` : '',
            lost.length ? `lost on: ${lost.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          figures.push(figure(`${name} page: Lighthouse ${category}`, 'score', scores.get(category)!, note));
        }
      }
    });
  } finally {
    chrome.kill();
  }
  return figures;
};
