import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { brokenLinks } from './builtSite.ts';

const OUT = 'tmp/dist-base';

test.describe('published under a sub-path', () => {
  test('with BASE_PATH=/kam/ every link, the search index and its results stay under /kam/', () => {
    test.setTimeout(180_000);
    try {
      execFileSync('npx', ['astro', 'build', '--outDir', OUT], {
        env: { ...process.env, BASE_PATH: '/kam/', EDITION: 'trainee' },
        stdio: 'ignore',
      });
      expect(brokenLinks(OUT, '/kam/')).toEqual([]);
      expect(readFileSync(`${OUT}/index.html`, 'utf8')).toContain('data-index="/kam/search-index.json"');
    } finally {
      // Out of the way of the type check, which reads every file under the project.
      rmSync(OUT, { recursive: true, force: true });
    }
  });
});
