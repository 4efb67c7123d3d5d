/**
 * The build's SVG cache (src/build/diagramRenderer.ts): keyed by the diagram text and the
 * renderer alone, so the same map under two ids (twice on a page, or in a chapter and on an
 * account page) is laid out once and each copy gets its own element ids.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagramCache } from '../../src/build/diagramRenderer.ts';
import { renderFlowchart } from '../../src/maps/flowchart/index.ts';
import { ID_PLACEHOLDER, withIdPrefix } from '../../src/maps/flowchart/svg.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { accountMapData } from '../../src/maps/mapPayload.ts';
import { label } from '../../src/maps/mermaidText.ts';
import { sampleAccounts } from './diagramFixtures.ts';
import { zhLabels } from './helpers.ts';

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kam-maps-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The renderer, counting the layouts it does. */
function countingRenderer() {
  const drawn: string[] = [];
  return {
    drawn,
    draw: (source: string, idPrefix: string) => {
      drawn.push(source);
      return renderFlowchart(source, idPrefix);
    },
  };
}

const SOURCE = [
  'flowchart TB',
  '  A["陆俊峰<br/>院长"]:::s1',
  '  B["邵宇<br/>副院长"]',
  '  A --> B',
  '  A -.-> B',
  '  classDef s1 fill:#dcf1e3,stroke:#2e7d4a',
].join('\n');

/** Every id and id reference of an SVG. */
const idsOf = (svg: string) => [...svg.matchAll(/ id="([^"]*)"|="url\(#([^)]*)\)"/g)].map((m) => m[1] ?? m[2]!);

describe('the build’s SVG cache', () => {
  it('lays out the same text under two ids once, and gives each copy its own ids', async () => {
    const renderer = countingRenderer();
    const render = diagramCache({ dir: cacheDir(), draw: renderer.draw });
    const first = await render('map-org-a-svg', SOURCE);
    const second = await render('map-org-a-chapter-3-svg', SOURCE);
    expect(renderer.drawn).toHaveLength(1);
    expect(idsOf(first).length).toBeGreaterThan(2);
    expect(idsOf(first).every((id) => id.startsWith('map-org-a-svg'))).toBe(true);
    expect(idsOf(second).every((id) => id.startsWith('map-org-a-chapter-3-svg'))).toBe(true);
    expect(first).toContain('<svg xmlns="http://www.w3.org/2000/svg" id="map-org-a-svg"');
    expect(first).toContain('marker-end="url(#map-org-a-svg-arrow-');
    // Apart from the ids, the very drawing the renderer makes for that id.
    expect(second).toBe(await renderFlowchart(SOURCE, 'map-org-a-chapter-3-svg'));
  });

  it('lays out once when two maps of the same text are drawn at the same time', async () => {
    const renderer = countingRenderer();
    const render = diagramCache({ dir: cacheDir(), draw: renderer.draw });
    const [a, b] = await Promise.all([render('one', SOURCE), render('two', SOURCE)]);
    expect(renderer.drawn).toHaveLength(1);
    expect(withIdPrefix(a!, 'two', 'one')).toBe(b);
  });

  it('keeps one file per text, read back by the next build without a layout', async () => {
    const dir = cacheDir();
    const firstBuild = countingRenderer();
    await diagramCache({ dir, draw: firstBuild.draw })('map-x', SOURCE);
    await diagramCache({ dir, draw: firstBuild.draw })('map-y', `${SOURCE}\n  B --> A`);
    // One generation folder (this version of the renderer), one file per text in it.
    const [generation, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(generation).toMatch(/^maps-[0-9a-f]{16}$/);
    expect(readdirSync(join(dir, generation!))).toHaveLength(2);
    const rebuild = countingRenderer();
    const svg = await diagramCache({ dir, draw: rebuild.draw })('map-z', SOURCE);
    expect(rebuild.drawn).toHaveLength(0);
    expect(svg).toBe(await renderFlowchart(SOURCE, 'map-z'));
  });

  it('draws every time without a cache folder (MAP_CACHE=0)', async () => {
    const renderer = countingRenderer();
    const render = diagramCache({ dir: undefined, draw: renderer.draw });
    await render('a', SOURCE);
    await render('b', SOURCE);
    expect(renderer.drawn).toHaveLength(2);
  });

  it('moves only ids: a name that spells the placeholder or an id attribute stays as written', async () => {
    const hostile = `${ID_PLACEHOLDER} id="${ID_PLACEHOLDER}-x" url(#${ID_PLACEHOLDER})`;
    const source = ['flowchart TB', `  A[${label(hostile)}]`, '  B["b"]', '  A --> B'].join('\n');
    const svg = await renderFlowchart(source, ID_PLACEHOLDER);
    const moved = withIdPrefix(svg, 'map-1');
    expect(moved).toBe(await renderFlowchart(source, 'map-1'));
    expect(moved).toContain(`>${ID_PLACEHOLDER} id=&quot;${ID_PLACEHOLDER}-x&quot; url(#${ID_PLACEHOLDER})<`);
  });

  it('gives a sample org chart drawn under the placeholder the same SVG as drawn under its id', async () => {
    const account = sampleAccounts().find((candidate) => (candidate.bodies ?? []).length > 0)!;
    const { source } = buildOrgChart(accountMapData(account), { labels: zhLabels });
    const id = `map-org-${account.id}-svg`;
    expect(withIdPrefix(await renderFlowchart(source, ID_PLACEHOLDER), id)).toBe(await renderFlowchart(source, id));
  });
});
