import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('accounts in the trainer edition', () => {
  test('shows trainer notes and the internal account', async ({ page }) => {
    await page.goto('/accounts/');
    await expect(page.locator('[data-account="city-bank"]')).toBeVisible();
    await page.goto('/accounts/city-hospital/');
    await expect(page.locator('meta[name="kam-edition"]')).toHaveAttribute('content', 'trainer');
    await expect(page.locator('.trainer-notes').first()).toBeVisible();
  });

  test('the accounts index says per account whether the public edition would publish it, and why not', async ({
    page,
  }) => {
    await page.goto('/accounts/');
    const section = page.getByRole('region', { name: '公开版发布检查' });
    await expect(section).toBeVisible();
    const bank = section.locator('[data-publish="city-bank"]');
    await expect(bank).toContainText('不会发布');
    await expect(bank).toContainText('保密级别为 internal');
    // Written by hand, not by the sanitizer: not published even though marked sanitized.
    await expect(section.locator('[data-publish="city-hospital"]')).toContainText('不是由脱敏工具生成的');
    await expectNoAxeViolations(page);
  });
});
