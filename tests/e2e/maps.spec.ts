/**
 * Content checks on the sample accounts: every map of every public sample draws, and no trainer
 * note reaches the trainee edition. The map machinery is tested on the fixture site
 * (maps.fixture.spec.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { frame, MAP_KINDS, openMaps } from './maps.ts';

const PUBLIC_ACCOUNTS = ['city-hospital', 'city-bureau', 'tech-company', 'manufacturer'];

test.describe('sample content: account maps', () => {
  for (const account of PUBLIC_ACCOUNTS) {
    test(`every map of ${account} is drawn with its people selectable`, async ({ page }, testInfo) => {
      await openMaps(page, account);
      for (const kind of MAP_KINDS) {
        await expect(frame(page, kind).locator('[data-canvas] > svg, [data-canvas] > .grid-map')).toBeVisible();
        await frame(page, kind).screenshot({ path: testInfo.outputPath(`${account}-${kind}.png`) });
      }
      expect(await frame(page, 'org').locator('g[data-person]').count()).toBeGreaterThan(5);
      expect(await frame(page, 'relationship').locator('g[data-person]').count()).toBeGreaterThan(2);
    });
  }
});

test('trainer notes are absent from the maps of the trainee edition', () => {
  const notes = readdirSync('accounts', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [
      ...readFileSync(`accounts/${entry.name}/account.yaml`, 'utf8').matchAll(/trainer:\n\s+notes: (.{12})/g),
    ])
    .map((match) => match[1]!);
  expect(notes.length).toBeGreaterThan(3);
  for (const account of PUBLIC_ACCOUNTS) {
    const html = readFileSync(`dist/accounts/${account}/index.html`, 'utf8');
    expect(html).not.toContain('讲师备注');
    for (const note of notes) expect(html).not.toContain(note);
  }
});
