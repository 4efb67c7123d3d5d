import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/quality/builtSite.ts';
import { workshopContent } from './printedPdf.ts';

/**
 * Sample content in print (trainee edition): the book page holds every sample chapter in order,
 * and no role card or secret brief is built. The PDF machinery (book with page numbers, one file
 * per role card) is tested on the fixture site in printed.fixture.spec.ts.
 */
test.describe('sample content: the whole workbook in print (trainee edition)', () => {
  test('the book page holds every chapter in order, the glossary and the blank worksheets, without navigation in print', async ({
    page,
  }) => {
    await page.goto('/chapters/');
    await page.getByRole('link', { name: '打印整本手册' }).click();
    await expect(page).toHaveURL(/\/book\/$/);
    const chapters = await page
      .locator('article[data-chapter]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-chapter')));
    expect(chapters).toHaveLength(12);
    expect(chapters).toEqual([...chapters].sort());
    await expect(page.locator('#book-glossary [data-term]').first()).toBeVisible();
    await expect(page.locator('.book-sheet')).toHaveCount(5);
    // A term link in a chapter leads to the book's own glossary.
    await expect(page.locator('#chapter-04-buying-roles a.term[href="#term-eb"]').first()).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: '当前位置' })).toBeHidden();
    const breakBefore = await page
      .locator('article[data-chapter]')
      .first()
      .evaluate((element) => getComputedStyle(element).breakBefore);
    expect(breakBefore).toBe('page');
  });

  test('the trainee edition contains no role card and no secret brief', () => {
    const { scenarios } = workshopContent();
    const briefs = scenarios.flatMap((scenario) => scenario.roles.flatMap((role) => role.trainer?.secretBrief ?? []));
    expect(briefs.length).toBeGreaterThan(0);
    for (const { file } of builtPages('dist')) {
      expect(file).not.toMatch(/handouts/);
      const html = readFileSync(`dist/${file}`, 'utf8');
      for (const brief of briefs) expect(html, file).not.toContain(brief.slice(0, 24));
    }
  });
});
