/**
 * Self-check and workshop-test machinery (feedback, score, autosave, export, unreadable saved
 * answers, phone width) on the fixture site's chapter and agenda. That the sample chapters have
 * their self-checks and that no answer reaches a trainee build is checked in assessment.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CHAPTER = '/chapters/01-fixture-maps/';
const PRE_TEST = '/workshops/fixture-half-day/pre-test/';
const PRE_KEY = 'kam:assessment:fixture-half-day:pre:v1';

const question = (page: Page, id: string) => page.locator(`fieldset[data-question="${id}"]`);
const choose = (page: Page, id: string, option: string) =>
  question(page, id).locator(`input[value="${option}"]`).check();

test.describe('chapter self-check', () => {
  test('answers are checked with feedback: wrong, missed, right, with the explanation', async ({ page }) => {
    await page.goto(CHAPTER);
    const section = page.getByRole('region', { name: '本章自测' });
    await expect(section).toBeVisible();

    const first = question(page, 'who-decides');
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.getByRole('status')).toHaveText('请先选择选项，再核对答案。');
    await choose(page, 'who-decides', 'b');
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.getByRole('status')).toContainText('还不对。 漏选了：A 不该选：B');
    await expect(first.getByRole('status')).toContainText('解析：决策者放钱并拍板');
    await expect(first).toHaveAttribute('data-result', 'incorrect');
    await choose(page, 'who-decides', 'a');
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.getByRole('status')).toContainText('回答正确。');

    // Multiple choice: checkboxes, and a partly right answer says what was missed.
    const second = question(page, 'grid-axes');
    await expect(second.getByRole('checkbox')).toHaveCount(4);
    await choose(page, 'grid-axes', 'a');
    await choose(page, 'grid-axes', 'c');
    await second.getByRole('button', { name: '核对答案' }).click();
    await expect(second.getByRole('status')).toContainText('漏选了：B');
    await expect(page.locator('.quiz-score')).toHaveText('已核对 2 / 3 题，答对 1 题。');

    // A case question points at the account's table.
    const link = question(page, 'clinic-dean').getByRole('link');
    await expect(link).toHaveAttribute('href', '/accounts/fixture-clinic/#power-interest');
    await expect(link).toHaveText('先看青川社区医院的“权力—兴趣矩阵”');
    await expectNoAxeViolations(page);
  });
});

test.describe('workshop pre-test', () => {
  test('a cohort’s answers are kept under its namespace; answers kept before namespaces move into it', async ({
    page,
  }) => {
    const cohortKey = (cohort: string) => PRE_KEY.replace('kam:', `kam@${cohort}:`);
    const stored = (key: string) => page.evaluate((name) => localStorage.getItem(name), key);
    await page.goto(`${PRE_TEST}?cohort=A班`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${PRE_TEST}?cohort=A班`);
    await choose(page, 'single-thread', 'b');
    await expect(page.getByRole('status')).toContainText('已自动保存');
    const saved = await stored(cohortKey('A班'));
    expect(saved).toContain('single-thread');
    expect(await stored(PRE_KEY)).toBeNull();

    // An older version kept answers under kam: whatever the cohort: the cohort this device works in takes them.
    await page.evaluate(
      ([key, value]) => {
        localStorage.clear();
        localStorage.setItem('kam:cohort:v1', 'B班');
        localStorage.setItem(key!, value!);
      },
      [PRE_KEY, saved],
    );
    await page.goto(PRE_TEST);
    await expect(question(page, 'single-thread').locator('input[value="b"]')).toBeChecked();
    expect(await stored(cohortKey('B班'))).toBe(saved);
    expect(await stored(PRE_KEY)).toBeNull();
  });

  test('answers save at once and survive a reload; export asks for a name, then names the file after it', async ({
    page,
  }) => {
    await page.goto(PRE_TEST);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('课前测验');
    await choose(page, 'single-thread', 'b');
    await choose(page, 'grid-axes', 'a');
    await choose(page, 'grid-axes', 'd');
    await expect(page.getByRole('status')).toContainText('已自动保存');
    await expect(page.locator('#quiz-progress')).toHaveText('已答 2 / 3 题。');

    await page.getByRole('button', { name: '导出答卷' }).click();
    await expect(page.getByRole('alert')).toContainText('请先填写姓名');
    await expect(page.getByLabel('姓名')).toBeFocused();
    await page.getByLabel('姓名').fill('韩梅梅 <b>粗体</b>');

    await page.reload();
    await expect(page.getByLabel('姓名')).toHaveValue('韩梅梅 <b>粗体</b>');
    await expect(question(page, 'single-thread').locator('input[value="b"]')).toBeChecked();
    await expect(question(page, 'grid-axes').locator('input[value="d"]')).toBeChecked();
    await expect(question(page, 'grid-axes').locator('input[value="b"]')).not.toBeChecked();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出答卷' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('韩梅梅-b-粗体-b_pre-test_fixture-half-day.assessment.json');
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(exported).toMatchObject({
      format: 'kam-assessment',
      workshop: 'fixture-half-day',
      test: 'pre',
      trainee: '韩梅梅 <b>粗体</b>',
      answers: { 'single-thread': ['b'], 'grid-axes': ['a', 'd'] },
    });
    expect(exported.asked).toHaveLength(3);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PRE_KEY))!)).toMatchObject({
      trainee: '韩梅梅 <b>粗体</b>',
    });
    await expect(page.getByRole('status')).toContainText('已导出');
    await expectNoAxeViolations(page);
  });

  test('saved answers that no longer read are kept aside, never overwritten', async ({ page }) => {
    await page.goto(PRE_TEST);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"kam-assessment","version":1,"work'), PRE_KEY);
    await page.reload();
    await choose(page, 'coach-role', 'b');
    const aside = await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), PRE_KEY);
    expect(aside).toBe('{"format":"kam-assessment","version":1,"work');
  });
});

test.describe('phone width (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const url of [CHAPTER, PRE_TEST]) {
    test(`${url} fits the screen and options are large enough to tap`, async ({ page }) => {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const option = page.locator('.quiz-option').first();
      const box = (await option.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // Tapping the text of an option chooses it.
      await option.locator('span').last().tap();
      await expect(option.locator('input')).toBeChecked();
    });
  }
});
