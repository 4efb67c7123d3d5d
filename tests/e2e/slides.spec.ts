import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

// Chapter 5: title, objectives and key points, then its five h2 sections.
const DECK = '/chapters/05-power-interest/slides/';
const SLIDES = 7;

const currentSlide = (page: Page) => page.locator('.slide.is-current');
const counter = (page: Page) => page.locator('[data-slide-counter]');

test.describe('slide mode (trainee edition)', () => {
  test('a chapter page opens its slide mode', async ({ page }) => {
    await page.goto('/chapters/05-power-interest/');
    await page.getByRole('link', { name: '幻灯片模式' }).click();
    await expect(page).toHaveURL(new RegExp(`${DECK}#1$`));
    await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText('权力—兴趣矩阵');
  });

  test('the keyboard moves through the slides one section at a time and a reload stays put', async ({ page }) => {
    await page.goto(DECK);
    await expect(counter(page)).toHaveText(`第 1 / ${SLIDES} 张`);
    await expect(page.locator('.slide:visible')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('学习目标与要点');
    await expect(currentSlide(page)).toContainText('四个象限：重点管理、令其满意、随时告知、持续关注');
    await page.keyboard.press('ArrowRight');
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('理论来源');
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

    // The worked example, a live table from the case file, has a slide of its own.
    await page.goto(`${DECK}#6`);
    await expect(currentSlide(page).getByRole('heading', { level: 2 })).toHaveText('案例演练：医院智慧药房项目的矩阵');
    await expect(currentSlide(page).getByRole('table').first()).toBeVisible();
    await page.reload();
    await expect(counter(page)).toHaveText(`第 6 / ${SLIDES} 张`);
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
    await expect(page).toHaveURL(/\/chapters\/05-power-interest\/#%E7%90%86%E8%AE%BA%E6%9D%A5%E6%BA%90$/);
  });

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
