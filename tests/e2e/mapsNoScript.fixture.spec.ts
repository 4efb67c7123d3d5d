/**
 * With JavaScript off, an account page still shows every map: the flowcharts are SVG in the
 * page as built (not waiting in a template for a script), every person's name is SVG text, the
 * grids are HTML, each map fits its frame and has its text alternative, and the maps print.
 * Machinery, so it runs on the fixture site's account (tests/fixtures/site).
 */
import { expect, test, type Page } from '@playwright/test';
import { frame, MAP_KINDS } from './maps.ts';

const ACCOUNT_PAGE = '/accounts/fixture-clinic/';
const FLOWCHARTS = ['org', 'relationship', 'decision'];

test.use({ javaScriptEnabled: false });

/** The names in the people table, the text version of the maps. */
async function peopleInTable(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: '人员', exact: true });
  const names = (await table.locator('tbody tr[data-person] th[scope="row"]').allTextContents()).map((name) =>
    name.trim(),
  );
  expect(names.length).toBeGreaterThan(3);
  return names;
}

/** The text of every line of an SVG's labels. */
const svgTexts = (page: Page, kind: string) =>
  frame(page, kind)
    .locator('[data-canvas] > svg text tspan')
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? ''));

test.describe('account-page maps without JavaScript', () => {
  test('every flowchart is a visible SVG drawing, every grid is HTML, each fits its frame', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(ACCOUNT_PAGE);
    // Nothing waits for a script: no template to stamp in, no placeholder.
    await expect(page.locator('template[data-deferred], .map-placeholder')).toHaveCount(0);
    for (const kind of MAP_KINDS) {
      const map = frame(page, kind).locator(
        FLOWCHARTS.includes(kind) ? '[data-canvas] > svg' : '[data-canvas] > .grid-map',
      );
      await map.scrollIntoViewIfNeeded();
      await expect(map, kind).toBeVisible();
      const mapBox = (await map.boundingBox())!;
      const viewport = (await frame(page, kind).locator('.map-viewport').boundingBox())!;
      expect(mapBox.height, `${kind} is drawn at its height`).toBeGreaterThan(40);
      expect(mapBox.x + mapBox.width, `${kind} fits its frame`).toBeLessThanOrEqual(viewport.x + viewport.width + 0.5);
    }
  });

  test("every person's name is SVG text on the org chart and the relationship map, and in the grids", async ({
    page,
  }) => {
    await page.goto(ACCOUNT_PAGE);
    const names = await peopleInTable(page);
    const org = await svgTexts(page, 'org');
    expect(
      names.filter((name) => !org.includes(name)),
      'org chart: names not drawn',
    ).toEqual([]);
    // The relationship map draws the people on a line of the default layers, each by name.
    const related = await frame(page, 'relationship').locator('g[data-node] text tspan:first-child').allTextContents();
    expect(related.filter((name) => names.includes(name)).length).toBeGreaterThan(3);
    for (const kind of ['power-interest', 'man']) {
      const grid = await frame(page, kind).locator('.grid-map').textContent();
      expect(
        names.filter((name) => !grid!.includes(name)),
        `${kind}: names not in the grid`,
      ).toEqual([]);
    }
    expect((await svgTexts(page, 'decision')).length).toBeGreaterThan(0);
  });

  test('each map is a labelled figure with its text alternative, and the tables it points to are there', async ({
    page,
  }) => {
    await page.goto(ACCOUNT_PAGE);
    for (const kind of MAP_KINDS) {
      const figure = frame(page, kind);
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      await expect(figure).toHaveAttribute('aria-labelledby', /-title$/);
      await expect(figure.locator('.map-viewport')).toHaveAttribute('aria-label', /\S/);
      await expect(figure.locator('p.visually-hidden')).toContainText('文字版本');
    }
    for (const caption of ['人员', '权力—兴趣矩阵', 'MAN 分析'])
      await expect(page.getByRole('table', { name: caption, exact: true })).toHaveCount(1);
    await expect(page.locator('#decision-process')).toHaveCount(1);
  });

  test('the maps print: every drawing is laid out on paper, none skipped', async ({ page }) => {
    await page.goto(ACCOUNT_PAGE);
    await page.emulateMedia({ media: 'print' });
    for (const kind of FLOWCHARTS) {
      const svg = frame(page, kind).locator('[data-canvas] > svg');
      await expect(svg).toBeVisible();
      expect(await svg.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('visible');
      expect((await svg.boundingBox())!.height, kind).toBeGreaterThan(40);
    }
  });
});
