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

/**
 * Long pages axe needs more than the default 30 s for on a busy 2-core machine: an account page
 * carries five drawn maps, and the book, even trimmed, the glossary and every worksheet.
 */
const SLOW_PAGE_TIMEOUT: Record<string, number> = { '/accounts/*/': 90_000, '/book/': 120_000 };

export function everyPageTypeIsAccessible(dir: string) {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: build the site before the browser tests`);
  for (const page of onePagePerType(dir)) {
    test(`${page.type} (${page.url}) has a title, one main landmark and no axe violations`, async ({ page: tab }) => {
      const slow = SLOW_PAGE_TIMEOUT[page.type];
      if (slow) test.setTimeout(slow);
      const response = await tab.goto(page.url);
      expect(response?.ok() || page.url.endsWith('404.html')).toBe(true);
      await expect(tab).toHaveTitle(/\S/);
      await expect(tab.locator('html')).toHaveAttribute('lang', /\S/);
      await expect(tab.getByRole('main')).toHaveCount(1);
      const repeated = REPEATED_PARTS[page.type];
      if (repeated) {
        await tab.locator(repeated).evaluateAll((parts) => parts.forEach((part) => part.remove()));
      }
      await expectNoAxeViolations(tab);
    });
  }
}
