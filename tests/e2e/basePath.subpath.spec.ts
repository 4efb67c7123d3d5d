/**
 * The fixture site built with BASE_PATH=/kam/ and served under /kam/, as on a host that does not
 * give the site its own domain: every page, script, style, search index and link the browser
 * asks for stays under the sub-path while the machinery runs. (The built-site link check covers
 * every href of the sample public edition under /kam/; this covers what scripts fetch and write.)
 * Paths here are relative to the base URL, which ends in /kam/.
 */
import { expect, test, type Page } from '@playwright/test';

const BASE = '/kam/';

/** Every request the page makes to the site's own server, by path. */
function sameOriginPaths(page: Page): string[] {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

test.describe('the site under a sub-path', () => {
  test('navigation and search lead to pages under the sub-path, and nothing is fetched outside it', async ({
    page,
  }) => {
    const paths = sameOriginPaths(page);
    await page.goto('./');
    await page.getByRole('navigation', { name: '首页' }).getByRole('link', { name: '章节' }).click();
    await expect(page).toHaveURL(/\/kam\/chapters\/$/);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: '搜索' }).fill('决策者');
    const first = page.locator('#site-search-results a.search-result').first();
    await expect(first).toHaveAttribute('href', /^\/kam\//);
    await first.click();
    await expect(page).toHaveURL(/\/kam\/glossary\/#term-eb$/);
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(paths).toContain(`${BASE}search-index.json`);
  });

  test('the maps draw and redraw from scripts under the sub-path', async ({ page }) => {
    const paths = sameOriginPaths(page);
    await page.goto('accounts/fixture-clinic/');
    const org = page.locator('[data-map-frame][data-kind="org"]');
    await expect(org).toHaveAttribute('data-drawn', /\d/);
    await org.locator('select[data-filter="layers"]').selectOption('decision');
    await expect(org).toHaveAttribute('data-drawn', '2');
    expect(paths.filter((path) => path.startsWith(`${BASE}_astro/`)).length).toBeGreaterThan(0);
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });

  test('a saved worksheet is listed under "My worksheets" with a link under the sub-path', async ({ page }) => {
    await page.goto('worksheets/man/fixture-clinic/');
    await page.getByLabel('学员姓名').fill('韩梅梅');
    await expect(page.getByRole('status').first()).toContainText('已自动保存');
    await page.goto('worksheets/');
    const row = page.locator('tr[data-key="kam:worksheet:man:fixture-clinic:v2"]');
    await expect(row.getByRole('link')).toHaveAttribute('href', `${BASE}worksheets/man/fixture-clinic/`);
    await row.getByRole('link').click();
    await expect(page).toHaveURL(/\/kam\/worksheets\/man\/fixture-clinic\/$/);
    await expect(page.getByLabel('学员姓名')).toHaveValue('韩梅梅');
  });

  test('slide mode and Esc back to the chapter stay under the sub-path', async ({ page }) => {
    await page.goto('chapters/01-fixture-maps/');
    await page.getByRole('link', { name: '幻灯片模式' }).click();
    await expect(page).toHaveURL(/\/kam\/chapters\/01-fixture-maps\/slides\/#1$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/kam\/chapters\/01-fixture-maps\/#/);
  });
});
