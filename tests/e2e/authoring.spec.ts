import { expect, test } from '@playwright/test';

test('the trainee edition has no authoring page, link or template', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation').getByRole('link', { name: '编写案例' })).toHaveCount(0);
  expect((await request.get('/authoring/')).status()).toBe(404);
  expect((await request.get('/authoring/account-import.xlsx')).status()).toBe(404);
});
