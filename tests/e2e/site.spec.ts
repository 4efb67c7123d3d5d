import { expect, test } from '@playwright/test';
import { everyPageTypeIsAccessible } from './everyPageType.ts';

test.describe('every page type of the trainee edition', () => {
  everyPageTypeIsAccessible('dist');
});

test.describe('keyboard use', () => {
  test('the first Tab shows a skip link that moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('focused links show a visible focus outline', async ({ page }) => {
    await page.goto('/accounts/');
    const link = page.locator('main a').first();
    await link.focus();
    const outline = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
  });
});
