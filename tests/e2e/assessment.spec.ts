import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { listFiles } from '../../scripts/quality/builtSite.ts';

// The self-check and workshop-test machinery is tested on the fixture site in
// assessment.fixture.spec.ts; here, the sample chapters' own self-checks.
test.describe('the sample self-checks', () => {
  test('every chapter ends with its self-check', async ({ page }) => {
    await page.goto('/chapters/01-why-analyse/');
    await expect(page.locator('[data-self-check] fieldset')).toHaveCount(3);
  });

  test("a case question points at the sample account's table", async ({ page }) => {
    await page.goto('/chapters/05-power-interest/');
    const link = page.locator('fieldset[data-question="hospital-party-secretary"]').getByRole('link');
    await expect(link).toHaveAttribute('href', '/accounts/city-hospital/#power-interest');
    await expect(link).toHaveText('先看澄川市第一人民医院的“权力—兴趣矩阵”');
  });
});

test.describe('trainer-only answers', () => {
  const testFiles = ['gov-customer-analysis-half-day', 'key-account-one-day'].map(
    (id) => parse(readFileSync(`content/workshops/assessments/${id}.yaml`, 'utf8')) as Record<string, any>,
  );
  const explanations: string[] = testFiles.flatMap((file) =>
    file.questions.map((question: any) => question.trainer.explanation),
  );

  // tmp/dist-kam is the public edition `npm test` builds (under /kam/); dist-public a hand-made one.
  for (const dir of ['dist', 'tmp/dist-kam', 'dist-public']) {
    test(`${dir}/ has no workshop-test key or explanation in any HTML, JS, JSON or search index`, () => {
      test.skip(!existsSync(dir), `${dir}/ is not built`);
      const texts = listFiles(dir)
        .filter((file) => /\.(html|js|mjs|json|txt|xml)$/.test(file))
        .map((file) => [file, readFileSync(join(dir, file), 'utf8')] as const);
      expect(texts.some(([file]) => file.endsWith('search-index.json'))).toBe(true);
      for (const [file, text] of texts) {
        // Whole explanations: they reuse phrases of the chapters, which are public.
        for (const explanation of explanations) expect(text, file).not.toContain(explanation);
      }
      // No debrief page (its script file may be built, but it holds code, no key).
      expect(listFiles(dir).filter((file) => file.includes('test-debrief/'))).toEqual([]);
      for (const [file, text] of texts.filter(([name]) => /\/(pre|post)-test\/index\.html$/.test(name))) {
        const config = /<script type="application\/json" id="quiz-config">([^<]*)<\/script>/.exec(text)?.[1];
        expect(config, file).toBeDefined();
        expect(config, file).not.toMatch(/"(correct|trainer|explanation)"/);
      }
    });
  }
});
