import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { ownAccountKey } from '../../src/ownAccounts/record.ts';
import { openWithOwnAccount, ownAccountRecord } from '../../src/testing/ownAccount.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { validateAccountText } from '../../src/validation/validateAccount.ts';
import { expectNoAxeViolations } from './a11y.ts';

const PAGE = '/my-accounts/analysis/';
const SMALL = readFileSync(new URL('../fixtures/small-account.yaml', import.meta.url), 'utf8');

/** The small fixture as a trainee's own account, with no history yet. */
function ownRecord() {
  const account = parse(SMALL);
  delete account.snapshots;
  delete account.trainer;
  return ownAccountRecord(account);
}

/** Waits until the page has analysed the record and every map is drawn (each as the reader scrolls to it). */
async function analysed(page: Page) {
  await expect(page.locator('[data-part="analysis"]')).toBeVisible();
  for (const frame of await page.locator('[data-map-frame][data-live]:visible').all()) {
    await frame.scrollIntoViewIfNeeded();
    await expect(frame).toHaveAttribute('data-drawn', /\d+/, { timeout: 30_000 });
  }
}

/** What the page says about the account, as codes: flags, quadrants and MAN classes. */
async function shown(page: Page, scope = '') {
  return page.evaluate((root) => {
    const within = (selector: string) => [...document.querySelectorAll<HTMLElement>(`${root} ${selector}`)];
    return {
      flags: within('.flag-list [data-flag]')
        .map((item) => item.dataset.flag!)
        .sort(),
      quadrants: within('tr[data-quadrant]').map((row) => [
        row.dataset.quadrant,
        row.querySelectorAll('.badge').length,
      ]),
      man: within('tr[data-person] code').map((code) => code.textContent),
    };
  }, scope);
}

test.describe('分析我的客户', () => {
  test('the whole path: 我的客户 → relationship map, MAN, power–interest and action-plan sheets → reload → analysis → case file → validate → fresh profile', async ({
    page,
    browser,
  }) => {
    test.slow(); // four sheets, five maps twice, axe and a second profile on a 2-core machine
    await page.goto('/my-accounts/');
    await page.getByLabel('客户名称').fill('滨江医院');
    await page.getByLabel('行业').fill('医疗');
    await page.getByLabel('性质').selectOption('public-institution');
    await page.getByLabel('分析日期').fill('2026-11-20');
    await page.getByLabel('我们要卖的产品或方案').fill('HIS 升级');
    await page.getByLabel('机会阶段').selectOption('qualifying');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.locator('#own-list')).toContainText('滨江医院');

    // People, their units, layers, roles and support on the relationship-map sheet.
    await page.goto('/worksheets/relationship-map/blank/');
    const people = [
      { name: '王院长', title: '院长', unit: '院办', layer: 'decision', roles: ['EB'], support: '0' },
      { name: '李主任', title: '信息科主任', unit: '信息科', layer: 'support', roles: ['TB'], support: '-2' },
      {
        name: '张科长',
        title: '药剂科科长',
        unit: '药剂科',
        layer: 'management',
        roles: ['UB', 'Coach'],
        support: '2',
      },
    ];
    for (const [index, person] of people.entries()) {
      await page.getByLabel('姓名', { exact: true }).fill(person.name);
      await page.getByLabel('职务').fill(person.title);
      await page.getByRole('button', { name: '添加人员' }).click();
      const row = page.locator(`tr[data-person="p${index + 1}"]`);
      await row.getByLabel(`${person.name} 部门`).fill(person.unit);
      await row.getByLabel(`${person.name} 层级`).selectOption(person.layer);
      for (const role of person.roles) await row.locator(`input[data-role="${role}"]`).check();
      await row.getByLabel(`${person.name} 支持度`).selectOption(person.support);
    }
    // The sheet asks the reporting lines too: 李主任 reports to 王院长 (the list fills when reached).
    await page.getByLabel('李主任 汇报对象').focus();
    await page.getByLabel('李主任 汇报对象').selectOption('p1');
    // The same people on the MAN sheet: 王院长 has money, authority and need.
    await page.goto('/worksheets/man/blank/');
    const wang = page.locator('.ws-card[data-person="p1"]');
    for (const dimension of ['Money 购买力', 'Authority 决策力', 'Need 需求度'])
      await wang.getByRole('group', { name: dimension }).getByLabel('是').check();
    // Power and interest on the power–interest sheet.
    await page.goto('/worksheets/power-interest/blank/');
    await page.locator('tr[data-person="p1"]').getByLabel('王院长 权力').selectOption('5');
    await page.locator('tr[data-person="p1"]').getByLabel('王院长 兴趣').selectOption('4');
    await page.locator('tr[data-person="p2"]').getByLabel('李主任 权力').selectOption('4');
    await page.locator('tr[data-person="p2"]').getByLabel('李主任 兴趣').selectOption('2');
    // The action plan for the key people.
    await page.goto('/worksheets/action-plan/blank/');
    const plan = page.locator('.ws-card[data-person="p1"]');
    await plan.getByLabel('下一步行动').fill('约院长办公会前的汇报');
    await plan.getByLabel('我方负责人').fill('客户经理');
    await page.reload();
    await expect(plan.getByLabel('下一步行动')).toHaveValue('约院长办公会前的汇报');

    await page.goto(PAGE);
    await analysed(page);
    await expect(page.getByText('当前客户：滨江医院')).toBeVisible();
    // Analysed already, while the case file still asks for the summary and the reporting lines.
    await expect(page.locator('[data-state="draft"]')).toBeVisible();
    await expect(page.locator('[data-part="problems"]')).toContainText('summary（概况）');
    await expect(page.locator('[data-part="problems"]')).toContainText('reportsTo（汇报对象）');
    await expect(page.locator('tr[data-quadrant="manage-closely"]')).toContainText('王院长');
    await expect(page.locator('tr[data-quadrant="keep-satisfied"]')).toContainText('李主任');
    await expect(page.locator('tr[data-person="p1"] [data-man-class]')).toContainText('M-A-N');
    await expect(page.locator('.flag-list [data-flag="high-power-opponent"]')).toContainText('李主任');

    // What the sheets do not ask, completed here; then the case file is complete.
    await page.getByLabel('客户概况').fill('滨江医院计划升级 HIS，我们争取信息科的技术认可。');
    await page.getByLabel('客户概况').blur();
    // The line set on the sheet is here too: one record.
    await expect(page.getByLabel('李主任（信息科主任） 的汇报对象')).toHaveValue('p1');
    const manager = page.getByLabel('张科长（药剂科科长） 的汇报对象');
    await manager.focus();
    await manager.selectOption('p1');
    await expect(page.locator('[data-state="complete"]')).toBeVisible();
    await page.reload();
    await analysed(page);
    await expect(page.locator('[data-state="complete"]')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出案例文件（YAML）' }).click();
    const path = test.info().outputPath('own-1.account.yaml');
    await (await download).saveAs(path);
    expect(
      validateAccountText('accounts/own-1/account.yaml', readFileSync(path, 'utf8')).problems.map(formatProblem),
    ).toEqual([]);
    const before = await shown(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(PAGE);
    await other.getByLabel('导入案例文件').setInputFiles(path);
    await analysed(other);
    expect(await shown(other)).toEqual(before);
    await fresh.close();
  });

  test('an own account: quadrant, MAN class and red flag live; snapshot; export validates; import into a fresh profile shows the same page', async ({
    page,
    browser,
  }) => {
    test.slow(); // five maps drawn twice, axe, and a second browser profile on a 2-core machine
    await page.setViewportSize({ width: 390, height: 844 });
    await openWithOwnAccount(page, PAGE, ownRecord());
    await analysed(page);

    await expect(page.getByText('当前客户：青川社区医院')).toBeVisible();
    await expect(page.locator('[data-state="complete"]')).toBeVisible();
    await expect(page.locator('tr[data-quadrant="manage-closely"]')).toContainText('周院长');
    await expect(page.locator('tr[data-person="pharm-head"] [data-man-class]')).toContainText('m-a-N');
    await expect(page.locator('.flag-list [data-flag="eb-not-contacted"]')).toContainText('→ 周院长');
    await expect(page.locator('.flag-list [data-flag="eb-not-contacted"] .flag-action')).not.toBeEmpty();
    // The maps are the account page's: grids with their cells, mermaid maps as SVG with people to select.
    await expect(page.locator('#map-power-interest-live .grid-map [data-cell="manage-closely"]')).toContainText(
      '周院长',
    );
    await expect(page.locator('#map-org-live svg g[data-person="dean"]')).toBeAttached();
    await expect(page.locator('#map-relationship-live .map-legend')).toContainText('支持度');
    // On a phone nothing but the maps' own viewports scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    // Change over time: the first press is the starting point, the second records what changed.
    await page.getByRole('button', { name: '按今天保存快照' }).click();
    await expect(page.locator('[data-part="snapshot-status"]')).toContainText('起点');
    await page.evaluate((key) => {
      const record = JSON.parse(localStorage.getItem(key)!);
      record.account.people.find((person: { id: string }) => person.id === 'it-head').support = 1;
      localStorage.setItem(key, JSON.stringify(record));
    }, ownAccountKey('small-clinic'));
    await page.getByLabel('快照名称').fill('信息科转为支持');
    await page.getByRole('button', { name: '按今天保存快照' }).click();
    await expect(page.locator('[data-part="snapshot-status"]')).toContainText('共 1 项变化');
    await analysed(page);
    const dates = page.locator('#map-org-live select[data-snapshot]');
    await expect(dates.locator('option')).toHaveCount(2);
    await dates.selectOption({ index: 1 });
    await expect(page.locator('#map-org-live [data-status]')).toContainText('支持度变化：郑科长');

    // Export: the file validates with the command line's pipeline, unchanged.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出案例文件（YAML）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('small-clinic.account.yaml');
    const path = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(validateAccountText('accounts/small-clinic/account.yaml', text).problems.map(formatProblem)).toEqual([]);
    expect(parse(text).snapshots[0].changes).toEqual([{ type: 'support', person: 'it-head', from: 'unknown', to: 1 }]);
    const before = await shown(page);

    // A fresh profile: nothing there, then the imported file gives the same analysis.
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const other = await fresh.newPage();
    await other.goto(PAGE);
    await expect(other.getByText('这个浏览器里还没有自己的客户')).toBeVisible();
    await other.getByLabel('导入案例文件').setInputFiles(path);
    await expect(other.locator('[data-part="file-status"]')).toContainText('已导入“青川社区医院”');
    await analysed(other);
    expect(await shown(other)).toEqual(before);
    await expect(other.locator('#map-org-live select[data-snapshot] option')).toHaveCount(2);
    await fresh.close();
  });

  test('a broken case file lists every problem located as on the command line, and stores nothing', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const broken = SMALL.replace('support: 2', 'support: 支持').replace(
      'reportsTo: dean\n    roles: [TB]',
      'reportsTo: deen\n    roles: [TB]',
    );
    await page
      .getByLabel('导入案例文件')
      .setInputFiles({ name: 'handout.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });
    await expect(page.locator('[data-part="file-status"]')).toContainText('handout.yaml 有 2 个问题，什么都没有保存');
    const problems = page.locator('[data-part="import-problems"] li');
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(0)).toContainText(
      /handout\.yaml:\d+:\d+ {2}people\[1\]（pharm-head 吴主任）\.support（支持度）.*"支持"/,
    );
    await expect(problems.nth(1)).toContainText(
      /handout\.yaml:\d+:\d+ {2}people\[2\]（it-head 郑科长）\.reportsTo（汇报对象）.*"dean"/,
    );
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':own:')))).toEqual([]);
    // Hostile text in a case file is shown as text.
    const hostile = SMALL.replace('name: 青川社区医院', 'name: "<img src=x onerror=alert(1)>"');
    await page
      .getByLabel('导入案例文件')
      .setInputFiles({ name: 'x.yaml', mimeType: 'application/yaml', buffer: Buffer.from(hostile) });
    await analysed(page);
    await expect(page.getByText('当前客户：<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('a sample case file imported live shows the same flags, quadrants and MAN classes as its built account page', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/accounts/city-hospital/');
    const built = await shown(page, 'main');
    await page.goto(PAGE);
    await page.getByLabel('导入案例文件').setInputFiles('accounts/city-hospital/account.yaml');
    await analysed(page);
    expect(await shown(page, 'main')).toEqual(built);
    expect(built.flags.length).toBeGreaterThan(0);
  });
});
