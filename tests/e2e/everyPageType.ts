import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { onePagePerType } from '../../scripts/quality/builtSite.ts';
import { expectNoAxeViolations } from './a11y.ts';

/**
 * One test per page type found in a built edition (home, indexes, one account, one chapter, …),
 * so a page type added by any area is checked as soon as it is built.
 */
/**
 * Parts of a page that repeat another page type, taken out before axe runs so a very long page is
 * checked in reasonable time: the book's chapters after the first are the chapter pages again.
 */
const REPEATED_PARTS: Record<string, string> = { '/book/': 'article.book-part:not(:first-of-type)' };

export function everyPageTypeIsAccessible(dir: string) {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: build the site before the browser tests`);
  for (const page of onePagePerType(dir)) {
    test(`${page.type} (${page.url}) has a title, one main landmark and no axe violations`, async ({ page: tab }) => {
      const response = await tab.goto(page.url);
      expect(response?.ok() || page.url.endsWith('404.html')).toBe(true);
      await expect(tab).toHaveTitle(/\S/);
      await expect(tab.locator('html')).toHaveAttribute('lang', /\S/);
      await expect(tab.getByRole('main')).toHaveCount(1);
      const repeated = REPEATED_PARTS[page.type];
      if (repeated) {
        // Even trimmed, the book (glossary, worksheets) is the longest page the site has.
        test.setTimeout(120_000);
        await tab.locator(repeated).evaluateAll((parts) => parts.forEach((part) => part.remove()));
      }
      await expectNoAxeViolations(tab);
    });
  }
}
