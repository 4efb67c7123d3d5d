/**
 * The site shell on the fixture site: home page, header, glossary and the phone layout. The
 * samples' own links are checked in shell.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('site shell', () => {
  test('the home page says what the workbook is and where trainers and trainees start', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('大客户组织分析工作手册');
    await expect(page.getByRole('heading', { name: '讲师' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '学员' })).toBeVisible();
    await page.getByRole('link', { name: /第 1 章 夹具章节：看图识人/ }).click();
    await expect(page).toHaveURL(/\/chapters\/01-fixture-maps\/$/);
    await page.goto('/');
    await expectNoAxeViolations(page);
  });

  test('the header links every built section and marks the current one', async ({ page }) => {
    await page.goto('/glossary/');
    const nav = page.getByRole('navigation', { name: '首页' });
    for (const name of ['首页', '章节', '客户案例', '术语表'])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    await expect(nav.getByRole('link', { name: '术语表' })).toHaveAttribute('aria-current', 'page');
  });

  test('the glossary lists every term with zh and en names, synonyms and its chapter', async ({ page }) => {
    await page.goto('/glossary/');
    const terms = parse(readFileSync('tests/fixtures/site/content/glossary.yaml', 'utf8')) as unknown[];
    await expect(page.locator('[data-term]')).toHaveCount(terms.length);
    const coach = page.locator('#term-coach');
    await expect(coach).toContainText('内线');
    await expect(coach).toContainText('Coach');
    await expect(coach).toContainText('champion');
    await coach.getByRole('link', { name: /夹具章节：采购角色/ }).click();
    await expect(page).toHaveURL(/\/chapters\/02-fixture-roles\/$/);
    await page.goto('/glossary/');
    await expectNoAxeViolations(page);
  });

  test('on a phone the page fits the screen and the chapter list follows the text', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/chapters/01-fixture-maps/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const mainBox = (await page.locator('main').boundingBox())!;
    const sidebarBox = (await page.getByRole('navigation', { name: '章节目录' }).boundingBox())!;
    expect(sidebarBox.y).toBeGreaterThan(mainBox.y);
    await expect(page.locator('input[type="search"]')).toBeVisible();
  });
});
