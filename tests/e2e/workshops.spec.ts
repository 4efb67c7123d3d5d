import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './a11y.ts';

/** Every text written under a `trainer` key in the scenario and workshop files. */
function trainerTexts(): string[] {
  const files = [
    ...readdirSync('accounts').flatMap((account) => {
      const dir = join('accounts', account, 'scenarios');
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => name.endsWith('.yaml'))
            .map((name) => join(dir, name))
        : [];
    }),
    ...readdirSync('content/workshops')
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join('content/workshops', name)),
  ];
  const texts: string[] = [];
  const collect = (value: unknown, inTrainer: boolean) => {
    if (typeof value === 'string' && inTrainer && value.length > 8) texts.push(value);
    else if (Array.isArray(value)) value.forEach((item) => collect(item, inTrainer));
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) collect(inner, inTrainer || key === 'trainer');
  };
  for (const file of files) collect(parse(readFileSync(file, 'utf8')), false);
  return texts;
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|json|js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The agenda page's machinery (start times, pre-work, materials, cut notes, compliance link) and
// axe on the index pages are tested on the fixture site in workshops.fixture.spec.ts.
test.describe('the sample scenarios and agendas in the trainee edition', () => {
  test('the trainee build has no secret brief, rubric guidance or trainer note anywhere', () => {
    const secrets = trainerTexts();
    expect(secrets.length).toBeGreaterThan(50);
    const leaks: string[] = [];
    for (const file of builtFiles('dist')) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret.slice(0, 30)}…`);
    }
    expect(leaks).toEqual([]);
    expect(existsSync('dist/scenarios/hospital-pharmacy-first-meeting/facilitate')).toBe(false);
    expect(existsSync('dist/workshops/key-account-one-day/handouts')).toBe(false);
    expect(existsSync('dist/scenarios/bank-risk-committee-pitch')).toBe(false);
  });

  test('every public scenario has a page with roles, stages and rubric', async ({ page }) => {
    await page.goto('/scenarios/');
    const links = page.locator('.card-list h2 a');
    await expect(links).toHaveCount(4);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
      await page.goto(href);
      await expect(page.locator('.role-card').first()).toBeVisible();
      await expect(page.locator('#rubric')).toBeVisible();
      await expect(page.locator('[data-secret-brief]')).toHaveCount(0);
    }
  });

  test('the half-day agenda puts chapters before the sheets and role plays that use them; every cut chapter says what it leaves out', async ({
    page,
  }) => {
    await page.goto('/workshops/gov-customer-analysis-half-day/');
    await expect(page.getByRole('region', { name: '课前准备' })).toContainText('信息清单');
    // Every chapter session shorter than its chapter's plan says what it leaves out.
    const cuts = page.locator('.agenda-table tr[data-kind="chapter"] .agenda-cut');
    await expect(cuts).toHaveCount(5);
    await expect(cuts.first()).toContainText('本次略去：');
    // Chapters come before the worksheets that use them, the MAN worksheet before the role play.
    const kinds = await page
      .locator('.agenda-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.getAttribute('data-kind')}:${row.querySelector('strong')?.textContent ?? ''}`),
      );
    const at = (text: string) => kinds.findIndex((entry) => entry.includes(text));
    expect(at('MAN 分析与客户分类')).toBeLessThan(at('练习：预算环节关键人的 MAN 分析'));
    expect(at('练习：预算环节关键人的 MAN 分析')).toBeLessThan(at('角色扮演：预算沟通会'));
    for (const topic of ['商机挖掘与价值呈现', '政企客户的持续经营']) expect(at(topic)).toBeGreaterThan(-1);
    await expect(page.getByRole('link', { name: '预算沟通会：财务审计科长当场反对' })).toBeVisible();
  });

  test('an agenda that uses an internal scenario names it without a link', async ({ page }) => {
    await page.goto('/workshops/key-account-one-day/');
    const row = page.locator('.agenda-table tr', { hasText: '风险管理委员会汇报' });
    await expect(row).toContainText('讲师版提供材料');
    await expect(row.locator('a')).toHaveCount(0);
  });

  test('the sample scenario and agenda pages pass axe', async ({ page }) => {
    test.slow();
    for (const path of [
      '/scenarios/bureau-budget-meeting/',
      '/workshops/key-account-one-day/',
      '/workshops/gov-customer-analysis-half-day/',
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
