import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const sheet = (group: string, presLuNeed: string) => ({
  format: 'kam-worksheet',
  version: 2,
  kind: 'man',
  account: 'city-hospital',
  trainee: '',
  group,
  rows: [
    { person: 'pres-lu', name: '陆俊峰', title: '院长', money: 'yes', authority: 'yes', need: presLuNeed, reason: '' },
    {
      person: 'sec-gao',
      name: '高长林',
      title: '党委书记',
      money: 'yes',
      authority: 'yes',
      need: 'unknown',
      reason: '',
    },
  ],
});

test('a filled MAN worksheet is compared with the key: agree or differ, with the reasoning', async ({ page }) => {
  test.slow(); // axe-core on a full worksheet takes a while on a busy 2-core machine
  await page.goto('/worksheets/man/city-hospital/');
  const lu = page.locator('.ws-card[data-person="pres-lu"]');
  await lu.getByRole('group', { name: 'Money 购买力' }).getByLabel('是').check();
  await lu.getByRole('group', { name: 'Authority 决策力' }).getByLabel('否').check();
  await page.getByRole('button', { name: '对照答案' }).click();
  const table = page.getByRole('table', { name: '与答案对照（仅讲师版）' });
  const rows = table.locator('tr[data-person="pres-lu"]');
  await expect(rows.nth(0)).toContainText('一致');
  await expect(rows.nth(1)).toContainText('不同');
  await expect(table).toContainText('院长牵头智慧药房立项');
  // The comparison follows further answers.
  await lu.getByRole('group', { name: 'Authority 决策力' }).getByLabel('是').check();
  await expect(rows.nth(1)).toContainText('一致');
  await expectNoAxeViolations(page);
});

test('the debrief lines up many groups’ files, splits first, and refuses a bad file', async ({ page }) => {
  test.slow(); // axe-core on a full worksheet takes a while on a busy 2-core machine
  await page.goto('/worksheets/debrief/');
  const file = (name: string, content: unknown) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
  });
  await page
    .getByLabel('各组的练习表文件')
    .setInputFiles([
      file('a.json', sheet('一组', 'yes')),
      file('b.json', sheet('二组', 'no')),
      file('c.json', sheet('三组', 'yes')),
      file('broken.json', '{"format":'),
    ]);
  await expect(page.getByRole('status')).toContainText('已读取 3 个文件');
  await expect(page.getByRole('alert')).toContainText('没有导入“broken.json”');
  const first = page.locator('#ws-debrief tbody tr').first();
  await expect(first).toHaveAttribute('data-split', 'true');
  await expect(first).toContainText('陆俊峰');
  await expect(first).toContainText('是：一组、三组');
  await expect(first).toContainText('否：二组');
  await expect(page.locator('#ws-debrief tr[data-split="false"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the relationship map is compared with the key by buying roles', async ({ page }) => {
  await page.goto('/worksheets/relationship-map/city-hospital/');
  const lu = page.locator('tr[data-person="pres-lu"]');
  await lu.getByRole('checkbox', { name: 'EB' }).check();
  await lu.getByRole('checkbox', { name: 'Coach' }).check();
  await page.getByRole('button', { name: '对照答案' }).click();
  const row = page.locator('#ws-compare tr[data-person="pres-lu"]');
  await expect(row).toContainText('EB+Coach');
  await expect(row).toContainText('不同');
  await lu.getByRole('checkbox', { name: 'Coach' }).uncheck();
  await expect(row).toContainText('一致');
});
