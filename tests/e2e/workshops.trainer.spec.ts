import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const FACILITATE = '/scenarios/hospital-pharmacy-first-meeting/facilitate/';
const T0 = new Date('2026-03-02T09:00:00+08:00');

async function openFacilitator(page: Page) {
  await page.clock.install({ time: T0 });
  await page.goto(FACILITATE);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // From here time moves only when the test moves it.
  await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
}

const clock = (page: Page) => page.locator('[data-clock]');

test.describe('facilitator mode', () => {
  test('counts down, pauses, and resumes after a reload', async ({ page }) => {
    await openFacilitator(page);
    await expect(clock(page)).toHaveText('10:00');
    await page.getByRole('button', { name: '开始' }).click();
    await page.clock.runFor(90_000);
    await expect(clock(page)).toHaveText('08:30');
    await page.getByRole('button', { name: '暂停' }).click();
    await page.clock.runFor(60_000);
    await expect(clock(page)).toHaveText('08:30');
    await page.getByRole('button', { name: '开始' }).click();
    await page.clock.runFor(30_000);
    await expect(clock(page)).toHaveText('08:00');
    await page.reload();
    await expect(clock(page)).toHaveText('08:00');
    await page.clock.runFor(60_000);
    await expect(clock(page)).toHaveText('07:00');
    await expect(page.locator('[data-status]')).toHaveText('进行中');
  });

  test('skips, adds a minute and signals the end, all from the keyboard', async ({ page }) => {
    await openFacilitator(page);
    await page.keyboard.press('s');
    await expect(page.getByLabel('结束提示音')).toBeChecked();
    await page.keyboard.press('n');
    await expect(page.locator('[data-stage-title]')).toHaveText('会谈演练');
    await expect(clock(page)).toHaveText('20:00');
    await expect(page.locator('[data-next]')).toHaveText('复盘');
    await page.keyboard.press(' ');
    await page.keyboard.press('+');
    await expect(clock(page)).toHaveText('21:00');
    await page.clock.runFor(21 * 60_000);
    await expect(page.locator('[data-signal]')).toHaveText('时间到');
    await expect(clock(page)).toHaveAttribute('data-over', 'true');
    await page.clock.runFor(5_000);
    await expect(clock(page)).toHaveText('−00:05');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-stage-title]')).toHaveText('复盘');
    await expect(page.locator('[data-prompts] li').first()).toContainText('D 型风格');
    await expect(page.locator('[data-signal]')).toHaveText('');
    await page.keyboard.press('n');
    await expect(page.locator('[data-signal]')).toHaveText('全部环节已结束');
    await page.keyboard.press('r');
    await expect(page.locator('[data-stage-title]')).toHaveText('分组准备');
  });

  test('scores teams with the rubric, keeps them over a reload and exports JSON', async ({ page }) => {
    await openFacilitator(page);
    for (const name of ['第一组', '<b>第二组</b>']) {
      await page.getByLabel('小组名称').fill(name);
      await page.getByRole('button', { name: '添加小组' }).click();
    }
    const first = page.locator('fieldset[data-team="第一组"]');
    await first.getByLabel('开场与节奏').selectOption({ label: '3 · 优秀' });
    await first.getByLabel('获得承诺').selectOption({ label: '2 · 达标' });
    await page.reload();
    const results = page.locator('[data-results] tbody tr');
    await expect(results).toHaveCount(2);
    await expect(results.first()).toContainText('第一组');
    await expect(results.first().locator('td').last()).toHaveText('5*');
    // Hostile team names are shown as text, never as markup.
    await expect(page.locator('[data-results] b')).toHaveCount(0);
    await expect(results.nth(1)).toContainText('<b>第二组</b>');
    const download = page.waitForEvent('download');
    await page.locator('body').click();
    await page.keyboard.press('e');
    const file = await download;
    expect(file.suggestedFilename()).toBe('rubric-hospital-pharmacy-first-meeting.json');
    const saved = JSON.parse(
      await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()),
    );
    expect(saved.teams[0]).toMatchObject({ name: '第一组', scores: { opening: 2, commitment: 1 } });
  });

  test('runs a whole agenda session by session, role plays with their debrief questions', async ({ page }) => {
    await page.clock.install({ time: T0 });
    await page.goto('/workshops/gov-customer-analysis-half-day/facilitate/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
    await expect(page.locator('[data-stage-count]')).toHaveText('环节 1 / 11');
    await expect(page.locator('[data-next]')).toHaveText('四种采购角色与政企采购决策过程');
    for (let step = 0; step < 7; step++) await page.keyboard.press('n');
    await expect(page.locator('[data-stage-title]')).toHaveText('角色扮演：预算沟通会');
    await expect(clock(page)).toHaveText('45:00');
    await expect(page.locator('[data-prompts] li').last()).toContainText('通往局长的路');
    await expect(page.getByRole('link', { name: '预算沟通会：财务审计科长当场反对' })).toHaveAttribute(
      'href',
      '/scenarios/bureau-budget-meeting/facilitate/',
    );
  });

  test('typing a team name does not drive the timer', async ({ page }) => {
    await openFacilitator(page);
    await page.getByLabel('小组名称').fill('n n');
    await expect(page.locator('[data-stage-title]')).toHaveText('分组准备');
    await expect(page.locator('[data-status]')).toHaveText('未开始');
  });

  test('facilitator and trainer scenario pages pass axe', async ({ page }) => {
    // Real time here: axe-core schedules its own timers.
    await page.goto(FACILITATE);
    await page.getByLabel('小组名称').fill('第一组');
    await page.getByRole('button', { name: '添加小组' }).click();
    await expectNoAxeViolations(page);
    await page.goto('/workshops/key-account-one-day/facilitate/');
    await expectNoAxeViolations(page);
    await page.goto('/scenarios/bank-risk-committee-pitch/');
    await expect(page.locator('[data-secret-brief]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('handouts', () => {
  test('print one role card per A4 page', async ({ page }) => {
    await page.goto('/workshops/gov-customer-analysis-half-day/handouts/role-cards/');
    const cards = await page.locator('[data-handout-page]').count();
    expect(cards).toBe(5);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(cards);
  });
});
