/**
 * Edition content check on the sample accounts: the trainee build holds none of their answer keys.
 * The worksheet machinery is tested on the fixture site (worksheets.fixture.spec.ts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';

test('the trainee build contains no answer key, comparison or debrief', () => {
  const reasonings = loadAllAccounts().flatMap((account) =>
    (account.trainer?.answerKey ?? []).map((entry) => entry.reasoning),
  );
  expect(reasonings.length).toBeGreaterThan(10);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const built = files('dist');
  const pages = built.filter((path) => /\.(html|json)$/.test(path));
  expect(pages.some((path) => path.includes(join('worksheets', 'man')))).toBe(true);
  expect(pages.filter((path) => path.includes('debrief'))).toEqual([]);
  for (const path of pages) {
    const text = readFileSync(path, 'utf8');
    expect(text, path).not.toContain('id="ws-key"');
    expect(text, path).not.toContain('ws.compare');
    expect(text, path).not.toContain('answerKey');
  }
  for (const path of built.filter((file) => /\.(html|json|js|css)$/.test(file))) {
    const text = readFileSync(path, 'utf8');
    for (const reasoning of reasonings) expect(text.includes(reasoning.slice(0, 20)), path).toBe(false);
  }
});
