import { expect, test } from '@playwright/test';

// The machinery (opportunity selector, bodies in the maps and tables, competitor-tie flags) is
// tested on the fixture site in opportunities.fixture.spec.ts; here, what the samples say.
test.describe('the samples: several opportunities, decision bodies and competitor ties', () => {
  test("tech-company's second opportunity has its own decision process", async ({ page }) => {
    await page.goto('/accounts/tech-company/');
    await expect(page.locator('[data-opportunity-panel="log-audit"] ol.decision-process')).toContainText(
      '合规差距评估',
    );
    await expect(page.locator('[data-opportunity-panel="observability"] ol.decision-process')).toContainText(
      '技术选型评审',
    );
  });

  test("city-hospital's party committee holds its EB role, and a key person leans to a competitor", async ({
    page,
  }) => {
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
  });
});
