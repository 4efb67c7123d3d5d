/**
 * Page weight: JavaScript and CSS (gzip) each page type ships, from the sample site built in the
 * trainee edition, and the size of the search index. Page types not built yet are reported as
 * absent. The same counting backs the size budgets in `npm test` (scripts/quality/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, listFiles, NAMED_PAGE_TYPES } from '../../scripts/quality/builtSite.ts';
import { gzipSize, pageWeight } from '../../scripts/quality/pageWeight.ts';
import { budgetFor, formatBytes } from '../../scripts/quality/sizeBudgets.ts';
import { builtSampleSite, figure } from '../lib.ts';
import type { Figure, Measure } from '../types.ts';

/** The search index: the largest JSON file the build writes with "search" in its path. */
function searchIndex(dir: string): string | undefined {
  const candidates = listFiles(dir).filter((file) => /search/i.test(file) && file.endsWith('.json'));
  return candidates.sort((a, b) => gzipSize(readFileSync(join(dir, b))) - gzipSize(readFileSync(join(dir, a))))[0];
}

export const measure: Measure = async (context) => {
  const dir = await builtSampleSite(context);
  const pages = builtPages(dir);
  const figures: Figure[] = [];
  for (const [name, type] of Object.entries(NAMED_PAGE_TYPES)) {
    const page = pages.find((candidate) => candidate.type === type);
    if (!page) {
      figures.push(figure(`${name} page: JS`, 'bytes', [], `absent: no ${type} page in the build`));
      continue;
    }
    const weight = pageWeight(dir, page.file);
    const budget = budgetFor(type);
    figures.push(
      figure(`${name} page: JS (gzip)`, 'bytes', [weight.js], `${page.url}; budget ${formatBytes(budget.js)}`),
      figure(`${name} page: lazy JS (gzip)`, 'bytes', [weight.lazyJs], 'loaded later with import()'),
      figure(`${name} page: CSS (gzip)`, 'bytes', [weight.css], `budget ${formatBytes(budget.css)}`),
    );
  }
  const index = searchIndex(dir);
  const searchPage = pages.find((candidate) => candidate.type === NAMED_PAGE_TYPES.search);
  if (searchPage && index) {
    const weight = pageWeight(dir, searchPage.file);
    const total = weight.js + weight.lazyJs + gzipSize(readFileSync(join(dir, index)));
    figures.push(figure('search page after the index loads: JS + index (gzip)', 'bytes', [total]));
  }
  figures.push(
    index
      ? figure('search index (gzip)', 'bytes', [gzipSize(readFileSync(join(dir, index)))], index)
      : figure('search index (gzip)', 'bytes', [], 'absent: no search JSON in the build'),
  );
  return figures;
};
