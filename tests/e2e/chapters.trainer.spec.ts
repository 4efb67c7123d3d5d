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
    expect(readFileSync('dist-trainer/search-index.json', 'utf8')).toContain('关键讨论');
  });
});
