/**
 * Sample content in the trainer edition: facilitator and scenario pages pass axe, and the
 * half-day agenda prints one role card per page. The timer machinery is tested on the fixture
 * site (workshops.fixture.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const FACILITATE = '/scenarios/hospital-pharmacy-first-meeting/facilitate/';

test.describe('sample content: facilitator pages', () => {
  test('facilitator and trainer scenario pages pass axe', async ({ page }) => {
    // Real time here: axe-core schedules its own timers.
    await page.goto(FACILITATE);
    await page.getByLabel('小组名称').fill('第一组');
    await page.getByRole('button', { name: '添加小组' }).click();
    await expectNoAxeViolations(page);
    await page.goto('/workshops/key-account-one-day/facilitate/');
    await expectNoAxeViolations(page);
    await page.goto('/scenarios/bank-risk-committee-pitch/');
    await expect(page.locator('[data-secret-brief]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('sample content: handouts', () => {
  test('print one role card per A4 page', async ({ page }) => {
    await page.goto('/workshops/gov-customer-analysis-half-day/handouts/role-cards/');
    const cards = await page.locator('[data-handout-page]').count();
    expect(cards).toBe(5);
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(cards);
  });
});
