/**
 * Worksheet machinery (store, reload, export/import and every refused file, migration, the grid's
 * drag/tap/keys, blank sheets, "My worksheets", print, the relationship-map builder, action plan,
 * information checklist) on the fixture site's small account fixture-clinic, not on the sample
 * cases.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';
import { deleteRowAfterConfirming } from './confirm.ts';

const ACCOUNT = 'fixture-clinic';
const MAN = `/worksheets/man/${ACCOUNT}/`;
const PI = `/worksheets/power-interest/${ACCOUNT}/`;
const MAN_KEY = `kam:worksheet:man:${ACCOUNT}:v2`;

const card = (page: Page, person: string) => page.locator(`.ws-card[data-person="${person}"]`);
const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

async function fillMan(page: Page) {
  await page.goto(MAN);
  await page.getByLabel('学员姓名').fill('韩梅梅');
  await page.getByLabel('小组').fill('第二组');
  const dean = card(page, 'dean');
  for (const dimension of ['Money 购买力', 'Authority 决策力', 'Need 需求度']) {
    await dean.getByRole('group', { name: dimension }).getByLabel('是').check();
  }
  await dean.getByLabel('理由').fill('牵头立项 <b>粗体</b>');
  await card(page, 'vice-dean').getByRole('group', { name: 'Money 购买力' }).getByLabel('是').check();
}

async function exportFile(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出文件' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`韩梅梅_man_${ACCOUNT}.worksheet.json`);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test.describe('MAN worksheet', () => {
  test('answers show the MAN class and strategy, and survive a reload', async ({ page }) => {
    test.slow(); // axe-core on a full worksheet takes a while on a busy 2-core machine
    await fillMan(page);
    await expect(card(page, 'dean').locator('.ws-result')).toContainText('M-A-N 理想对象');
    await expect(card(page, 'vice-dean').locator('.ws-result')).toContainText('M-?-?');
    await expect(page.getByRole('status').first()).toContainText('已自动保存');
    await page.reload();
    await expect(page.getByLabel('学员姓名')).toHaveValue('韩梅梅');
    await expect(page.getByLabel('小组')).toHaveValue('第二组');
    await expect(card(page, 'dean').getByLabel('理由')).toHaveValue('牵头立项 <b>粗体</b>');
    await expect(card(page, 'dean').locator('.ws-result')).toContainText('M-A-N');
    await expect(page.locator('.ws-card b')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('export, clear (after confirming), import gives back the identical worksheet', async ({ page }) => {
    await fillMan(page);
    const path = await exportFile(page);
    const before = JSON.parse(readFileSync(path, 'utf8'));

    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: '清空重来' }).click();
    await expect(page.getByLabel('学员姓名')).toHaveValue('韩梅梅');

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: '清空重来' }).click();
    await expect(page.getByLabel('学员姓名')).toHaveValue('');
    await expect(card(page, 'dean').getByLabel('理由')).toHaveValue('');

    await page.getByLabel('导入文件').setInputFiles(path);
    await expect(page.getByRole('status').first()).toContainText('已导入');
    await expect(card(page, 'dean').getByLabel('理由')).toHaveValue('牵头立项 <b>粗体</b>');
    const after = JSON.parse((await stored(page, MAN_KEY))!);
    delete before.savedAt;
    delete after.savedAt;
    expect(after).toEqual(before);
  });

  test('every bad file is refused with a message, and nothing stored changes', async ({ page }) => {
    await fillMan(page);
    const good = JSON.parse(readFileSync(await exportFile(page), 'utf8'));
    const storedBefore = await stored(page, MAN_KEY);
    const text = JSON.stringify(good);
    const bad: [string, string, RegExp][] = [
      ['huge.json', ' '.repeat(300 * 1024) + text, /文件太大/],
      ['truncated.json', text.slice(0, text.length / 2), /文件不完整/],
      ['notes.json', 'hello', /文件不完整/],
      ['package.json', '{"name":"x"}', /不是本手册导出的练习表/],
      ['kind.json', JSON.stringify({ ...good, kind: 'power-interest' }), /另一种练习表（权力—兴趣练习表）/],
      ['other.json', JSON.stringify({ ...good, account: 'other-clinic' }), /另一个客户（other-clinic）/],
      [
        'hostile.json',
        JSON.stringify({
          ...good,
          trainee: '<img src=x onerror="window.pwned=1">',
          rows: [{ ...good.rows[0], money: '<script>' }],
        }),
        /rows\[0\]\.money（资金） {2}应为 yes、no 或 unknown；实际是 "<script>"/,
      ],
    ];
    for (const [name, content, reason] of bad) {
      await page
        .getByLabel('导入文件')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`没有导入“${name}”`);
      await expect(alert).toContainText(reason);
      expect(await stored(page, MAN_KEY)).toBe(storedBefore);
    }
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.getByLabel('学员姓名')).toHaveValue('韩梅梅');
  });

  test('an imported file with markup in its text shows that text, never runs it', async ({ page }) => {
    await fillMan(page);
    const good = JSON.parse(readFileSync(await exportFile(page), 'utf8'));
    const hostile = '<img src=x onerror="window.pwned=1">';
    good.rows[0].name = hostile;
    await page.getByLabel('导入文件').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect(page.locator('.ws-card legend').first()).toContainText(hostile);
    await expect(page.locator('.ws-card img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('a v1 worksheet saved by an older build is migrated on load', async ({ page }) => {
    await page.goto(MAN);
    // The v1 fixture of the unit tests, moved onto this site's account.
    const v1 = JSON.parse(readFileSync('tests/fixtures/worksheet-v1.json', 'utf8'));
    const answers = { dean: v1.answers['pres-lu'], 'pharm-head': v1.answers['pharm-head'] };
    const text = JSON.stringify({ ...v1, account: ACCOUNT, answers });
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: `kam:worksheet:man:${ACCOUNT}:v1`,
      value: text,
    });
    await page.reload();
    await expect(page.getByLabel('学员姓名')).toHaveValue('李雷');
    await expect(page.getByLabel('小组')).toHaveValue('第三组');
    await expect(card(page, 'dean').getByLabel('理由')).toHaveValue('牵头立项');
    expect(await stored(page, `kam:worksheet:man:${ACCOUNT}:v1`)).toBeNull();
  });
});

test.describe('power–interest worksheet', () => {
  const chip = (page: Page, person: string) => page.locator(`.pi-chip[data-person="${person}"]`);
  const cell = (page: Page, power: number, interest: number) =>
    page.locator(`.pi-cell[data-power="${power}"][data-interest="${interest}"]`);

  test('keyboard places and moves a person with the arrow keys', async ({ page }) => {
    test.slow(); // axe-core on a full worksheet takes a while on a busy 2-core machine
    await page.goto(PI);
    await chip(page, 'dean').focus();
    await page.keyboard.press('ArrowRight'); // not yet placed: goes to the middle
    await expect(cell(page, 3, 3).locator('[data-person="dean"]')).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 5, 4).locator('[data-person="dean"]')).toBeFocused();
    await expect(page.locator('#ws-live')).toHaveText(/周文博：权力 5，兴趣 4，重点管理/);
    await expect(page.locator('tr[data-person="dean"] td').last()).toContainText('重点管理');
    await expectNoAxeViolations(page);
  });

  test('drag, tap-to-place and score entry all place a person, and the grid survives a reload', async ({ page }) => {
    await page.goto(PI);
    await chip(page, 'vice-dean').dragTo(cell(page, 5, 2));
    await expect(cell(page, 5, 2).locator('[data-person="vice-dean"]')).toBeVisible();

    await chip(page, 'nurse-head').click();
    await expect(chip(page, 'nurse-head')).toHaveAttribute('aria-pressed', 'true');
    await cell(page, 3, 1).locator('.pi-target').click();
    await expect(cell(page, 3, 1).locator('[data-person="nurse-head"]')).toBeVisible();

    const row = page.locator('tr[data-person="pharm-head"]');
    await row.getByLabel('吴海燕 权力').selectOption('2');
    await row.getByLabel('吴海燕 兴趣').selectOption('5');
    await expect(cell(page, 2, 5).locator('[data-person="pharm-head"]')).toBeVisible();
    await expect(row.locator('td').last()).toContainText('随时告知');

    await page.reload();
    await expect(cell(page, 5, 2).locator('[data-person="vice-dean"]')).toBeVisible();
    await expect(cell(page, 3, 1).locator('[data-person="nurse-head"]')).toBeVisible();
    await expect(cell(page, 2, 5).locator('[data-person="pharm-head"]')).toBeVisible();
  });
});

test('a blank sheet takes the trainee’s own people and keeps them', async ({ page }) => {
  test.slow(); // axe-core on a full worksheet takes a while on a busy 2-core machine
  await page.goto('/worksheets/man/blank/');
  await expect(page.getByText('还没有人员')).toBeVisible();
  await page.getByLabel('姓名', { exact: true }).fill('王总');
  await page.getByLabel('职务').fill('总经理');
  await page.getByRole('button', { name: '添加人员' }).click();
  await card(page, 'p1').getByRole('group', { name: 'Need 需求度' }).getByLabel('否').check();
  await page.reload();
  await expect(card(page, 'p1').locator('legend').first()).toContainText('王总 总经理');
  await expect(card(page, 'p1').getByRole('group', { name: 'Need 需求度' }).getByLabel('否')).toBeChecked();
  await expectNoAxeViolations(page);
});

test('"My worksheets" lists saved worksheets and deletes one only after confirming', async ({ page }) => {
  test.slow(); // axe-core on a full worksheet takes a while on a busy 2-core machine
  await fillMan(page);
  await page.goto('/worksheets/');
  const row = page.locator(`tr[data-key="${MAN_KEY}"]`);
  await expect(row).toContainText('韩梅梅');
  await expect(row.getByRole('link')).toHaveAttribute('href', MAN);
  await expectNoAxeViolations(page);
  await deleteRowAfterConfirming(page, row);
  expect(await stored(page, MAN_KEY)).toBeNull();
});

test('worksheets print to A4 PDF pages, filled and blank', async ({ page }) => {
  await fillMan(page);
  await page.emulateMedia({ media: 'print' });
  const filled = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(test.info().outputPath('man-filled.pdf'), filled);
  await page.goto(`${PI}?blank`);
  await expect(page.locator('.pi-cell')).toHaveCount(25);
  await expect(page.locator('.pi-cell .pi-chip')).toHaveCount(0);
  const blank = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(test.info().outputPath('power-interest-blank.pdf'), blank);
  const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages(filled)).toBeGreaterThan(1);
  expect(pages(blank)).toBeGreaterThanOrEqual(1);
  // The blank sheet saves nothing.
  expect(await stored(page, `kam:worksheet:power-interest:${ACCOUNT}:v2`)).toBeNull();
});

test.describe('relationship-map builder', () => {
  test('starts from the account’s known facts and draws a live map with the maps renderer', async ({ page }) => {
    test.slow(); // the map layout and axe-core on a busy 2-core machine
    await page.goto(`/worksheets/relationship-map/${ACCOUNT}/`);
    const dean = page.locator('tr[data-person="dean"]');
    await expect(dean.getByLabel('周文博 部门')).toHaveValue('院办');
    await expect(dean.getByLabel('周文博 层级')).toHaveValue('decision');
    await dean.getByRole('checkbox', { name: 'EB' }).check();
    await dean.getByLabel('周文博 支持度').selectOption('1');
    await dean.getByLabel('周文博 亲密度').selectOption('3');
    const form = page.locator('form').filter({ hasText: '添加关系' });
    await form.getByLabel('从').selectOption('dean');
    await form.getByLabel('到').selectOption('pharm-head');
    await form.getByLabel('关系类型').selectOption('ally');
    await form.getByRole('button', { name: '添加关系' }).click();
    await expect(page.locator('.ws-map-relations tbody tr')).toHaveCount(1);
    await expect(page.locator('.ws-map svg')).toBeVisible();
    await expect(page.locator('.ws-map svg')).toContainText('周文博');
    await expect(page.locator('.ws-map')).toHaveAttribute('aria-label', /2 人，1 条关系/);
    await page.reload();
    await expect(page.locator('tr[data-person="dean"]').getByRole('checkbox', { name: 'EB' })).toBeChecked();
    await expect(page.locator('.ws-map svg')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('relationship-map.png'), fullPage: true });
  });

  test('a name that looks like markup or mermaid syntax stays text on the map', async ({ page }) => {
    test.slow();
    await page.goto('/worksheets/relationship-map/blank/');
    for (const name of ['<img src=x onerror="window.pwned=1">', 'A"]:::x --> B[']) {
      await page.getByLabel('姓名', { exact: true }).fill(name);
      await page.getByRole('button', { name: '添加人员' }).click();
    }
    await page.getByRole('button', { name: '添加关系' }).click();
    await expect(page.locator('.ws-map svg')).toBeVisible();
    await expect(page.locator('.ws-map svg')).toContainText('<img src=x');
    await expect(page.locator('.ws-map img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});

test('the action plan lists the key people and keeps each step, owner, date and objective', async ({ page }) => {
  test.slow(); // axe-core on a busy 2-core machine
  await page.goto(`/worksheets/action-plan/${ACCOUNT}/`);
  await expect(page.locator('.ws-card[data-person="inspector"]')).toHaveCount(0);
  const dean = card(page, 'dean');
  await dean.getByLabel('下一步行动').fill('约院长办公会前的 30 分钟汇报');
  await dean.getByLabel('我方负责人').fill('客户经理');
  await dean.getByLabel('日期').fill('2026-12-01');
  await dean.getByLabel('服务的目标').fill('让院长确认立项范围');
  await page.reload();
  await expect(dean.getByLabel('下一步行动')).toHaveValue('约院长办公会前的 30 分钟汇报');
  await expect(dean.getByLabel('日期')).toHaveValue('2026-12-01');
  await expectNoAxeViolations(page);
});

test('the information checklist keeps what was found, how, how sure and the gaps per category', async ({ page }) => {
  test.slow(); // axe-core on a busy 2-core machine
  await page.goto('/worksheets/information/blank/');
  await expect(page.locator('.ws-card')).toHaveCount(5);
  const business = page.locator('.ws-card[data-category="business"]');
  await business.getByLabel('找到的信息').fill('年报显示药占比下降');
  await business.getByLabel('来源方法').selectOption('public-search');
  await business.getByLabel('把握程度').selectOption('high');
  await business.getByLabel('仍待补齐的缺口').fill('明年预算何时批复');
  await page.reload();
  await expect(business.getByLabel('来源方法')).toHaveValue('public-search');
  await expect(business.getByLabel('仍待补齐的缺口')).toHaveValue('明年预算何时批复');
  await expect(page.getByRole('button', { name: '添加人员' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
