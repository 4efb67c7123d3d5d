/**
 * Map machinery (panel, keyboard, filters, layers, dates, search, projector, downloads, escaping,
 * lazy renderer) on the fixture site's small account fixture-clinic (tests/fixtures/site), not
 * on the sample cases trainers edit: those are checked as content in maps.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';
import { frame, openMaps, person } from './maps.ts';

/** A redraw fetches the renderer and lays the map out in the page: seconds on a busy 2-core machine. */
const REDRAWN = { timeout: 30_000 };

const ACCOUNT = 'fixture-clinic';

test.describe('map machinery', () => {
  test('clicking a person opens the detail panel with every attribute; Esc closes it', async ({ page }) => {
    await openMaps(page, ACCOUNT);
    await person(page, 'org', 'dean').click();
    const panel = frame(page, 'org').locator('[data-panel]');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading')).toHaveText('周文博');
    for (const term of ['职务', '采购角色', '支持度', '亲密度', 'MAN', '汇报链', 'DISC']) {
      await expect(panel.locator('dt', { hasText: term }).first()).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('a person is selected with the keyboard: arrow keys move, Enter opens, Esc returns focus', async ({ page }) => {
    await openMaps(page, ACCOUNT);
    const nodes = frame(page, 'relationship').locator('g[data-person]');
    await nodes.first().focus();
    await page.keyboard.press('ArrowRight');
    const secondId = await nodes.nth(1).getAttribute('data-person');
    await expect(nodes.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = frame(page, 'relationship').locator('[data-panel]');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('data-person', secondId!);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(nodes.nth(1)).toBeFocused();
  });

  test('filters redraw the org chart with only the matching people', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await openMaps(page, ACCOUNT);
    const org = frame(page, 'org');
    const before = await org.locator('g[data-person]').count();
    await org.locator('select[data-filter="layers"]').selectOption('decision');
    await expect(org).toHaveAttribute('data-drawn', '2', REDRAWN);
    const ids = await org
      .locator('g[data-person]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-person')));
    expect(ids.length).toBeLessThan(before);
    expect(ids).toContain('dean');
    expect(ids).not.toContain('pharm-head');
    await org.locator('select[data-filter="roles"]').selectOption('EB');
    await expect(org).toHaveAttribute('data-drawn', '3', REDRAWN);
    await expect(org.locator('[data-status]')).toContainText('图中');
    // The org chart and the relationship map are laid out by our own code in the page's own
    // thread: nothing named ELK fetched, no worker started.
    const relationship = frame(page, 'relationship');
    await relationship.locator('input[data-layer="coverage"]').check();
    await expect(relationship).toHaveAttribute('data-drawn', '2', REDRAWN);
    expect(requested.filter((url) => /elk/.test(url))).toEqual([]);
    expect(workers).toEqual([]);
  });

  test('where Web Workers cannot start, both maps still redraw, and no ELK is fetched', async ({ page }) => {
    await page.addInitScript(() => {
      // A browser (or a policy) without workers.
      delete (window as { Worker?: unknown }).Worker;
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openMaps(page, ACCOUNT);
    const org = frame(page, 'org');
    await org.locator('select[data-filter="layers"]').selectOption('decision');
    await expect(org).toHaveAttribute('data-drawn', '2', REDRAWN);
    await expect(person(page, 'org', 'dean')).toHaveCount(1);
    await expect(person(page, 'org', 'pharm-head')).toHaveCount(0);
    const relationship = frame(page, 'relationship');
    await relationship.locator('input[data-layer="coverage"]').check();
    await expect(relationship).toHaveAttribute('data-drawn', '2', REDRAWN);
    await expect(relationship.locator('[data-canvas]')).toContainText('我方');
    expect(requested.filter((url) => /elk/.test(url))).toEqual([]);
  });

  test('switching on the coverage layer draws our team and its ownership lines', async ({ page }) => {
    await openMaps(page, ACCOUNT);
    const map = frame(page, 'relationship');
    await map.locator('input[data-layer="coverage"]').check();
    await expect(map).toHaveAttribute('data-drawn', '2', REDRAWN);
    await expect(map.locator('[data-canvas]')).toContainText('我方');
    await expect(map.locator('[data-canvas]')).toContainText('负责');
  });

  test('the date control shows the map as it stood then and what changed', async ({ page }) => {
    await openMaps(page, ACCOUNT);
    const org = frame(page, 'org');
    await expect(person(page, 'org', 'vice-dean')).toHaveCount(1);
    // Who left before the account's date is not drawn at 最新情况, as the tables leave them out.
    await expect(person(page, 'org', 'vice-old')).toHaveCount(0);
    await expect(org.locator('[data-canvas]')).not.toContainText('孙立群');
    // The first snapshot: before the old vice-dean left and the new one arrived.
    await org.locator('select[data-snapshot]').selectOption('0');
    await expect(org).toHaveAttribute('data-drawn', '2', REDRAWN);
    await expect(person(page, 'org', 'vice-dean')).toHaveCount(0);
    await expect(person(page, 'org', 'vice-old')).toHaveCount(1);
    await expect(org.locator('[data-status]')).toContainText('需求座谈会');
    await expect(org.locator('[data-canvas]')).toContainText('支持度变化');
    await expect(org.locator('g.changed')).not.toHaveCount(0);
    // The date he left: the status names him by name, not by id.
    await org.locator('select[data-snapshot]').selectOption('1');
    await expect(org).toHaveAttribute('data-drawn', '3', REDRAWN);
    await expect(org.locator('[data-status]')).toContainText('已离开：孙立群');
    await expect(org.locator('[data-status]')).not.toContainText('vice-old');
    await expect(person(page, 'org', 'vice-old')).toHaveCount(0);
  });

  test('search highlights the person found and dims the others', async ({ page }) => {
    await openMaps(page, ACCOUNT);
    const grid = frame(page, 'power-interest');
    await grid.locator('input[data-search]').fill('周文博');
    await expect(grid.locator('.is-match')).toHaveCount(1);
    await expect(grid.locator('[data-search-result]')).toContainText('1');
  });

  test('the projector mode fills the screen and the maps download as SVG and PNG', async ({ page }) => {
    await openMaps(page, ACCOUNT);
    const org = frame(page, 'org');
    await org.locator('button[data-action="fullscreen"]').click();
    await expect(org).toHaveClass(/is-projector/);
    const svgDownload = page.waitForEvent('download');
    await org.locator('button[data-action="svg"]').click();
    expect((await svgDownload).suggestedFilename()).toBe('fixture-clinic-org.svg');
    const pngDownload = page.waitForEvent('download');
    await org.locator('button[data-action="png"]').click();
    expect((await pngDownload).suggestedFilename()).toBe('fixture-clinic-org.png');
    await org.locator('button[data-action="fullscreen"]').click();
    await expect(org).not.toHaveClass(/is-projector/);
  });

  test('the grids download as SVG and PNG drawn from the grid shown: same cells, people, colours and label', async ({
    page,
  }) => {
    await openMaps(page, ACCOUNT);
    for (const kind of ['power-interest', 'man']) {
      const grid = frame(page, kind);
      // The page carries no second copy of the grid: the SVG is drawn when asked for.
      await expect(grid.locator('template, svg.grid-map-svg')).toHaveCount(0);
      const svgDownload = page.waitForEvent('download');
      await grid.locator('button[data-action="svg"]').click();
      const file = await svgDownload;
      expect(file.suggestedFilename()).toBe(`${ACCOUNT}-${kind}.svg`);
      const svg = readFileSync((await file.path())!, 'utf8');
      const [shown, saved] = await page.evaluate(
        ([text, selector]) => {
          const frameElement = document.querySelector(selector)!;
          const cellsOf = (root: ParentNode, chip: string, fill: (node: Element) => string) =>
            [...root.querySelectorAll('[data-cell]')].map((cell) => ({
              cell: cell.getAttribute('data-cell'),
              people: [...cell.querySelectorAll(chip)].map((node) => [node.getAttribute('data-person'), fill(node)]),
            }));
          const drawing = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
          return [
            {
              label: frameElement.querySelector('.grid-map')!.getAttribute('aria-label'),
              cells: cellsOf(frameElement, '.grid-chip', (node) =>
                (node as HTMLElement).style.getPropertyValue('--chip-fill'),
              ),
            },
            {
              label: drawing.getAttribute('aria-label'),
              cells: cellsOf(drawing, 'g[data-person]', (node) => node.querySelector('rect')!.getAttribute('fill')!),
              elements: drawing.querySelectorAll('script, foreignObject, parsererror').length,
            },
          ];
        },
        [svg, `[data-map-frame][data-kind="${kind}"]`] as const,
      );
      expect(saved).toEqual({ ...shown, elements: 0 });
      expect(shown.cells.flatMap((cell) => cell.people).length).toBeGreaterThan(0);
      const pngDownload = page.waitForEvent('download');
      await grid.locator('button[data-action="png"]').click();
      expect((await pngDownload).suggestedFilename()).toBe(`${ACCOUNT}-${kind}.png`);
    }
  });

  test('hostile names in the map data render literally and run no script', async ({ page }) => {
    const hostile = '<img src=x onerror="window.__pwned=1">"]-->X%%;click P0 call alert(1)`';
    // Give every person a hostile name in the embedded map data, as worksheet input could.
    await page.route(`**/accounts/${ACCOUNT}/`, async (route) => {
      const response = await route.fetch();
      // The map data and panel text, whether embedded per map or once per account.
      const html = (await response.text()).replace(
        /(<script type="application\/json"[^>]*>)(.*?)(<\/script>)/gs,
        (_, open: string, json: string, close: string) => {
          const payload = JSON.parse(json);
          for (const entry of payload.data?.people ?? []) entry.name = hostile;
          for (const detail of Object.values(payload.details?.people ?? {}) as { name: string }[])
            detail.name = hostile;
          return open + JSON.stringify(payload).replace(/</g, '\\u003c') + close;
        },
      );
      await route.fulfill({ response, body: html });
    });
    await openMaps(page, ACCOUNT);
    const org = frame(page, 'org');
    // Redraw in the browser from the hostile data.
    await org.locator('select[data-filter="layers"]').selectOption('decision');
    await expect(org).toHaveAttribute('data-drawn', '2', REDRAWN);
    await expect(org.locator('[data-canvas]')).toContainText('onerror');
    expect(await org.locator('[data-canvas] img, [data-canvas] script, [data-canvas] foreignObject').count()).toBe(0);
    await org.locator('g[data-person]').first().click();
    await expect(org.locator('[data-panel] h3')).toHaveText(hostile);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });

  test('the account page with maps drawn and a panel open has no axe violations', async ({ page }) => {
    // axe over five maps' SVG needs more than the default 30 s on a loaded 2-core machine.
    test.slow();
    await openMaps(page, ACCOUNT);
    await person(page, 'org', 'dean').click();
    await expectNoAxeViolations(page);
  });

  test('the map renderer is not downloaded while nothing changes, and pages without maps carry no maps script', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openMaps(page, ACCOUNT);
    expect(requested.filter((url) => /flowchart|mermaid/.test(url))).toEqual([]);
    for (const path of ['/', '/accounts/']) {
      requested.length = 0;
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((url) => /flowchart|mermaid|MapFrame/.test(url))).toEqual([]);
    }
  });
});
