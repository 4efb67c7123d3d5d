/**
 * The map renderer (src/maps/flowchart/): every diagram the builders write parses and draws,
 * hostile text comes out as text, layers stack in order, and the same text always gives the
 * same SVG (the build and the browser run this same code, so the same map).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDecisionProcess } from '../../src/maps/decisionProcess.ts';
import { renderFlowchart } from '../../src/maps/flowchart/index.ts';
import { layoutFlowchart } from '../../src/maps/flowchart/layout.ts';
import { FlowchartSyntaxError, parseFlowchart } from '../../src/maps/flowchart/parse.ts';
import { textWidth } from '../../src/maps/flowchart/textSize.ts';
import { encodeTitle } from '../../src/maps/mermaidText.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { buildRelationshipMap, type MapLayer } from '../../src/maps/relationshipMap.ts';
import { accountMapData } from '../../src/maps/mapPayload.ts';
import { accountOpportunities } from '../../src/model/opportunities.ts';
import type { Account } from '../../src/schemas/account.ts';
import { HOSTILE_TEXTS, hostileAccount, sampleAccounts, syntheticOf, unusualCharts } from './diagramFixtures.ts';
import { zhLabels } from './helpers.ts';

function allDiagrams(account: Account, layers: readonly MapLayer[] = ['influence', 'reporting', 'coverage']) {
  const data = accountMapData(account);
  return [
    ['org chart', buildOrgChart(data, { labels: zhLabels })],
    ['relationship map', buildRelationshipMap(data, { labels: zhLabels, layers: [...layers] })],
    ...accountOpportunities(account).map(
      (opportunity) =>
        [
          `decision process ${opportunity.id}`,
          buildDecisionProcess(opportunity.decisionProcess, data, zhLabels),
        ] as const,
    ),
  ] as const;
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );

/** Every text run of an SVG, unescaped, in order. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<(?:tspan|text)[^>]*>([^<]*)(?=<)/g)].map((m) => unescapeXml(m[1]!));

/** The only elements and attributes the writer uses: anything else would have come from a label. */
const ELEMENTS = new Set(['svg', 'style', 'defs', 'marker', 'path', 'g', 'rect', 'polygon', 'text', 'tspan']);
/** The SVG's own stylesheet: rules on `.flowchart` classes setting plain values, nothing else. */
const OWN_RULE = /^\.flowchart [.\w ,-]+\{[a-z-]+:[#\w .%-]+(;[a-z-]+:[#\w .%-]+)*\}$/;
const ATTRIBUTE =
  /^(xmlns|id|class|viewBox|width|height|font-family|font-size|font-weight|x|y|rx|d|fill|stroke|stroke-width|stroke-dasharray|opacity|points|transform|text-anchor|refX|refY|markerWidth|markerHeight|markerUnits|orient|marker-start|marker-end|data-node|data-cluster)$/;

/** Elements and attribute names outside the writer's own vocabulary, and foreign style rules. */
function foreignMarkup(svg: string): string[] {
  const found: string[] = [];
  const styles = [...svg.matchAll(/<style>([^<]*)<\/style>/g)];
  if (styles.length !== 1) found.push(`${styles.length} <style> elements`);
  for (const rule of styles[0]?.[1]!.split(/(?<=\})/).filter(Boolean) ?? [])
    if (!OWN_RULE.test(rule)) found.push(`rule ${rule}`);
  for (const [, name, attributes] of svg.matchAll(/<([a-zA-Z]+)([^>]*)>/g)) {
    if (!ELEMENTS.has(name!)) found.push(`<${name}>`);
    const rest = attributes!.replace(/\s([\w:-]+)="([^"]*)"/g, (_, attribute: string, value: string) => {
      // The one style the writer sets: the root's aspect ratio, which keeps its height while skipped.
      const ownStyle = attribute === 'style' && name === 'svg' && /^aspect-ratio: \d+ \/ \d+$/.test(value);
      if (!ATTRIBUTE.test(attribute) && !ownStyle) found.push(attribute);
      return '';
    });
    if (rest.replace(/\/$/, '').trim() !== '') found.push(rest);
  }
  return found;
}

describe('the map renderer reads every diagram the builders write', () => {
  for (const account of sampleAccounts()) {
    it(`parses and draws every map of the sample account ${account.id}, every node and line`, async () => {
      for (const [name, diagram] of allDiagrams(account)) {
        const graph = parseFlowchart(diagram.source);
        // Every node the page's script looks up is drawn (units are subgraphs, not nodes).
        for (const id of Object.keys(diagram.nodes).filter((node) => !/^U\d+$/.test(node)))
          expect(graph.nodes.has(id), `${name}: ${id}`).toBe(true);
        const svg = await renderFlowchart(diagram.source, `t-${account.id}`);
        expect(svg.match(/<g class="node[ "]/g)?.length, name).toBe(graph.nodes.size);
        const visibleLines = graph.edges.filter((edge) => edge.line !== 'invisible').length;
        expect(svg.match(/<path class="edge[ "]/g)?.length ?? 0, name).toBe(visibleLines);
      }
    }, 60_000);
  }

  it('parses every map of the hostile-names account', () => {
    for (const [name, diagram] of allDiagrams(hostileAccount()))
      expect(() => parseFlowchart(diagram.source), name).not.toThrow();
  });

  it('parses the collapsed org chart and the relationship map of a 300-person account', () => {
    for (const [name, diagram] of allDiagrams(syntheticOf(300), ['influence'])) {
      expect(parseFlowchart(diagram.source).nodes.size, name).toBeGreaterThan(0);
    }
  });

  it('rejects a line it cannot read, naming its line number', () => {
    expect(() => parseFlowchart('flowchart TB\n  A["a"]\n  click A call alert(1)')).toThrow(FlowchartSyntaxError);
    expect(() => parseFlowchart('flowchart TB\n  A["a"]\n  click A call alert(1)')).toThrow(/line 3/);
    expect(() => parseFlowchart('graph XY')).toThrow(/line 1/);
    expect(() => parseFlowchart('flowchart TB\n  A --> B')).toThrow(/unknown node "A"/);
  });

  it('reads arrows, line kinds, labels, classes and link styles', () => {
    const graph = parseFlowchart(
      [
        'flowchart LR',
        '  A("a<br/>#60;b#62;"):::x',
        '  B{{"b"}}',
        '  A x--x|"对立·强"| B',
        '  A ==> B',
        '  A <-.-> B',
        '  linkStyle 0 stroke:#a3231d,stroke-width:4px',
        '  classDef x fill:#fff,stroke-dasharray:3 3',
        '  class A,B changed',
      ].join('\n'),
    );
    expect(graph.nodes.get('A')).toEqual({ id: 'A', lines: ['a', '<b>'], shape: 'round', classes: ['x', 'changed'] });
    expect(graph.nodes.get('B')?.shape).toBe('hexagon');
    expect(graph.edges.map(({ line, start, end }) => [line, start, end])).toEqual([
      ['solid', 'cross', 'cross'],
      ['thick', 'none', 'arrow'],
      ['dotted', 'arrow', 'arrow'],
    ]);
    expect(graph.edges[0]).toMatchObject({ label: ['对立·强'], style: { stroke: '#a3231d', 'stroke-width': '4px' } });
    expect(graph.classDefs.get('x')).toEqual({ fill: '#fff', 'stroke-dasharray': '3 3' });
  });
});

describe('what the renderer draws', () => {
  it('shows every hostile name as text and lets no markup into the SVG', async () => {
    const account = hostileAccount();
    for (const [name, diagram] of allDiagrams(account)) {
      const svg = await renderFlowchart(diagram.source, 'hostile');
      expect(foreignMarkup(svg), name).toEqual([]);
      expect(svg.match(/<svg\b/g), name).toHaveLength(1);
    }
    const drawn = svgTexts(await renderFlowchart(buildOrgChart(account, { labels: zhLabels }).source, 'h'))
      .join('')
      .replace(/\s+/g, '');
    for (const hostile of HOSTILE_TEXTS) expect(drawn, hostile).toContain(hostile.replace(/\s+/g, ''));
    expect(drawn).toContain(encodeTitle(HOSTILE_TEXTS[0]!).slice(1, -1).replace(/\s+/g, ''));
  }, 30_000);

  it('draws hostile body, competitor and step names as text, injecting nothing', async () => {
    const account = hostileAccount();
    const data = accountMapData(account);
    const [org, relationship, decision] = await Promise.all(
      [
        buildOrgChart(data, { labels: zhLabels }).source,
        buildRelationshipMap(data, { labels: zhLabels }).source,
        buildDecisionProcess(account.opportunity!.decisionProcess, data, zhLabels).source,
      ].map((source, index) => renderFlowchart(source, `hostile-${index}`)),
    );
    for (const svg of [org!, relationship!, decision!]) expect(foreignMarkup(svg)).toEqual([]);
    const squeeze = (svg: string) => svgTexts(svg).join('').replace(/\s+/g, '');
    expect(squeeze(org!)).toContain(HOSTILE_TEXTS[6]!.replace(/\s+/g, '')); // the body
    expect(squeeze(relationship!)).toContain(HOSTILE_TEXTS[1]!.replace(/\s+/g, '')); // the competitor
    expect(squeeze(decision!)).toContain(HOSTILE_TEXTS[6]!.replace(/\s+/g, '')); // the body at the step
  }, 30_000);

  it('stacks the org chart layers top to bottom: 决策层, 管理层, 执行层, 支持部门, 外部影响者', async () => {
    const account = sampleAccounts().find((candidate) => candidate.id === 'city-hospital')!;
    const graph = parseFlowchart(buildOrgChart(accountMapData(account), { labels: zhLabels }).source);
    const placed = layoutFlowchart(graph);
    const layers = placed.clusters.filter((cluster) => /^L\d$/.test(cluster.cluster.id));
    expect(layers.map((layer) => layer.cluster.title)).toEqual([
      '决策层',
      '管理层',
      '执行层',
      '支持部门',
      '外部影响者',
    ]);
    for (let index = 1; index < layers.length; index++)
      expect(layers[index]!.y, layers[index]!.cluster.title).toBeGreaterThanOrEqual(
        layers[index - 1]!.y + layers[index - 1]!.height,
      );
  }, 30_000);

  it('gives every label room: no node narrower than its longest line, no cluster than its title', async () => {
    const account = sampleAccounts().find((candidate) => candidate.id === 'city-hospital')!;
    const placed = layoutFlowchart(parseFlowchart(buildOrgChart(accountMapData(account), { labels: zhLabels }).source));
    for (const { node, width } of placed.nodes)
      expect(width, node.lines[0]).toBeGreaterThanOrEqual(Math.max(...node.lines.map((line) => textWidth(line))));
    for (const { cluster, width } of placed.clusters)
      expect(width, cluster.title).toBeGreaterThanOrEqual(textWidth(cluster.title));
  }, 30_000);

  it('draws the same SVG for the same text, every time', async () => {
    const source = buildRelationshipMap(syntheticOf(20), { labels: zhLabels }).source;
    expect(await renderFlowchart(source, 'same')).toBe(await renderFlowchart(source, 'same'));
  }, 30_000);

  it('writes each look once, in the SVG, named alike in every drawing, and no paint on the shapes', async () => {
    const account = sampleAccounts().find((candidate) => candidate.id === 'city-hospital')!;
    const [[, org], [, relationship]] = allDiagrams(account);
    const svgs = [await renderFlowchart(org.source, 'a'), await renderFlowchart(relationship.source, 'b')];
    const looks = svgs.map(
      (svg) => new Map([...svg.matchAll(/\.flowchart \.(k\w+)\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!])),
    );
    for (const [index, svg] of svgs.entries()) {
      const used = new Set([...svg.matchAll(/class="(?:edge )?(k\w+)"/g)].map((m) => m[1]!));
      expect([...used].sort()).toEqual([...looks[index]!.keys()].sort());
      // (The arrowheads in <defs> keep their colour: one per colour and drawing.)
      expect(svg.replace(/<defs>.*<\/defs>/, '')).not.toMatch(
        /<(rect|polygon|path|text) [^>]*\b(fill|stroke|stroke-width|font-size)="/,
      );
    }
    // A class shared by two drawings on one page means the same look in both.
    const shared = [...looks[0]!.keys()].filter((name) => looks[1]!.has(name));
    expect(shared.length).toBeGreaterThan(0);
    for (const name of shared) expect(looks[0]!.get(name)).toBe(looks[1]!.get(name));
  }, 30_000);

  it('measures Chinese at one em per character and Latin narrower', () => {
    expect(textWidth('药剂科主任', 10)).toBe(50);
    expect(textWidth('abc', 10)).toBeLessThan(30);
  });

  it('draws each kind of line with its own dash, width and head', async () => {
    const svg = await renderFlowchart(
      'flowchart LR\n  A["a"]\n  B["b"]\n  A x--x B\n  A -.-> B\n  linkStyle 0 stroke:#a3231d,stroke-width:4px,stroke-dasharray:4 4',
      'k',
    );
    // Each line names its look, written once in the SVG's <style>.
    const lookOf = (index: number) => {
      const look = [...svg.matchAll(/<path class="edge (\w+)"/g)][index]![1]!;
      return new RegExp(`\\.flowchart \\.${look}\\{([^}]*)\\}`).exec(svg)![1];
    };
    expect(lookOf(0)).toBe('stroke:#a3231d;stroke-width:4px;stroke-dasharray:4 4');
    expect(lookOf(1)).toBe('stroke:#4a5568;stroke-width:1.5px;stroke-dasharray:3 4');
    expect(svg).toMatch(/marker-start="url\(#k-cross-a3231d\)" marker-end="url\(#k-cross-a3231d\)"/);
    expect(svg).toMatch(/<path class="edge \w+" d="[^"]*" marker-end="url\(#k-arrow-4a5568\)"/);
  });
});

describe('every map drawn by our own layouts, no ELK', () => {
  it('draws every shape ELK once took, hostile text as text and no markup let in', async () => {
    for (const { name, source } of unusualCharts()) {
      const svg = await renderFlowchart(source, 'odd');
      expect(foreignMarkup(svg), name).toEqual([]);
      const drawn = svgTexts(svg).join('').replace(/\s+/g, '');
      const graph = parseFlowchart(source);
      for (const node of graph.nodes.values()) expect(drawn, name).toContain(node.lines.join('').replace(/\s+/g, ''));
    }
  });

  it('has no module under src/ that imports elkjs, and no elkjs in package.json', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const importers = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|mts|js|mjs|astro)$/.test(file))
      .filter((file) =>
        /\bfrom\s+['"]elkjs|\bimport\s*\(\s*['"]elkjs|['"]elkjs\//.test(readFileSync(join(root, 'src', file), 'utf8')),
      );
    expect(importers).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect({ ...manifest.dependencies, ...manifest.devDependencies }).not.toHaveProperty('elkjs');
  });
});
