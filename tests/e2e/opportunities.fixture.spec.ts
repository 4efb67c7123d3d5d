/**
 * Several opportunities, decision bodies and competitor ties on an account page: machinery, on the
 * fixture site's second account (two opportunities, a board holding the EB role, a board member
 * leaning to a competitor). The samples' own bodies and ties are checked in opportunities.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const ACCOUNT = '/accounts/fixture-works/';

test.describe('several opportunities, decision bodies and competitor ties on the account page', () => {
  test('the opportunity selector switches facts, decision map and table with the keyboard', async ({ page }) => {
    test.slow(); // axe over a page of five maps on a loaded 2-core machine
    await page.goto(ACCOUNT);
    const select = page.getByLabel('查看商机');
    const primary = page.locator('[data-opportunity-panel="metering"]');
    const other = page.locator('[data-opportunity-panel="billing"]');
    await expect(select).toHaveValue('metering');
    await expect(primary.first()).toBeVisible();
    await expect(other.first()).toBeHidden();

    // Focus the selector and choose with the arrow keys, as a keyboard user does.
    await page.locator('#opportunity').scrollIntoViewIfNeeded();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('billing');
    for (const panel of await other.all()) await expect(panel).toBeVisible();
    for (const panel of await primary.all()) await expect(panel).toBeHidden();
    await expect(page.locator('#map-decision-fixture-works-billing')).toBeVisible();
    await expect(page.locator('ol.decision-process:visible')).toContainText('账务需求调研');
    await expect(page.locator('ol.decision-process:visible')).not.toContainText('水表选型评审');
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowUp');
    await expect(select).toHaveValue('metering');
    await expect(page.locator('#map-decision-fixture-works-metering')).toBeVisible();
    await expect(page.locator('ol.decision-process:visible')).toContainText('水表选型评审');
  });

  test('an account with one opportunity has no selector', async ({ page }) => {
    await page.goto('/accounts/fixture-clinic/');
    await expect(page.locator('[data-opportunity-select]')).toHaveCount(0);
    await expect(page.locator('[data-opportunity-panel]')).toHaveCount(0);
  });

  test('a board appears in the org chart, the bodies table and EB coverage; a tie to a competitor is a red flag', async ({
    page,
  }) => {
    test.slow();
    await page.goto(ACCOUNT);
    const bodies = page.getByRole('table', { name: '决策机构' });
    await expect(bodies.locator('tr[data-body="board"]')).toContainText('严松');
    await expect(page.locator('#map-org-fixture-works-svg')).toContainText('集团董事会');
    const coverage = page.getByRole('table', { name: '采购角色覆盖' });
    await expect(coverage.locator('tr[data-role="EB"]')).toContainText('集团董事会');
    await expect(page.locator('.flag-list')).toContainText('倾向竞争对手澄流科技');
    await expectNoAxeViolations(page);
  });
});
