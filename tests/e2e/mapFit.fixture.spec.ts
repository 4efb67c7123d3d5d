/**
 * Every map of an account page fits its frame at first paint, on a desktop and on a phone: no
 * map wider than its frame, grids reflowed with every name whole. Screenshots of each map are
 * saved with the test results. Machinery, so it runs on the fixture site's account
 * (tests/fixtures/site), not on the sample cases trainers edit.
 */
import { expect, test, type Locator } from '@playwright/test';

const ACCOUNT_PAGE = '/accounts/fixture-clinic/';
const MAP_KINDS = ['org', 'relationship', 'power-interest', 'man', 'decision'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

for (const viewport of VIEWPORTS) {
  test(`every map of an account page fits its frame at first paint at ${viewport.width} px`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(ACCOUNT_PAGE);
    for (const kind of MAP_KINDS) {
      const frame = page.locator(`[data-map-frame][data-kind="${kind}"]`);
      await frame.scrollIntoViewIfNeeded();
      await expect(frame).toHaveAttribute('data-drawn', /\d/);
      const map = frame.locator('[data-canvas] > svg, [data-canvas] > .grid-map');
      await expect(map).toBeVisible();
      const frameBox = await box(frame.locator('.map-viewport'));
      const mapBox = await box(map);
      expect(mapBox.x, `${kind}: left edge inside the frame`).toBeGreaterThanOrEqual(frameBox.x - 0.5);
      expect(mapBox.x + mapBox.width, `${kind}: right edge inside the frame`).toBeLessThanOrEqual(
        frameBox.x + frameBox.width + 0.5,
      );
      const overflow = await frame
        .locator('.map-viewport')
        .evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, `${kind}: nothing to scroll sideways`).toBeLessThanOrEqual(1);
      // Grids: every cell and every name chip lies inside the grid, no name cut.
      for (const part of await map.locator('.grid-cell, .grid-chip').all()) {
        const partBox = await box(part);
        expect(partBox.x + partBox.width, `${kind}: a cell or name inside the frame`).toBeLessThanOrEqual(
          frameBox.x + frameBox.width + 0.5,
        );
        expect(await part.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
      }
      const shot = testInfo.outputPath(`${viewport.name}-${kind}.png`);
      await frame.screenshot({ path: shot });
      await testInfo.attach(`${viewport.name}-${kind}`, { path: shot, contentType: 'image/png' });
    }
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, 'the page itself does not scroll sideways').toBeLessThanOrEqual(1);
  });
}

test('zooming in makes the org chart wider than its frame, and 适应宽度 fits it again', async ({ page }) => {
  // A phone's width: the fixture's small org chart is fitted down to it, so zooming in overflows.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(ACCOUNT_PAGE);
  const frame = page.locator('[data-map-frame][data-kind="org"]');
  await expect(frame).toHaveAttribute('data-drawn', /\d/);
  const viewport = frame.locator('.map-viewport');
  const svg = frame.locator('[data-canvas] > svg');
  const fitted = (await box(svg)).width;
  expect(fitted).toBeLessThanOrEqual((await box(viewport)).width + 0.5);
  await frame.locator('button[data-action="zoom-in"]').click();
  await frame.locator('button[data-action="zoom-in"]').click();
  await frame.locator('button[data-action="zoom-in"]').click();
  expect((await box(svg)).width).toBeGreaterThan(fitted * 1.5);
  expect(await viewport.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await frame.locator('button[data-action="zoom-reset"]').click();
  expect(Math.abs((await box(svg)).width - fitted)).toBeLessThanOrEqual(1);
});
