import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { listFiles } from '../../scripts/quality/builtSite.ts';
import { expectNoAxeViolations } from './a11y.ts';

const CHAPTER = '/chapters/05-power-interest/';
const PRE_TEST = '/workshops/key-account-one-day/pre-test/';
const PRE_KEY = 'kam:assessment:key-account-one-day:pre:v1';

const question = (page: Page, id: string) => page.locator(`fieldset[data-question="${id}"]`);
const choose = (page: Page, id: string, option: string) =>
  question(page, id).locator(`input[value="${option}"]`).check();

test.describe('chapter self-check', () => {
  test('answers are checked with feedback: wrong, missed, right, with the explanation', async ({ page }) => {
    await page.goto(CHAPTER);
    const section = page.getByRole('region', { name: '本章自测' });
    await expect(section).toBeVisible();

    const first = question(page, 'quadrant-names');
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.getByRole('status')).toHaveText('请先选择选项，再核对答案。');
    await choose(page, 'quadrant-names', 'b');
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.getByRole('status')).toContainText('还不对。 漏选了：A 不该选：B');
    await expect(first.getByRole('status')).toContainText('解析：高权力高兴趣是重点管理');
    await expect(first).toHaveAttribute('data-result', 'incorrect');
    await choose(page, 'quadrant-names', 'a');
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.getByRole('status')).toContainText('回答正确。');

    // Multiple choice: checkboxes, and a partly right answer says what was missed.
    const second = question(page, 'matrix-dynamic');
    await expect(second.getByRole('checkbox')).toHaveCount(4);
    await choose(page, 'matrix-dynamic', 'a');
    await choose(page, 'matrix-dynamic', 'b');
    await second.getByRole('button', { name: '核对答案' }).click();
    await expect(second.getByRole('status')).toContainText('漏选了：D');
    await expect(page.locator('.quiz-score')).toHaveText('已核对 2 / 3 题，答对 1 题。');

    // A case question points at the sample account's table.
    const link = question(page, 'hospital-party-secretary').getByRole('link');
    await expect(link).toHaveAttribute('href', '/accounts/city-hospital/#power-interest');
    await expect(link).toHaveText('先看澄川市第一人民医院的“权力—兴趣矩阵”');
    await expectNoAxeViolations(page);
  });

  test('every chapter ends with its self-check', async ({ page }) => {
    await page.goto('/chapters/01-why-analyse/');
    await expect(page.locator('[data-self-check] fieldset')).toHaveCount(3);
  });
});

test.describe('workshop pre-test', () => {
  test('answers save at once and survive a reload; export asks for a name, then names the file after it', async ({
    page,
  }) => {
    await page.goto(PRE_TEST);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('课前测验');
    await choose(page, 'single-threaded-risk', 'b');
    await choose(page, 'info-categories', 'a');
    await choose(page, 'info-categories', 'd');
    await expect(page.getByRole('status')).toContainText('已自动保存');
    await expect(page.locator('#quiz-progress')).toHaveText('已答 2 / 7 题。');

    await page.getByRole('button', { name: '导出答卷' }).click();
    await expect(page.getByRole('alert')).toContainText('请先填写姓名');
    await expect(page.getByLabel('姓名')).toBeFocused();
    await page.getByLabel('姓名').fill('韩梅梅 <b>粗体</b>');

    await page.reload();
    await expect(page.getByLabel('姓名')).toHaveValue('韩梅梅 <b>粗体</b>');
    await expect(question(page, 'single-threaded-risk').locator('input[value="b"]')).toBeChecked();
    await expect(question(page, 'info-categories').locator('input[value="d"]')).toBeChecked();
    await expect(question(page, 'info-categories').locator('input[value="b"]')).not.toBeChecked();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出答卷' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('韩梅梅-b-粗体-b_pre-test_key-account-one-day.assessment.json');
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(exported).toMatchObject({
      format: 'kam-assessment',
      workshop: 'key-account-one-day',
      test: 'pre',
      trainee: '韩梅梅 <b>粗体</b>',
      answers: { 'single-threaded-risk': ['b'], 'info-categories': ['a', 'd'] },
    });
    expect(exported.asked).toHaveLength(7);
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

test.describe('trainer-only answers', () => {
  const testFiles = ['gov-customer-analysis-half-day', 'key-account-one-day'].map(
    (id) => parse(readFileSync(`content/workshops/assessments/${id}.yaml`, 'utf8')) as Record<string, any>,
  );
  const explanations: string[] = testFiles.flatMap((file) =>
    file.questions.map((question: any) => question.trainer.explanation),
  );

  // tmp/dist-kam is the public edition `npm test` builds (under /kam/); dist-public a hand-made one.
  for (const dir of ['dist', 'tmp/dist-kam', 'dist-public']) {
    test(`${dir}/ has no workshop-test key or explanation in any HTML, JS, JSON or search index`, () => {
      test.skip(!existsSync(dir), `${dir}/ is not built`);
      const texts = listFiles(dir)
        .filter((file) => /\.(html|js|mjs|json|txt|xml)$/.test(file))
        .map((file) => [file, readFileSync(join(dir, file), 'utf8')] as const);
      expect(texts.some(([file]) => file.endsWith('search-index.json'))).toBe(true);
      for (const [file, text] of texts) {
        // Whole explanations: they reuse phrases of the chapters, which are public.
        for (const explanation of explanations) expect(text, file).not.toContain(explanation);
      }
      // No debrief page (its script file may be built, but it holds code, no key).
      expect(listFiles(dir).filter((file) => file.includes('test-debrief/'))).toEqual([]);
      for (const [file, text] of texts.filter(([name]) => /\/(pre|post)-test\/index\.html$/.test(name))) {
        const config = /<script type="application\/json" id="quiz-config">([^<]*)<\/script>/.exec(text)?.[1];
        expect(config, file).toBeDefined();
        expect(config, file).not.toMatch(/"(correct|trainer|explanation)"/);
      }
    });
  }
});
