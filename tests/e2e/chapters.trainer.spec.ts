import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('chapters in the trainer edition', () => {
  test('every chapter carries its trainer notes', async ({ page }) => {
    await page.goto('/chapters/04-buying-roles/');
    const notes = page.getByRole('complementary', { name: '讲师备注' });
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('关键讨论');
    await expectNoAxeViolations(page);
    // Chapter 1's reference answers, the first trainer-only text of its exercise section.
    expect(readFileSync('dist-trainer/search-index.json', 'utf8')).toContain('练习对的是学员自己的客户');
  });

  test('every chapter exercise has its reference answers in a box of its own', async ({ page }) => {
    test.slow();
    await page.goto('/chapters/');
    const hrefs = await page
      .locator('.chapter-list h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(12);
    for (const href of hrefs) {
      await page.goto(href);
      const answers = page.getByRole('complementary', { name: '参考答案' });
      await expect(answers, href).toHaveCount(1);
      await expect(answers, href).not.toBeEmpty();
    }
    await page.goto('/chapters/04-buying-roles/');
    await expect(page.getByRole('complementary', { name: '参考答案' })).toContainText('预算控制');
    await expectNoAxeViolations(page);
  });

  test('the compliance page keeps its discussion cases for trainers', async ({ page }) => {
    await page.goto('/compliance/');
    await expect(page.getByRole('complementary', { name: '讲师备注' })).toContainText('讨论用的边界情形');
  });
});
