/**
 * The org chart's own layout (src/maps/flowchart/orgLayout.ts): what a trainer would notice if it
 * went wrong, checked on every sample, the hostile account, generated accounts of 20 to 300
 * people (collapsed and expanded), with and without decision bodies, and a dotted line upward.
 */
import { describe, expect, it } from 'vitest';
import { layoutFlowchart, nodeSize, type Box, type PlacedGraph } from '../../src/maps/flowchart/layout.ts';
import { layoutOrgChart, placeInOrder } from '../../src/maps/flowchart/orgLayout.ts';
import { parseFlowchart, type FlowGraph } from '../../src/maps/flowchart/parse.ts';
import { textWidth } from '../../src/maps/flowchart/textSize.ts';
import { LAYOUT_SETTINGS } from '../../src/maps/flowchart/layout.ts';
import { accountMapData } from '../../src/maps/mapPayload.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import type { Account } from '../../src/schemas/account.ts';
import { hostileAccount, sampleAccounts, syntheticOf, unusualCharts } from './diagramFixtures.ts';
import { smallAccount, zhLabels } from './helpers.ts';
import { EPSILON, crosses, inside, onBorder, overlap } from './layoutGeometry.ts';

/**
 * How wide ELK drew each sample's org chart (px), recorded with elkjs 0.12.1 on the samples as
 * they were when the renderer dropped ELK: the chart's text without its layout comment, through
 * the ELK path of src/maps/flowchart/layout.ts in its git history. Ours must be no wider; a sample
 * edited since is compared with these numbers until they are recorded again the same way.
 */
const ELK_ORG_CHART_WIDTH: Record<string, number> = {
  'city-bank': 2438,
  'city-bureau': 1926,
  'city-hospital': 1580,
  manufacturer: 2555,
  'tech-company': 1446,
};

function orgGraph(account: Account, collapseAbove?: number): FlowGraph {
  return parseFlowchart(
    buildOrgChart(accountMapData(account), {
      labels: zhLabels,
      ...(collapseAbove === undefined ? {} : { collapseAbove }),
    }).source,
  );
}

/** Every rule of the quality bar; returns the problems found, so a failure names them all. */
function problemsOf(graph: FlowGraph, placed: PlacedGraph): string[] {
  const problems: string[] = [];
  const nodeBox = new Map(placed.nodes.map((node) => [node.node.id, node]));
  const clusterBox = new Map(placed.clusters.map((cluster) => [cluster.cluster.id, cluster]));
  const whole: Box = { x: 0, y: 0, width: placed.width, height: placed.height };
  expect(placed.nodes.length).toBe(graph.nodes.size);
  expect(placed.clusters.length).toBe(graph.clusters.size);

  // No two boxes overlap; every box is in the chart.
  for (const [index, a] of placed.nodes.entries()) {
    if (!inside(a, whole)) problems.push(`${a.node.id} lies outside the chart`);
    for (const b of placed.nodes.slice(index + 1))
      if (overlap(a, b)) problems.push(`${a.node.id} overlaps ${b.node.id}`);
  }
  // Every box inside its cluster, clusters nested, sibling clusters apart; titles fit.
  const parentOf = new Map<string, string>();
  for (const cluster of graph.clusters.values()) for (const child of cluster.children) parentOf.set(child, cluster.id);
  for (const [id, parent] of parentOf) {
    const box = nodeBox.get(id) ?? clusterBox.get(id)!;
    if (!inside(box, clusterBox.get(parent)!)) problems.push(`${id} is not inside its cluster ${parent}`);
  }
  const siblings = [...graph.clusters.values()].map((cluster) => cluster.children).concat([graph.roots]);
  for (const group of siblings) {
    const boxes = group.flatMap((id) => (clusterBox.has(id) ? [clusterBox.get(id)!] : []));
    for (const [index, a] of boxes.entries())
      for (const b of boxes.slice(index + 1))
        if (overlap(a, b)) problems.push(`cluster ${a.cluster.id} overlaps ${b.cluster.id}`);
    for (const a of boxes)
      for (const id of group)
        if (nodeBox.has(id) && overlap(a, nodeBox.get(id)!)) problems.push(`cluster ${a.cluster.id} overlaps ${id}`);
  }
  for (const { cluster, width } of placed.clusters)
    if (width < textWidth(cluster.title) + 2 * LAYOUT_SETTINGS.clusterPadding)
      problems.push(`the title of ${cluster.id} does not fit`);
  for (const { node, width } of placed.nodes)
    if (width < Math.max(...node.lines.map((line) => textWidth(line))))
      problems.push(`the text of ${node.id} does not fit`);

  // Lines: every visible one drawn, orthogonal, its ends on its boxes' borders, through no other
  // box and no frame's title.
  const visible = graph.edges.filter((edge) => edge.line !== 'invisible');
  expect(placed.edges.map((placedEdge) => placedEdge.edge)).toEqual(visible);
  for (const { edge, points } of placed.edges) {
    const name = `${edge.from} → ${edge.to}`;
    const from = nodeBox.get(edge.from)!;
    const to = nodeBox.get(edge.to)!;
    if (points.length < 2) problems.push(`${name} has no path`);
    if (!onBorder(points[0]!, from)) problems.push(`${name} does not start on its box's border`);
    if (!onBorder(points.at(-1)!, to)) problems.push(`${name} does not end on its box's border`);
    for (let index = 1; index < points.length; index++) {
      const [a, b] = [points[index - 1]!, points[index]!];
      if (Math.abs(a.x - b.x) > EPSILON && Math.abs(a.y - b.y) > EPSILON)
        problems.push(`${name} has a slanting segment`);
      if (!inside({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: 0, height: 0 }, whole))
        problems.push(`${name} leaves the chart`);
      for (const box of placed.nodes)
        if (crosses(a, b, box) && !(box === from && index === 1) && !(box === to && index === points.length - 1))
          problems.push(`${name} runs through ${box.node.id}`);
      for (const { x, y, cluster } of placed.clusters) {
        const title = {
          x: x + LAYOUT_SETTINGS.clusterPadding,
          y: y + 4,
          width: textWidth(cluster.title),
          height: LAYOUT_SETTINGS.clusterTitle - 4,
        };
        if (crosses(a, b, title)) problems.push(`${name} crosses the title of ${cluster.id}`);
      }
      if ((index > 1 && crosses(a, b, from)) || (index < points.length - 1 && crosses(a, b, to)))
        problems.push(`${name} runs back through one of its own boxes`);
    }
  }

  // Layers top to bottom in the order written (外部影响者 last), the bodies on top.
  const layers = placed.clusters
    .filter((cluster) => graph.roots.includes(cluster.cluster.id))
    .sort((a, b) => a.y - b.y)
    .map((cluster) => cluster.cluster.id);
  const written = graph.roots.filter((id) => /^L\d$/.test(id)).sort();
  expect(layers).toEqual(graph.roots.includes('BG') ? ['BG', ...written] : written);
  return problems;
}

function expectGoodLayout(graph: FlowGraph): PlacedGraph {
  expect(graph.layout).toBe('org-chart');
  const placed = layoutFlowchart(graph);
  expect(problemsOf(graph, placed)).toEqual([]);
  return placed;
}

describe('org charts laid out by our own code', () => {
  for (const account of sampleAccounts()) {
    it(`lays out the sample ${account.id} by every rule, no wider than ELK did`, () => {
      const graph = orgGraph(account);
      const placed = expectGoodLayout(graph);
      expect(placed.width).toBeLessThanOrEqual(ELK_ORG_CHART_WIDTH[account.id]!);
    });
  }

  it('lays out the hostile-names account by every rule', () => {
    expectGoodLayout(orgGraph(hostileAccount()));
  });

  for (const people of [20, 40, 100, 300]) {
    it(`lays out a ${people}-person account collapsed and expanded by every rule`, () => {
      const account = syntheticOf(people);
      expectGoodLayout(orgGraph(account));
      expectGoodLayout(orgGraph(account, Infinity));
    }, 30_000);
  }

  it('puts the decision bodies on top, each over its chair, and draws the chart without them too', () => {
    for (const account of sampleAccounts().filter((candidate) => (candidate.bodies ?? []).length > 0)) {
      const { source, nodes } = buildOrgChart(accountMapData(account), { labels: zhLabels });
      const graph = parseFlowchart(source);
      const placed = expectGoodLayout(graph);
      const boxOf = (id: string) => placed.nodes.find((node) => node.node.id === id)!;
      const nodeOfPerson = new Map(Object.entries(nodes).map(([node, { id }]) => [id, node]));
      for (const [node, { kind, id }] of Object.entries(nodes)) {
        if (kind !== 'body') continue;
        const chair = account.bodies!.find((body) => body.id === id)!.chair;
        if (!chair) continue;
        const [body, person] = [boxOf(node), boxOf(nodeOfPerson.get(chair)!)];
        expect(body.x < person.x + person.width && person.x < body.x + body.width, `${id} over ${chair}`).toBe(true);
      }
      expectGoodLayout(orgGraph({ ...account, bodies: [] }));
    }
  }, 30_000);

  it('lays out a filtered chart: one layer, or nobody at all', () => {
    const data = accountMapData(sampleAccounts().find((candidate) => candidate.id === 'city-hospital')!);
    for (const filter of [{ layers: ['decision' as const] }, { layers: ['external' as const] }]) {
      const graph = parseFlowchart(buildOrgChart(data, { labels: zhLabels, filter }).source);
      expect(expectGoodLayout(graph).nodes.length).toBeGreaterThan(0);
    }
    const nobody = parseFlowchart(
      buildOrgChart(data, { labels: zhLabels, filter: { roles: ['Coach'], layers: ['external'] } }).source,
    );
    const empty = expectGoodLayout(nobody);
    expect(empty.nodes).toEqual([]);
    expect(empty.width).toBeGreaterThan(0);
  });

  it('draws a dotted line going upward out of the top of one box into the bottom of the other', () => {
    const account = smallAccount((data) => {
      data.people[0].dottedLines = ['it-head'];
    });
    const graph = orgGraph(account);
    const placed = expectGoodLayout(graph);
    const dotted = placed.edges.find((edge) => edge.edge.line === 'dotted')!;
    const [from, to] = [dotted.edge.from, dotted.edge.to].map((id) =>
      placed.nodes.find((node) => node.node.id === id)!,
    );
    expect(from!.y).toBeGreaterThan(to!.y);
    expect(dotted.points[0]!.y).toBeCloseTo(from!.y);
    expect(dotted.points.at(-1)!.y).toBeCloseTo(to!.y + to!.height);
  });

  it('gives lines that run side by side their own tracks', () => {
    const placed = expectGoodLayout(orgGraph(syntheticOf(40)));
    // Horizontal segments of lines from different boxes never lie on one another.
    const segments = placed.edges.flatMap(({ edge, points }) =>
      points.slice(1).flatMap((point, index) => {
        const before = points[index]!;
        return Math.abs(before.y - point.y) < EPSILON && Math.abs(before.x - point.x) > EPSILON
          ? [
              {
                owner: `${edge.from}${edge.line}`,
                y: point.y,
                x1: Math.min(before.x, point.x),
                x2: Math.max(before.x, point.x),
              },
            ]
          : [];
      }),
    );
    for (const [index, a] of segments.entries())
      for (const b of segments.slice(index + 1))
        if (a.owner !== b.owner && Math.abs(a.y - b.y) < 1)
          expect(a.x2 <= b.x1 + EPSILON || b.x2 <= a.x1 + EPSILON, `${a.owner} and ${b.owner} at y ${a.y}`).toBe(true);
  });

  it('leaves a chart of another shape to the layered layout, and never lays out a map without the comment', () => {
    for (const { name, source } of unusualCharts()) {
      const graph = parseFlowchart(source);
      expect(layoutOrgChart(graph, nodeSize, LAYOUT_SETTINGS), name).toBeUndefined();
      // Drawn all the same (tests/unit/layeredLayout.test.ts checks how): every box, no frame.
      const placed = layoutFlowchart(graph);
      expect(placed.nodes.length, name).toBe(graph.nodes.size);
      expect(placed.clusters, name).toEqual([]);
    }
    // An org chart's text without its comment is a plain graph too.
    const graph = orgGraph(smallAccount());
    expect(graph.layout).toBe('org-chart');
    expect(layoutFlowchart({ ...graph, layout: undefined }).clusters).toEqual([]);
  });

  it('places boxes in order, each clear of the one before, as near as it can to where they want', () => {
    expect(placeInOrder([10, 10, 10], [0, 50, 100], 5)).toEqual([0, 50, 100]);
    // Two that want the same place share the difference.
    expect(placeInOrder([10, 10], [20, 20], 4)).toEqual([13, 27]);
  });
});
