/**
 * Own accounts and the blank worksheets that share them (store, switcher, cohorts, old sheets,
 * wipe and backup, tabs, phone) on the fixture site: machinery that no sample content changes.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';
import { deleteRowAfterConfirming } from './confirm.ts';

const MY = '/my-accounts/';
const sheet = (kind: string) => `/worksheets/${kind}/blank/`;
const siteKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('kam'))
      .sort(),
  );

async function createAccount(page: Page, name: string, cohortQuery = '') {
  await page.goto(`${MY}${cohortQuery}`);
  await page.getByLabel('客户名称').fill(name);
  await page.getByLabel('行业').fill('政府');
  await page.getByLabel('性质').selectOption('government');
  await page.getByLabel('分析日期').fill('2026-11-01');
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page.getByRole('status')).toContainText(`已新建「${name}」`);
}

async function addPerson(page: Page, name: string, title: string) {
  await page.getByLabel('姓名', { exact: true }).fill(name);
  await page.getByLabel('职务').fill(title);
  await page.getByRole('button', { name: '添加人员' }).click();
  await expect(page.getByText(`${name} ${title}`).first()).toBeVisible();
}

test('a person added on the relationship map is on the MAN, power–interest and action-plan sheets, after a reload too', async ({
  page,
}) => {
  test.slow(); // axe-core on several pages of a busy 2-core machine
  await createAccount(page, '滨江市数据局');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '关系地图练习表' }).click();
  await expect(page.getByLabel('当前客户')).toHaveValue('own-1');
  await expect(page.locator('.own-note')).toContainText('只保存在这台设备的这个浏览器里');
  // An own account's sheets are emptied by deleting the customer, not by a reset button.
  await expect(page.getByRole('button', { name: '清空重来' })).toBeHidden();
  await addPerson(page, '高局长', '局长');
  await addPerson(page, '周科长', '信息科科长');
  await page.getByLabel('高局长 部门').fill('局领导');
  await page.locator('tr[data-person="p1"]').getByRole('checkbox', { name: 'EB' }).check();
  await expectNoAxeViolations(page);

  await page.goto(sheet('man'));
  await expect(page.locator('.ws-card[data-person="p1"] legend').first()).toContainText('高局长 局长');
  await expect(page.locator('.ws-card[data-person="p2"] legend').first()).toContainText('周科长 信息科科长');
  await page
    .locator('.ws-card[data-person="p1"]')
    .getByRole('group', { name: 'Money 购买力' })
    .getByLabel('是')
    .check();

  await page.goto(sheet('power-interest'));
  await expect(page.locator('tr[data-person="p1"]')).toContainText('高局长');
  await page.getByLabel('高局长 权力').selectOption('5');
  await page.getByLabel('高局长 兴趣').selectOption('4');

  await page.goto(sheet('action-plan'));
  const plan = page.locator('.ws-card[data-person="p2"]');
  await expect(plan).toContainText('周科长');
  await plan.getByLabel('下一步行动').fill('约技术交流');

  await page.reload();
  await expect(plan.getByLabel('下一步行动')).toHaveValue('约技术交流');
  await page.goto(sheet('relationship-map'));
  await expect(page.locator('tr[data-person="p1"]').getByRole('checkbox', { name: 'EB' })).toBeChecked();
  await expect(page.getByLabel('高局长 部门')).toHaveValue('局领导');
  await page.goto(sheet('man'));
  await expect(
    page.locator('.ws-card[data-person="p1"]').getByRole('group', { name: 'Money 购买力' }).getByLabel('是'),
  ).toBeChecked();
  // One record holds it all.
  const record = JSON.parse((await page.evaluate(() => localStorage.getItem('kam:own:own-1:v1')))!);
  expect(record.account.people).toEqual([
    expect.objectContaining({
      name: '高局长',
      roles: ['EB'],
      power: 5,
      interest: 4,
      man: expect.objectContaining({ money: 'yes' }),
    }),
    expect.objectContaining({ name: '周科长' }),
  ]);
  expect(record.actionPlan).toEqual([expect.objectContaining({ person: 'p2', step: '约技术交流' })]);
});

test('the switcher on a blank sheet shows another own account, and 「我的客户」 renames and deletes after asking', async ({
  page,
}) => {
  await createAccount(page, '甲医院');
  await createAccount(page, '乙医院');
  await page.goto(sheet('man'));
  await addPerson(page, '乙的院长', '院长');
  await page.getByLabel('当前客户').selectOption({ label: '甲医院' });
  await expect(page.locator('.ws-card')).toHaveCount(0);
  await page.getByLabel('当前客户').selectOption({ label: '乙医院' });
  await expect(page.locator('.ws-card[data-person="p1"]')).toContainText('乙的院长');

  await page.goto(MY);
  await expect(page.getByRole('button', { name: '取消修改' })).toBeHidden();
  const row = page.locator('tr[data-own-account="own-1"]');
  await row.getByRole('button', { name: '修改' }).click();
  await page.getByLabel('客户名称').fill('甲医院（新名）');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(row).toContainText('甲医院（新名）');
  await deleteRowAfterConfirming(page, row);
  expect(await siteKeys(page)).toEqual(['kam:own:index:v1', 'kam:own:own-2:v1']);
});

test('the relationship sheet asks the summary and reporting lines by keyboard; who left is on no sheet', async ({
  page,
}) => {
  test.slow(); // several pages and a snapshot on a busy 2-core machine
  await createAccount(page, '滨江市数据局');
  await page.goto(sheet('relationship-map'));
  await addPerson(page, '高局长', '局长');
  await addPerson(page, '周科长', '信息科科长');
  await addPerson(page, '钱科员', '科员');
  // Keyboard only: Tab to the select, an arrow key picks the first person after 「不向任何人汇报」.
  const manager = page.getByLabel('周科长 汇报对象');
  await manager.focus();
  await expect(manager.locator('option')).toHaveText([
    '不向任何人汇报（最高负责人）',
    '高局长（局长）',
    '钱科员（科员）',
  ]);
  await page.keyboard.press('ArrowDown');
  await expect(manager).toHaveValue('p1');
  await page.getByLabel('客户概况').fill('市数据局建设政务数据平台。');
  await page.getByLabel('客户概况').press('Tab');
  await page.reload();
  await expect(page.getByLabel('周科长 汇报对象')).toHaveValue('p1');
  await expect(page.getByLabel('客户概况')).toHaveValue('市数据局建设政务数据平台。');
  await expectNoAxeViolations(page);

  // The analysis page reads the same record.
  await page.goto('/my-accounts/analysis/');
  await expect(page.locator('[data-part="summary"]')).toHaveValue('市数据局建设政务数据平台。');
  await expect(page.getByLabel('周科长（信息科科长） 的汇报对象')).toHaveValue('p1');
  // 钱科员 leaves: removed on a sheet between two snapshots, kept in the record as a leaver.
  await page.getByRole('button', { name: '按今天保存快照' }).click();
  await expect(page.locator('[data-part="snapshot-status"]')).toContainText('起点');
  await page.goto(sheet('man'));
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '删除钱科员' }).click();
  await expect(page.locator('.ws-card[data-person="p3"]')).toHaveCount(0);
  await page.goto('/my-accounts/analysis/');
  await page.getByRole('button', { name: '按今天保存快照' }).click();
  await expect(page.locator('[data-part="snapshot-status"]')).toContainText('共 1 项变化');
  const people = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('kam:own:own-1:v1')!).account.people.map((person: { name: string }) => person.name),
  );
  expect(people).toContain('钱科员');
  await expect(page.getByLabel('钱科员（科员） 的汇报对象')).toHaveCount(0);
  for (const kind of ['man', 'power-interest', 'relationship-map', 'action-plan']) {
    await page.goto(sheet(kind));
    await expect(page.locator('[data-person="p1"]').first()).toBeVisible();
    await expect(page.locator('[data-person="p3"]'), kind).toHaveCount(0);
  }
});

test('what a trainee saved on the old blank sheets is on the new sheets the first time they open', async ({ page }) => {
  await page.goto(MY);
  await page.evaluate(() => {
    localStorage.clear();
    const sheet = (kind: string, rows: unknown[]) =>
      JSON.stringify({ format: 'kam-worksheet', version: 2, kind, trainee: '韩梅梅', group: '', rows });
    localStorage.setItem(
      'kam:worksheet:man:blank:v2',
      sheet('man', [
        { person: 'p1', name: '王总', title: '总经理', money: 'yes', authority: 'yes', need: 'no', reason: '' },
      ]),
    );
    localStorage.setItem(
      'kam:worksheet:power-interest:blank:v2',
      sheet('power-interest', [{ person: 'p1', name: '王总', title: '总裁', power: 5, interest: 2 }]),
    );
  });
  await page.goto(sheet('power-interest'));
  await expect(page.locator('tr[data-person="p1"]')).toContainText('王总');
  await expect(page.getByLabel('王总 权力')).toHaveValue('5');
  expect(await siteKeys(page)).toEqual(['kam:own:index:v1', 'kam:own:own-1:v1']);
  await page.goto(MY);
  await expect(page.getByRole('heading', { name: '合并旧练习表时发现写法不同' })).toBeVisible();
  await expect(page.locator('#own-conflicts li')).toHaveText([
    '王总的职务：保留“总经理”；权力—兴趣练习表上写的是“总裁”。',
  ]);
  await page.getByRole('button', { name: '已核对，不再显示' }).click();
  await expect(page.locator('#own-conflicts')).toBeHidden();
});

test('two cohorts on one browser profile keep separate customers and worksheets', async ({ page }) => {
  await createAccount(page, '一期的客户', '?cohort=一期');
  await expect(page.locator('.own-note').first()).toContainText('当前学习组：一期');
  await createAccount(page, '二期的客户', '?cohort=erqi');
  await expect(page.locator('#own-list tbody tr')).toHaveCount(1);
  await expect(page.locator('#own-list')).toContainText('二期的客户');
  // The cohort is remembered: a plain link stays in it.
  await page.goto(sheet('man'));
  await expect(page.getByLabel('当前客户')).toHaveText('二期的客户');
  await page.goto(`${MY}?cohort=一期`);
  await expect(page.locator('#own-list')).toContainText('一期的客户');
  await expect(page.locator('#own-list')).not.toContainText('二期的客户');
  // Account-bound sheets are namespaced too.
  await page.goto('/worksheets/man/fixture-clinic/');
  await page.getByLabel('学员姓名').fill('一期学员');
  expect(await siteKeys(page)).toContain('kam@一期:worksheet:man:fixture-clinic:v2');
  // Back to the default cohort from the form.
  await page.goto(MY);
  await page.getByLabel('学习组名称').fill('');
  await page.getByRole('button', { name: '切换学习组' }).click();
  await expect(page.locator('.own-note').first()).toContainText('默认');
  await expect(page.locator('#own-list')).toContainText('还没有客户');
});

test('wipe offers a backup first, removes everything the site stored, and the backup restores it', async ({ page }) => {
  await createAccount(page, '要清除的客户', '?cohort=a');
  await createAccount(page, '默认组的客户', '?cohort=');
  await page.goto('/worksheets/man/fixture-clinic/');
  await page.getByLabel('学员姓名').fill('张三');
  await page.goto(MY);
  const before = await siteKeys(page);
  expect(before.length).toBeGreaterThanOrEqual(5);

  await page.getByRole('button', { name: '清除本机所有数据' }).click();
  await expect(page.getByText('清除前先导出一份备份吗？')).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '先导出备份' }).click();
  const file = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const backup = JSON.parse(readFileSync(path, 'utf8'));
  expect(backup.format).toBe('kam-device-backup');
  expect(Object.keys(backup.entries).sort()).toEqual(before);
  await page.getByRole('button', { name: '确认清除' }).click();
  await expect(page.getByRole('status')).toContainText('已清除本站在这台设备上保存的');
  expect(await siteKeys(page)).toEqual([]);
  await expect(page.locator('#own-list')).toContainText('还没有客户');

  await page.getByLabel('从备份恢复').setInputFiles(path);
  await expect(page.getByRole('status')).toContainText(`恢复 ${before.length} 项`);
  expect(await siteKeys(page)).toEqual(before);
  await expect(page.locator('#own-list')).toContainText('默认组的客户');

  await page
    .getByLabel('从备份恢复')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await expect(page.getByRole('alert')).toContainText('这不是本站导出的整机备份文件');
});

test('a change in another tab shows in this one', async ({ context }) => {
  const first = await context.newPage();
  await createAccount(first, '两个标签页');
  await first.goto(sheet('man'));
  const second = await context.newPage();
  await second.goto(sheet('man'));
  await addPerson(first, '李处长', '处长');
  await expect(second.locator('.ws-card[data-person="p1"]')).toContainText('李处长');
  await expect(second.getByRole('status')).toContainText('另一个标签页');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('every step works at 390 px with touch and nothing scrolls sideways', async ({ page }) => {
    test.slow();
    await page.goto(MY);
    await page.getByLabel('客户名称').fill('手机上的客户');
    await page.getByRole('button', { name: '新建' }).tap();
    await expect(page.locator('#own-list')).toContainText('手机上的客户');
    await page.getByRole('link', { name: '关系地图练习表' }).tap();
    await page.getByLabel('姓名', { exact: true }).fill('高局长');
    await page.getByRole('button', { name: '添加人员' }).tap();
    await page.locator('tr[data-person="p1"]').getByRole('checkbox', { name: 'EB' }).tap();
    await page.goto(sheet('man'));
    await page.screenshot({ path: test.info().outputPath('man-blank-390.png') });
    await page.locator('.ws-card[data-person="p1"]').getByRole('group', { name: 'Need 需求度' }).getByLabel('是').tap();
    for (const path of [MY, sheet('man'), sheet('action-plan')]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(MY);
    await page.screenshot({ path: test.info().outputPath('my-accounts-390.png'), fullPage: true });
    await page.getByRole('button', { name: '清除本机所有数据' }).tap();
    await page.getByRole('button', { name: '确认清除' }).tap();
    expect(await siteKeys(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
