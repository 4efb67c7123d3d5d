import { expect, test } from '@playwright/test';

test('the map detail panel shows trainer notes in the trainer edition', async ({ page }) => {
  await page.goto('/accounts/city-hospital/');
  const org = page.locator('[data-map-frame][data-kind="org"]');
  await org.scrollIntoViewIfNeeded();
  await expect(org).toHaveAttribute('data-drawn', /\d/);
  await org.locator('g[data-person="sec-gao"]').click();
  await expect(org.locator('[data-panel]')).toContainText('讲师备注');
});
