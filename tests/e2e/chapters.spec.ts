import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/quality/builtSite.ts';
import { expectChapterIndex, expectChapterParts } from './chapters.ts';

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

// The chapter machinery (index order, page parts, glossary links, sidebar, pager, compliance links,
// role coverage, the grid's threshold, print) is tested on the fixture site in
// chapters.fixture.spec.ts; here, the sample chapters themselves.
test.describe('the sample chapters in the trainee edition', () => {
  test('the chapter index lists the twelve chapters in reading order', async ({ page }) => {
    await expectChapterIndex(page, CHAPTER_IDS);
  });

  test('every sample chapter shows objectives, key points, a live worked example and an exercise', async ({ page }) => {
    await expectChapterParts(page, CHAPTER_IDS);
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

  test('the trainee compliance page has every section the chapters link to and no trainer-only case', async ({
    page,
  }) => {
    await page.goto('/chapters/04-buying-roles/');
    await page.getByRole('link', { name: '合规红线：保密的招标信息' }).click();
    await expect(page).toHaveURL(/\/compliance\/#tender-information$/);
    for (const id of ['procurement', 'gifts', 'tender-information', 'bid-rigging'])
      await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    await expect(page.getByText('讨论用的边界情形')).toHaveCount(0);
    // axe on the compliance page: site.spec.ts (every page type) and chapters.fixture.spec.ts.
  });

  test("city-bureau's role coverage says one opponent blocks its TB, not one friendly holder", async ({ page }) => {
    await page.goto('/accounts/city-bureau/');
    const tb = page.getByRole('table', { name: '采购角色覆盖' }).first().locator('tr[data-role="TB"]');
    await expect(tb.locator('[data-stance]')).toHaveAttribute('data-stance', 'against');
    await expect(tb).toContainText('一人就能卡住这个角色');
  });
});
