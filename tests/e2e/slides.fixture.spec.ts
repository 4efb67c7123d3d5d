/**
 * Slide-mode machinery on the fixture site's one chapter (trainer edition): opening, keys,
 * buttons, the address, full screen, Esc back to the section, and the speaker-notes window. The
 * samples' decks are checked as content in slides.spec.ts and slides.trainer.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

// Title, objectives and key points, then the chapter's three h2 sections.
const CHAPTER = '/chapters/01-fixture-maps/';
const DECK = `${CHAPTER}slides/`;
const SLIDES = 5;

const currentSlide = (page: Page) => page.locator('.slide.is-current');
const counter = (page: Page) => page.locator('[data-slide-counter]');

test.describe('slide mode', () => {
  test('a chapter page opens its slide mode', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.getByRole('link', { name: '幻灯片模式' }).click();
    await expect(page).toHaveURL(new RegExp(`${DECK}#1$`));
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText('夹具章节：看图识人');
  });

  test('the keyboard moves through the slides one section at a time and a reload stays put', async ({ page }) => {
    await page.goto(DECK);
    await expect(counter(page)).toHaveText(`第 1 / ${SLIDES} 张`);
    await expect(page.locator('.slide:visible')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('学习目标与要点');
    await expect(currentSlide(page)).toContainText('采购角色看作用，不看职务');
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('找到决策者');
    await expect(page).toHaveURL(/#3$/);
    await expect(page.locator('.slide:visible')).toHaveCount(1);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#2$/);

    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`第 ${SLIDES} / ${SLIDES} 张`);
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('练习');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`第 ${SLIDES} / ${SLIDES} 张`);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#1$/);

    // A live table from the case file has a slide of its own, and a reload stays on it.
    await page.goto(`${DECK}#4`);
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('排出轻重缓急');
    await expect(currentSlide(page).getByRole('table').first()).toBeVisible();
    await page.reload();
    await expect(counter(page)).toHaveText(`第 4 / ${SLIDES} 张`);
    await expect(currentSlide(page).getByRole('table').first()).toBeVisible();
  });

  test('the buttons move too, F asks for full screen and Esc leaves for the chapter at the same section', async ({
    page,
  }) => {
    await page.goto(`${DECK}#3`);
    await page.getByRole('button', { name: '下一张' }).click();
    await expect(counter(page)).toHaveText(`第 4 / ${SLIDES} 张`);
    await page.getByRole('button', { name: '上一张' }).click();
    await expect(counter(page)).toHaveText(`第 3 / ${SLIDES} 张`);
    await page.locator('body').focus();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`${CHAPTER}#${encodeURIComponent('找到决策者')}$`));
  });

  test('trainer notes stay off the projected slides', async ({ page }) => {
    await page.goto(`${DECK}#${SLIDES}`);
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('练习');
    await expect(page.locator('.slide .trainer-notes')).toHaveCount(0);
    await expect(page.getByText('夹具讨论要点')).toBeHidden();
  });

  test('the speaker-notes window opens on the current slide and follows the slides both ways', async ({ page }) => {
    await page.goto(`${DECK}#3`);
    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const notes = await popupOpened;
    await expect(notes).toHaveURL(/\?notes#3$/);
    const current = notes.locator('[data-notes-current]');
    await expect(current).toHaveText(`第 3 / ${SLIDES} 张：找到决策者`);
    await expect(notes.locator('[data-notes-next]')).toHaveText('下一张：排出轻重缓急');

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(current).toHaveText(`第 4 / ${SLIDES} 张：排出轻重缓急`);
    await page.keyboard.press('End');
    await expect(current).toHaveText(`第 ${SLIDES} / ${SLIDES} 张：练习`);
    await expect(notes.locator('[data-notes-next]')).toHaveText('（已是最后一张）');
    // The notes written in this section are marked as this slide's: the reference answers and
    // the facilitator notes of the exercise.
    const currentNotes = notes.locator('.trainer-notes.is-current');
    await expect(currentNotes).toHaveCount(2);
    await expect(currentNotes.filter({ hasText: '夹具讨论要点' })).toHaveCount(1);
    await expect(currentNotes.filter({ hasText: '院长三项齐全' })).toHaveCount(1);

    // Moving in the notes window moves the projected slides too.
    await notes.bringToFront();
    await notes.keyboard.press('Home');
    await expect(page.locator('[data-slide-counter]')).toHaveText(`第 1 / ${SLIDES} 张`);
    await expectNoAxeViolations(notes);
  });
});
