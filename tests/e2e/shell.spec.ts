import { expect, test } from '@playwright/test';
import { checkLinks, formatLinkProblem } from '../../scripts/quality/linkCheck.ts';

// The shell's machinery (home page, header, glossary, phone layout) is tested on the fixture site
// in shell.fixture.spec.ts; here, what the samples link to.
test.describe('site shell on the samples', () => {
  test('no internal link or search result in either built edition points at a missing page or anchor', () => {
    for (const dir of ['dist', 'dist-trainer']) {
      expect(checkLinks(dir).map((problem) => formatLinkProblem(dir, problem))).toEqual([]);
    }
  });
});
