/**
 * Search box machinery (lazy index, the / key, groups, highlight, keyboard, headings, escaping) on
 * the fixture site. The ranking of real queries over the samples is a content check in search.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const box = (page: Page) => page.getByRole('searchbox', { name: '搜索' });
const results = (page: Page) => page.locator('#site-search-results a.search-result');

test.describe('search box', () => {
  test('the index is fetched only when search is first used, and / focuses the box', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/chapters/01-fixture-maps/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('search-index.json'))).toEqual([]);
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await expect.poll(() => requests.filter((url) => url.includes('search-index.json')).length).toBe(1);
  });

  test('results are grouped, highlighted and reachable by keyboard', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('决策者');
    const groups = page.locator('.search-group');
    await expect(groups.first()).toHaveAttribute('data-kind', 'term');
    expect(await groups.count()).toBeGreaterThan(1);
    await expect(results(page).first().locator('mark')).toHaveText('决策者');
    await expectNoAxeViolations(page);

    await box(page).press('ArrowDown');
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/#term-eb$/);
  });

  test('a heading result opens the chapter at that heading', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('排出轻重缓急');
    const first = results(page).first();
    await expect(first).toHaveAttribute('href', /\/chapters\/01-fixture-maps\/#/);
    await first.click();
    await expect(page.getByRole('heading', { name: '排出轻重缓急' })).toBeInViewport();
  });

  test('no results are answered kindly, and hostile input stays text', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('<img src=x onerror="window.hacked=1">');
    await expect(page.locator('.search-results__status')).toContainText('没有找到');
    await expect(page.locator('.search-results__status')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await expect(page.locator('#site-search-results img')).toHaveCount(0);
    await box(page).press('Escape');
    await expect(page.locator('#site-search-results')).toBeHidden();
  });
});
