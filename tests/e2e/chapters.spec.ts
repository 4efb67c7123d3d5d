import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';
import { builtPages } from '../../scripts/quality/builtSite.ts';

const CHAPTER_IDS = [
  '01-why-analyse',
  '02-five-parts',
  '03-information-collection',
  '04-buying-roles',
  '05-power-interest',
  '06-man-analysis',
  '07-motives-disc',
  '08-relationship-map',
  '09-opportunity-presentation',
  '10-sustained-management',
  '11-our-organisation',
  '12-complementary-tools',
];

test.describe('chapters in the trainee edition', () => {
  test('the chapter index lists the twelve chapters in reading order', async ({ page }) => {
    await page.goto('/chapters/');
    const ids = await page
      .locator('[data-chapter]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-chapter')));
    expect(ids).toEqual(CHAPTER_IDS);
  });

  test('every chapter shows objectives, key points, a live worked example and an exercise', async ({ page }) => {
    for (const id of CHAPTER_IDS) {
      await page.goto(`/chapters/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: '学习目标' })).toBeVisible();
      await expect(page.getByRole('heading', { name: '要点' })).toBeVisible();
      await expect(page.locator('.worked-example').first()).toBeVisible();
      await expect(page.getByRole('region', { name: '练习' })).toBeVisible();
    }
  });

  test('a chapter links terms to the glossary, marks itself in the sidebar and pages to its neighbours', async ({
    page,
  }) => {
    await page.goto('/chapters/04-buying-roles/');
    await expect(page.getByRole('navigation', { name: '当前位置' })).toContainText('章节');
    const sidebar = page.getByRole('navigation', { name: '章节目录' });
    await expect(sidebar.locator('[aria-current="page"]')).toContainText('采购角色与政企采购决策过程');
    await expect(page.getByRole('table', { name: '采购角色覆盖' })).toBeVisible();
    await page.locator('article a.term[data-term="eb"]').first().click();
    await expect(page).toHaveURL(/\/glossary\/#term-eb$/);
    await page.goto('/chapters/04-buying-roles/');
    await page.getByRole('link', { name: /下一章/ }).click();
    await expect(page).toHaveURL(/\/chapters\/05-power-interest\/$/);
    await page.getByRole('link', { name: /上一章/ }).click();
    await expect(page).toHaveURL(/\/chapters\/04-buying-roles\/$/);
    await expectNoAxeViolations(page);
  });

  test('trainer notes are absent from every trainee page and from the search index', () => {
    for (const { file } of builtPages('dist')) {
      const html = readFileSync(`dist/${file}`, 'utf8');
      expect(html, file).not.toContain('data-trainer-only');
      expect(html, file).not.toContain('class="trainer-notes"');
      // Phrases that only the trainer notes of chapter 4 and the reference answers of chapter 1 contain.
      expect(html, file).not.toContain('关键讨论');
      expect(html, file).not.toContain('练习对的是学员自己的客户');
    }
    const index = readFileSync('dist/search-index.json', 'utf8');
    expect(index).not.toContain('关键讨论');
    expect(index).not.toContain('练习对的是学员自己的客户');
  });

  test('chapters link to the compliance page and its sections; the page passes axe', async ({ page }) => {
    test.slow();
    await page.goto('/chapters/04-buying-roles/');
    await page.getByRole('link', { name: '合规红线：保密的招标信息' }).click();
    await expect(page).toHaveURL(/\/compliance\/#tender-information$/);
    await expect(page.locator('#tender-information')).toBeVisible();
    for (const id of ['procurement', 'gifts', 'tender-information', 'bid-rigging'])
      await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    await expect(page.getByText('讨论用的边界情形')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the power–interest grid states the threshold on its axes and in its legend', async ({ page }) => {
    await page.goto('/accounts/city-hospital/');
    const frame = page.locator('[data-kind="power-interest"]').first();
    // Below the first screen, the grid enters the page as the reader nears it.
    await frame.scrollIntoViewIfNeeded();
    await expect(frame.locator('.grid-map')).toContainText('权力高（3–5 分）');
    await expect(frame.locator('.map-legend')).toContainText('3 分及以上算“高”');
  });

  test('role coverage says who decides a role and why, not one friendly holder', async ({ page }) => {
    await page.goto('/accounts/city-bureau/');
    const tb = page.getByRole('table', { name: '采购角色覆盖' }).first().locator('tr[data-role="TB"]');
    await expect(tb.locator('[data-stance]')).toHaveAttribute('data-stance', 'against');
    await expect(tb).toContainText('一人就能卡住这个角色');
  });

  test('printing drops the header, sidebar and pager but keeps the chapter and its tables', async ({ page }) => {
    await page.goto('/chapters/06-man-analysis/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '章节目录' })).toBeHidden();
    await expect(page.locator('input[type="search"]')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
  });
});
