/**
 * Chapter machinery on the fixture site's two chapters: the index in reading order, the parts of a
 * chapter page, glossary links, sidebar and pager, the compliance page, role coverage, the grid's
 * threshold and print. That every sample chapter has its parts is checked in chapters.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';
import { expectChapterIndex, expectChapterParts } from './chapters.ts';

const CHAPTER_IDS = ['01-fixture-maps', '02-fixture-roles'];

test.describe('chapters', () => {
  test('the chapter index lists the chapters in reading order', async ({ page }) => {
    await expectChapterIndex(page, CHAPTER_IDS);
  });

  test('a chapter shows its objectives, key points, a live worked example and an exercise', async ({ page }) => {
    await expectChapterParts(page, CHAPTER_IDS);
  });

  test('a chapter links terms to the glossary, marks itself in the sidebar and pages to its neighbours', async ({
    page,
  }) => {
    await page.goto('/chapters/02-fixture-roles/');
    await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('章节');
    const sidebar = page.getByRole('navigation', { name: '章节目录' });
    await expect(sidebar.locator('[aria-current="page"]')).toContainText('夹具章节：采购角色');
    await expect(page.getByRole('table', { name: '采购角色覆盖' })).toBeVisible();
    await page.locator('article a.term[data-term="eb"]').first().click();
    await expect(page).toHaveURL(/\/glossary\/#term-eb$/);
    await page.goto('/chapters/02-fixture-roles/');
    await page.getByRole('link', { name: /上一章/ }).click();
    await expect(page).toHaveURL(/\/chapters\/01-fixture-maps\/$/);
    await page.getByRole('link', { name: /下一章/ }).click();
    await expect(page).toHaveURL(/\/chapters\/02-fixture-roles\/$/);
    await expectNoAxeViolations(page);
  });

  test('a chapter links to a section of the compliance page; the page has every section and passes axe', async ({
    page,
  }) => {
    await page.goto('/chapters/02-fixture-roles/');
    await page.getByRole('link', { name: '合规红线：保密的招标信息' }).click();
    await expect(page).toHaveURL(/\/compliance\/#tender-information$/);
    await expect(page.locator('#tender-information')).toBeVisible();
    for (const id of ['procurement', 'gifts', 'tender-information', 'bid-rigging'])
      await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('role coverage names the holder who decides a role and why', async ({ page }) => {
    await page.goto('/chapters/02-fixture-roles/');
    const tb = page.getByRole('table', { name: '采购角色覆盖' }).locator('tr[data-role="TB"]');
    await expect(tb.locator('[data-stance]')).toHaveAttribute('data-stance', 'against');
    await expect(tb).toContainText('看权力最高的郑凯（权力 4）');
  });

  test('the power–interest grid states the threshold on its axes and in its legend', async ({ page }) => {
    await page.goto('/accounts/fixture-clinic/');
    const frame = page.locator('[data-kind="power-interest"]').first();
    // Below the first screen, the grid enters the page as the reader nears it.
    await frame.scrollIntoViewIfNeeded();
    await expect(frame.locator('.grid-map')).toContainText('权力高（3–5 分）');
    await expect(frame.locator('.map-legend')).toContainText('3 分及以上算“高”');
  });

  test('printing drops the header, sidebar and pager but keeps the chapter and its tables', async ({ page }) => {
    await page.goto('/chapters/01-fixture-maps/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '章节目录' })).toBeHidden();
    await expect(page.locator('input[type="search"]')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
  });
});
