import { expect, test } from '@playwright/test';

test.describe('accounts in the trainer edition', () => {
  test('shows trainer notes and the internal account', async ({ page }) => {
    await page.goto('/accounts/');
    await expect(page.locator('[data-account="city-bank"]')).toBeVisible();
    await page.goto('/accounts/city-hospital/');
    await expect(page.locator('meta[name="kam-edition"]')).toHaveAttribute('content', 'trainer');
    await expect(page.locator('.trainer-notes').first()).toBeVisible();
  });
});
