import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/quality/builtSite.ts';
import { pdfPages, runHandouts, squeeze, workshopContent } from './printedPdf.ts';

test.describe('the whole workbook in print (trainee edition)', () => {
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

  test('npm run handouts -- --book prints one A4 PDF with a table of contents and page numbers', () => {
    test.setTimeout(180_000);
    const out = 'tmp/test-handouts/book';
    runHandouts(out, '--book');
    const pages = pdfPages(`${out}/book.pdf`);
    const total = pages.length;
    // Cover, contents, 12 chapters, glossary and five worksheets: at least one page each.
    expect(total).toBeGreaterThanOrEqual(20);

    // Every page carries "n / total" in its footer.
    pages.forEach((text, index) =>
      expect(text.trim().endsWith(`${index + 1} / ${total}`), `page ${index + 1}`).toBe(true),
    );

    // The contents: 12 chapters, glossary, worksheets and each of the five, with rising page numbers
    // that point at the page where each one starts.
    const contents = pages.findIndex((text) => text.includes('目录'));
    const entries = pages[contents]!.split('\n')
      .map((line) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ title: match[1]!, page: Number(match[2]) }));
    expect(entries).toHaveLength(19);
    expect(entries.filter((entry) => entry.title.startsWith('第 '))).toHaveLength(12);
    for (const [index, entry] of entries.entries()) {
      const title = entry.title.replace(/^第 \d+ 章 /, '');
      expect(squeeze(pages[entry.page - 1]!), `${entry.title} on page ${entry.page}`).toContain(squeeze(title));
      if (index > 0) expect(entry.page).toBeGreaterThanOrEqual(entries[index - 1]!.page);
    }
    expect(entries.at(-1)!.page).toBe(total);
    expect(pages.join('')).not.toContain('关键讨论');
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
