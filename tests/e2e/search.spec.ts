/**
 * Content check on the sample chapters, accounts and glossary: each query of the table puts the
 * expected result first. The search box itself is tested on the fixture site (search.fixture.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { EXPECTED_TOP } from '../fixtures/searchQueries.ts';

const box = (page: Page) => page.getByRole('searchbox', { name: '搜索' });
const results = (page: Page) => page.locator('#site-search-results a.search-result');

test.describe('sample content: search', () => {
  test('each query of the table puts the expected result first', async ({ page }) => {
    await page.goto('/');
    for (const [query, url] of EXPECTED_TOP) {
      await box(page).fill(query);
      await expect(results(page).first(), query).toHaveAttribute('href', url);
    }
  });
});
