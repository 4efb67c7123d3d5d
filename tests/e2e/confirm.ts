import { expect, type Locator, type Page } from '@playwright/test';

/** Deletes a listed row the way a person would: dismissing the confirmation keeps it, accepting removes it. */
export async function deleteRowAfterConfirming(page: Page, row: Locator) {
  page.once('dialog', (dialog) => dialog.dismiss());
  await row.getByRole('button', { name: '删除' }).click();
  await expect(row).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: '删除' }).click();
  await expect(row).toHaveCount(0);
}
