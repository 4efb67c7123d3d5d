import { expect, type Page } from '@playwright/test';

/** The chapter index lists exactly `ids`, in this order. */
export async function expectChapterIndex(page: Page, ids: readonly string[]) {
  await page.goto('/chapters/');
  const listed = await page
    .locator('[data-chapter]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-chapter')));
  expect(listed).toEqual(ids);
}

/** Each chapter shows its title, objectives, key points, a live worked example and an exercise. */
export async function expectChapterParts(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    await page.goto(`/chapters/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '学习目标' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '要点' })).toBeVisible();
    await expect(page.locator('.worked-example').first()).toBeVisible();
    await expect(page.getByRole('region', { name: '练习' })).toBeVisible();
  }
}
