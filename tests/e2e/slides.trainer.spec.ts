import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const DECK = '/chapters/04-buying-roles/slides/';

test.describe('slide mode with speaker notes (trainer edition)', () => {
  test('trainer notes stay off the projected slides', async ({ page }) => {
    await page.goto(`${DECK}#8`);
    await expect(page.locator('.slide.is-current').getByRole('heading', { level: 2 })).toHaveText('练习');
    await expect(page.locator('.slide .trainer-notes')).toHaveCount(0);
    await expect(page.getByText('关键讨论')).toBeHidden();
  });

  test('the speaker-notes window opens on the current slide and follows the slides both ways', async ({ page }) => {
    await page.goto(`${DECK}#3`);
    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const notes = await popupOpened;
    await expect(notes).toHaveURL(/\?notes#3$/);
    const current = notes.locator('[data-notes-current]');
    await expect(current).toHaveText('第 3 / 8 张：四种采购角色');
    await expect(notes.locator('[data-notes-next]')).toHaveText('下一张：政企客户的特点');
    await expect(notes.getByText('关键讨论')).toBeVisible();

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(current).toHaveText('第 4 / 8 张：政企客户的特点');
    await page.keyboard.press('End');
    await expect(current).toHaveText('第 8 / 8 张：练习');
    await expect(notes.locator('[data-notes-next]')).toHaveText('（已是最后一张）');
    // The notes written in this section are marked as this slide's: the reference answers and
    // the facilitator notes of the exercise.
    const currentNotes = notes.locator('.trainer-notes.is-current');
    await expect(currentNotes).toHaveCount(2);
    await expect(currentNotes.filter({ hasText: '关键讨论' })).toHaveCount(1);
    await expect(currentNotes.filter({ hasText: '预算控制' })).toHaveCount(1);

    // Moving in the notes window moves the projected slides too.
    await notes.bringToFront();
    await notes.keyboard.press('Home');
    await expect(page.locator('[data-slide-counter]')).toHaveText('第 1 / 8 张');
    await expectNoAxeViolations(notes);
  });

  test('the slide page has no axe violations in the trainer edition', async ({ page }) => {
    await page.goto(`${DECK}#2`);
    await expectNoAxeViolations(page);
  });
});
