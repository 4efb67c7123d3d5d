import { test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const DECK = '/chapters/04-buying-roles/slides/';

/** Sample content: chapter 4's deck passes axe in the trainer edition (machinery: slides.fixture.spec.ts). */
test.describe('sample content: slide mode (trainer edition)', () => {
  test('the slide page has no axe violations in the trainer edition', async ({ page }) => {
    await page.goto(`${DECK}#2`);
    await expectNoAxeViolations(page);
  });
});
