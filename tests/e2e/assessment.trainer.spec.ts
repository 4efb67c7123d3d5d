import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const WORKSHOP = '/workshops/key-account-one-day/';
const DEBRIEF = `${WORKSHOP}test-debrief/`;

/** The key of key-account-one-day, question by question. */
const RIGHT: Record<string, string[]> = {
  'single-threaded-risk': ['b'],
  'info-categories': ['a', 'b', 'd'],
  'coach-role': ['b'],
  'middle-score': ['a'],
  'disc-c': ['c'],
  motives: ['a', 'c'],
  'coverage-principle': ['b'],
};

/** One trainee, in a browser of their own, answers a test and exports it; returns the file. */
async function takeTest(browser: Browser, trainee: string, test: 'pre' | 'post', answers: Record<string, string[]>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${WORKSHOP}${test}-test/`);
  await page.getByLabel('姓名').fill(trainee);
  for (const [question, options] of Object.entries(answers)) {
    for (const option of options)
      await page.locator(`fieldset[data-question="${question}"] input[value="${option}"]`).check();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出答卷' }).click();
  const file = await download;
  const name = file.suggestedFilename();
  expect(name).toBe(`${trainee}_${test}-test_key-account-one-day.assessment.json`);
  const buffer = readFileSync(await file.path());
  await context.close();
  return { name, mimeType: 'application/json', buffer };
}

test('pre-tests and post-tests of two trainees are scored on the debrief page with the gain', async ({
  browser,
  page,
}) => {
  test.slow(); // four browser sessions and axe on a busy 2-core machine
  const files = [
    // 韩梅梅: 1 of 7 before, 7 of 7 after. 李雷: 1 of 7 before, 6 of 7 after (motives half right).
    await takeTest(browser, '韩梅梅', 'pre', { 'single-threaded-risk': ['b'], 'info-categories': ['a'] }),
    await takeTest(browser, '李雷', 'pre', { 'single-threaded-risk': ['a'], 'middle-score': ['a'] }),
    await takeTest(browser, '韩梅梅', 'post', RIGHT),
    await takeTest(browser, '李雷', 'post', { ...RIGHT, motives: ['a'] }),
  ];

  await page.goto(WORKSHOP);
  await page.getByRole('link', { name: '测验复盘' }).click();
  await expect(page).toHaveURL(new RegExp(`${DEBRIEF}$`));
  const input = page.getByLabel('学员答卷文件（课前和课后，可多选）');
  await expect(input).toHaveAttribute('data-ready', 'true');
  await input.setInputFiles([
    ...files,
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') },
    {
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        files[0]!.buffer.toString().replace('"key-account-one-day"', '"gov-customer-analysis-half-day"'),
      ),
    },
  ]);
  await expect(page.getByRole('status')).toHaveText('已读取 4 份答卷：课前 2 份，课后 2 份。');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('没有读取“broken.json”，已读取的答卷不受影响。 文件不完整或不是 JSON 格式');
  await expect(alert).toContainText('这是另一个工作坊（gov-customer-analysis-half-day）的答卷');

  const overall = page.getByRole('table', { name: '总体' });
  await expect(overall.locator('tr[data-measure="pre"] td')).toHaveText('14%');
  await expect(overall.locator('tr[data-measure="post"] td')).toHaveText('93%');
  await expect(overall.locator('tr[data-measure="gain"] td')).toHaveText('+79 个百分点');
  await expect(overall.locator('tr[data-measure="normalized-gain"] td')).toHaveText('0.92');
  await expect(page.getByText('前后都交卷的学员：2 人，人均提升 +79 个百分点')).toBeVisible();

  const perQuestion = page.getByRole('table', { name: '逐题对比' });
  const motives = perQuestion.locator('tr[data-question="motives"]');
  await expect(motives.locator('td').nth(0)).toHaveText('0%（0/2）');
  await expect(motives.locator('td').nth(1)).toHaveText('50%（1/2）');
  await expect(motives.locator('td').nth(2)).toHaveText('+50 个百分点');
  await expect(motives.locator('li[data-option="a"]')).toContainText('：0 → 2');
  await expect(motives.locator('li[data-option="c"]')).toContainText('：0 → 1');
  await expect(motives).toContainText('A、C');
  await expect(motives).toContainText('关系动机关乎地位和人际');
  const risk = perQuestion.locator('tr[data-question="single-threaded-risk"]');
  await expect(risk.locator('td').nth(0)).toHaveText('50%（1/2）');
  await expect(risk.locator('td').nth(2)).toHaveText('+50 个百分点');

  const missed = page.locator('.quiz-most-missed li');
  await expect(missed).toHaveCount(1);
  await expect(missed.first()).toHaveAttribute('data-question', 'motives');
  await expect(missed.first()).toContainText('课后测验错了 1 / 2 人（50%）');

  const trainees = page.getByRole('table', { name: '学员得分' });
  await expect(trainees.locator('tbody tr')).toHaveCount(2);
  await expect(trainees.locator('tr', { hasText: '韩梅梅' }).locator('td')).toHaveText(['14%', '100%', '+86 个百分点']);

  // A later file adds to what was read; a resubmitted test replaces the earlier one and says so.
  await input.setInputFiles([files[1]!]);
  await expect(page.getByRole('status')).toHaveText('已读取 4 份答卷：课前 2 份，课后 2 份。');
  await expect(page.getByText('李雷的课前测验不止一份，只计最后保存的那一份。')).toBeVisible();
  await expect(page.locator('#quiz-debrief-problems')).toBeEmpty();
  await expectNoAxeViolations(page);
});

test('the test pages carry no key in the trainer edition either; the debrief is linked from the agenda', async ({
  page,
}) => {
  await page.goto(`${WORKSHOP}pre-test/`);
  const config = await page.locator('#quiz-config').textContent();
  expect(config).not.toMatch(/"(correct|trainer|explanation)"/);
  await page.goto(WORKSHOP);
  await expect(page.getByRole('link', { name: '课前测验' })).toBeVisible();
  await expect(page.getByRole('link', { name: '课后测验' })).toBeVisible();
});
