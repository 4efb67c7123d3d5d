import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('accounts in the trainee edition', () => {
  test('the home page lists the public sample accounts and links to them', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/大客户组织分析工作手册/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('link', { name: /医院/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('医院');
  });

  test('the accounts index shows every public account and no internal one', async ({ page }) => {
    await page.goto('/accounts/');
    const ids = await page
      .locator('[data-account]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-account')));
    expect(ids).toEqual(expect.arrayContaining(['city-hospital', 'city-bureau', 'tech-company', 'manufacturer']));
    expect(ids).not.toContain('city-bank');
    // The publish check is for trainers only.
    await expect(page.locator('#publish-status')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('an account page shows people, quadrants, MAN, coverage and red flags as tables', async ({ page }) => {
    // The page now carries five maps; axe needs well over 30 s for it on a loaded 2-core machine.
    test.slow();
    await page.goto('/accounts/city-hospital/');
    for (const caption of ['人员', '权力—兴趣矩阵', 'MAN 分析', '采购角色覆盖', '我方团队覆盖']) {
      await expect(page.getByRole('table', { name: caption }).first()).toBeVisible();
    }
    await expect(page.locator('.flag-list li').first()).toBeVisible();
    // Each flag about a person links to that person's row.
    const link = page.locator('.flag-list a').first();
    const target = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await expect(page.locator(`#${target}`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the trainee edition carries no trainer notes', async ({ page }) => {
    await page.goto('/accounts/city-hospital/');
    await expect(page.locator('meta[name="kam-edition"]')).toHaveAttribute('content', 'trainee');
    await expect(page.locator('.trainer-notes')).toHaveCount(0);
    await expect(page.getByText('讲师备注')).toHaveCount(0);
  });
});
