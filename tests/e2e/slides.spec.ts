import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

// Chapter 5: slide 2 holds the key points, slide 6 the worked example's table.
const DECK = '/chapters/05-power-interest/slides/';

const currentSlide = (page: Page) => page.locator('.slide.is-current');

/**
 * Sample content in slide mode (trainee edition): chapter 5's key points and example table are
 * large enough for a room, no speaker notes are built, and the deck passes axe. The slide-mode
 * machinery is tested on the fixture site (slides.fixture.spec.ts).
 */
test.describe('sample content: slide mode (trainee edition)', () => {
  for (const viewport of [
    { width: 1920, height: 1080, text: 32 },
    { width: 1280, height: 720, text: 21 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} the key points and the example table are large enough for a room`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${DECK}#2`);
      const keyPoint = currentSlide(page).locator('.slide__key-points li').first();
      const size = await keyPoint.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(viewport.text);
      await page.goto(`${DECK}#6`);
      const table = currentSlide(page).getByRole('table').first();
      const cell = await table
        .locator('td')
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(cell).toBeGreaterThanOrEqual(viewport.text * 0.7);
      // The table fits the slide's width: nothing to scroll sideways on the projector.
      const box = (await table.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    });
  }

  test('no speaker notes, notes button or trainer notes in the trainee edition', async ({ page }) => {
    const html = readFileSync('dist/chapters/04-buying-roles/slides/index.html', 'utf8');
    expect(html).not.toContain('data-speaker-notes');
    expect(html).not.toContain('class="trainer-notes"');
    expect(html).not.toContain('关键讨论');
    await page.goto('/chapters/04-buying-roles/slides/?notes#2');
    await expect(page.getByRole('button', { name: /演讲者备注/ })).toHaveCount(0);
    await expect(page.locator('.speaker-notes')).toHaveCount(0);
  });

  test('the slide page has no axe violations', async ({ page }) => {
    await page.goto(`${DECK}#6`);
    await expect(currentSlide(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
