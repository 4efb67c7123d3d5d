import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readWorkbook } from '../../src/spreadsheet/workbook.ts';
import { expectNoAxeViolations } from './a11y.ts';

test('the trainer nav leads to the authoring page, whose import template downloads and reads', async ({ page }) => {
  test.slow(); // axe-core on a busy 2-core machine
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '编写案例' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '编写案例' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '支持度' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下载导入模板（.xlsx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('account-import.xlsx');
  const book = readWorkbook('account-import.xlsx', new Uint8Array(readFileSync((await download.path())!)));
  expect(book.tables.map((table) => table.sheet)).toEqual(['人员', '部门', '关系', '团队', '说明']);
  expect(book.tables[0]!.rows[0]!.slice(0, 5)).toEqual(['编号', '姓名', '性别', '职务', '部门']);
  await expectNoAxeViolations(page);
});
