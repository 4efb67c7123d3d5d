/**
 * Facilitator-mode machinery (countdown, pause, reload, keys, end signal, rubric scores and their
 * export, a whole agenda) on the fixture site's scenario and agenda, with a fake clock; the agenda
 * page (start times, pre-work, materials, cut notes) and axe on the scenario and agenda pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const SCENARIO = 'fixture-first-meeting';
const FACILITATE = `/scenarios/${SCENARIO}/facilitate/`;
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

  test('keeps the timer under the cohort’s namespace, and resumes one saved before namespaces', async ({ page }) => {
    await openFacilitator(page);
    await page.evaluate(() => localStorage.setItem('kam:cohort:v1', 'A班'));
    await page.reload();
    await page.getByRole('button', { name: '开始' }).click();
    await page.clock.runFor(60_000);
    await expect(clock(page)).toHaveText('09:00');
    const keys = () => page.evaluate(() => Object.keys(localStorage).sort());
    const [timer] = (await keys()).filter((key) => key.startsWith('kam@A班:workshops:timer:v1:'));
    expect(timer).toBeDefined();
    // As an older version kept it: the next page moves it into the cohort and resumes it.
    await page.evaluate((key) => {
      const legacy = key.replace('kam@A班:', 'kam-workbook:');
      localStorage.setItem(legacy, localStorage.getItem(key)!);
      localStorage.removeItem(key);
    }, timer!);
    await page.reload();
    await expect(clock(page)).toHaveText('09:00');
    expect((await keys()).filter((key) => key.startsWith('kam-workbook:'))).toEqual([]);
    expect(await keys()).toContain(timer);
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
    expect(file.suggestedFilename()).toBe(`rubric-${SCENARIO}.json`);
    const saved = JSON.parse(
      await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()),
    );
    expect(saved.teams[0]).toMatchObject({ name: '第一组', scores: { opening: 2, commitment: 1 } });
  });

  test('runs a whole agenda session by session, role plays with their debrief questions', async ({ page }) => {
    await page.clock.install({ time: T0 });
    await page.goto('/workshops/fixture-half-day/facilitate/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
    await expect(page.locator('[data-stage-count]')).toHaveText('环节 1 / 6');
    await expect(page.locator('[data-next]')).toHaveText('看图识人');
    for (let step = 0; step < 4; step++) await page.keyboard.press('n');
    await expect(page.locator('[data-stage-title]')).toHaveText('角色扮演：第一次会谈');
    await expect(clock(page)).toHaveText('45:00');
    await expect(page.locator('[data-prompts] li').last()).toContainText('D 型风格');
    await expect(page.getByRole('link', { name: '与药剂科吴主任的第一次会谈' })).toHaveAttribute(
      'href',
      `/scenarios/${SCENARIO}/facilitate/`,
    );
  });

  test('typing a team name does not drive the timer', async ({ page }) => {
    await openFacilitator(page);
    await page.getByLabel('小组名称').fill('n n');
    await expect(page.locator('[data-stage-title]')).toHaveText('分组准备');
    await expect(page.locator('[data-status]')).toHaveText('未开始');
  });
});

test.describe('the agenda page', () => {
  const AGENDA = '/workshops/fixture-half-day/';

  test('recomputes start times from a chosen start', async ({ page }) => {
    await page.goto(AGENDA);
    const starts = page.locator('.agenda-table [data-start]');
    await expect(starts.first()).toHaveText('09:00');
    await expect(page.locator('.agenda-table [data-end]').last()).toHaveText('12:00');
    await page.getByLabel('开始时间').fill('13:30');
    await expect(starts.first()).toHaveText('13:30');
    await expect(starts.nth(1)).toHaveText('13:55');
    await expect(page.locator('.agenda-table [data-end]').last()).toHaveText('16:30');
    await expect(page.getByRole('link', { name: '与药剂科吴主任的第一次会谈' })).toBeVisible();
  });

  test('shows its pre-work, materials, what a shortened chapter leaves out and the compliance page', async ({
    page,
  }) => {
    await page.goto(AGENDA);
    const prework = page.getByRole('region', { name: '课前准备' });
    await expect(prework).toContainText('带一份自己客户的联系人清单');
    await expect(prework.getByRole('link', { name: '夹具章节：看图识人' })).toBeVisible();
    await expect(page.getByRole('region', { name: '物料清单' }).getByRole('listitem')).toHaveText([
      '打印好的权力—兴趣练习表',
    ]);
    const cuts = page.locator('.agenda-table tr[data-kind="chapter"] .agenda-cut');
    await expect(cuts).toHaveText(['本次略去：练习留作课后作业']);
    await page.getByRole('link', { name: /合规红线/ }).click();
    await expect(page).toHaveURL(/\/compliance\/$/);
    await expect(page.getByRole('heading', { level: 1, name: '合规红线' })).toBeVisible();
  });

  test('scenario and agenda pages pass axe', async ({ page }) => {
    test.slow();
    for (const path of ['/scenarios/', `/scenarios/${SCENARIO}/`, '/workshops/', AGENDA]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
