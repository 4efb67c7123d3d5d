import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { onePagePerType } from '../../scripts/quality/builtSite.ts';
import { expectNoAxeViolations } from './a11y.ts';

/**
 * One test per page type found in a built edition (home, indexes, one account, one chapter, …),
 * so a page type added by any area is checked as soon as it is built.
 */
export function everyPageTypeIsAccessible(dir: string) {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: build the site before the browser tests`);
  for (const page of onePagePerType(dir)) {
    test(`${page.type} (${page.url}) has a title, one main landmark and no axe violations`, async ({ page: tab }) => {
      const response = await tab.goto(page.url);
      expect(response?.ok() || page.url.endsWith('404.html')).toBe(true);
      await expect(tab).toHaveTitle(/\S/);
      await expect(tab.locator('html')).toHaveAttribute('lang', /\S/);
      await expect(tab.getByRole('main')).toHaveCount(1);
      await expectNoAxeViolations(tab);
    });
  }
}
