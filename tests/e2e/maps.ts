import { expect, type Page } from '@playwright/test';

export const MAP_KINDS = ['org', 'relationship', 'power-interest', 'man', 'decision'];

// The frame on show: with several opportunities, the decision maps of the others are hidden.
export const frame = (page: Page, kind: string) => page.locator(`[data-map-frame][data-kind="${kind}"]:visible`);
export const person = (page: Page, kind: string, id: string) => frame(page, kind).locator(`g[data-person="${id}"]`);

/** Opens an account page and waits until every map on it is drawn. */
export async function openMaps(page: Page, account: string) {
  await page.goto(`/accounts/${account}/`);
  for (const kind of MAP_KINDS) {
    await frame(page, kind).scrollIntoViewIfNeeded();
    await expect(frame(page, kind)).toHaveAttribute('data-drawn', /\d/);
  }
}
