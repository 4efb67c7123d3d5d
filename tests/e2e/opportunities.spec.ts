import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('several opportunities, decision bodies and competitor ties on the account page', () => {
  test('the opportunity selector switches facts, decision map and table with the keyboard', async ({ page }) => {
    test.slow(); // axe over a page of five maps on a loaded 2-core machine
    await page.goto('/accounts/tech-company/');
    const select = page.getByLabel('查看商机');
    const primary = page.locator('[data-opportunity-panel="observability"]');
    const audit = page.locator('[data-opportunity-panel="log-audit"]');
    await expect(select).toHaveValue('observability');
    await expect(primary.first()).toBeVisible();
    await expect(audit.first()).toBeHidden();

    // Focus the selector and choose with the arrow keys, as a keyboard user does.
    await page.locator('#opportunity').scrollIntoViewIfNeeded();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('log-audit');
    for (const panel of await audit.all()) await expect(panel).toBeVisible();
    for (const panel of await primary.all()) await expect(panel).toBeHidden();
    await expect(page.locator('#map-decision-tech-company-log-audit')).toBeVisible();
    await expect(page.locator('ol.decision-process:visible')).toContainText('合规差距评估');
    await expect(page.locator('ol.decision-process:visible')).not.toContainText('技术选型评审');
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowUp');
    await expect(select).toHaveValue('observability');
    await expect(page.locator('#map-decision-tech-company-observability')).toBeVisible();
    await expect(page.locator('ol.decision-process:visible')).toContainText('技术选型评审');
  });

  test('an account with one opportunity has no selector', async ({ page }) => {
    await page.goto('/accounts/city-bureau/');
    await expect(page.locator('[data-opportunity-select]')).toHaveCount(0);
    await expect(page.locator('[data-opportunity-panel]')).toHaveCount(0);
  });

  test('a party committee appears in the org chart, the bodies table and EB coverage', async ({ page }) => {
    test.slow();
    await page.goto('/accounts/city-hospital/');
    const bodies = page.getByRole('table', { name: '决策机构' });
    await expect(bodies.locator('tr[data-body="party-committee"]')).toContainText('高长林');
    await expect(page.locator('#map-org-city-hospital-svg')).toContainText('院党委会');
    // Each member's box names the bodies they sit on (no line runs from a body across the chart).
    const org = page.locator('#map-org-city-hospital-svg');
    await expect(org.locator('g[data-person="sec-gao"]')).toContainText('◆ 院党委会（主持人）');
    await expect(org.locator('g[data-person="pres-lu"]')).toContainText('◆ 院党委会、院长办公会（主持人）');
    const coverage = page.getByRole('table', { name: '采购角色覆盖' });
    await expect(coverage.locator('tr[data-role="EB"]')).toContainText('院党委会');
    await expect(page.locator('.flag-list')).toContainText('倾向竞争对手瀚禾医疗自动化');
    await expectNoAxeViolations(page);
  });
});
