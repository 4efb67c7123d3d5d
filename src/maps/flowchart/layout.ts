/**
 * Places a flowchart: an org chart (its text says `%% layout: org-chart`) with our own banded
 * layout (orgLayout.ts), a relationship map or decision process (`%% layout: layered`) with our
 * own layered layout (layeredLayout.ts), both synchronous, no ELK; a chart of any other shape,
 * which our builders do not write, with ELK's layered algorithm
 * (elkjs, pure JavaScript: the same code and so the same positions in Node at build time and in
 * the reader's browser). Subgraphs are laid out with their contents in one pass
 * (INCLUDE_CHILDREN), so a line between subgraphs is routed through the whole map rather than
 * bolted on afterwards.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { FlowCluster, FlowEdge, FlowGraph, FlowNode } from './parse.ts';
import { layoutLayered } from './layeredLayout.ts';
import { layoutOrgChart } from './orgLayout.ts';
import { blockSize, textWidth } from './textSize.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface PlacedNode extends Box {
  node: FlowNode;
}
export interface PlacedCluster extends Box {
  cluster: FlowCluster;
  depth: number;
}
export interface PlacedEdge {
  edge: FlowEdge;
  points: Point[];
  label?: Box;
}
export interface PlacedGraph {
  width: number;
  height: number;
  nodes: PlacedNode[];
  clusters: PlacedCluster[];
  edges: PlacedEdge[];
}

/** Everything that changes positions: part of the cache key of a drawn map. */
export const LAYOUT_SETTINGS = {
  nodePaddingX: 12,
  nodePaddingY: 8,
  hexagonInset: 14,
  clusterTitle: 28,
  clusterPadding: 12,
  edgeLabelSize: 12,
  edgeLabelPadding: 4,
  margin: 8,
  elk: {
    'elk.algorithm': 'layered',
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // 3 of 10: half the layout time of the default 7 on our charts, and no wider a chart.
    'elk.layered.thoroughness': '3',
    'elk.spacing.nodeNode': '24',
    'elk.layered.spacing.nodeNodeBetweenLayers': '40',
    'elk.spacing.edgeNode': '14',
    'elk.spacing.edgeEdge': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.randomSeed': '1',
    'elk.json.shapeCoords': 'ROOT',
    'elk.json.edgeCoords': 'ROOT',
  },
} as const;

const S = LAYOUT_SETTINGS;

export function nodeSize(node: FlowNode): { width: number; height: number } {
  const text = blockSize(node.lines);
  const inset = node.shape === 'hexagon' ? 2 * S.hexagonInset : 0;
  return { width: text.width + 2 * S.nodePaddingX + inset, height: text.height + 2 * S.nodePaddingY };
}

export function edgeLabelSize(lines: readonly string[]): { width: number; height: number } {
  const text = blockSize(lines, S.edgeLabelSize);
  return { width: text.width + 2 * S.edgeLabelPadding, height: text.height + S.edgeLabelPadding };
}

function toElk(graph: FlowGraph): ElkNode {
  /** A node sits in a cluster at least as wide as the cluster's title, so every title fits its box. */
  const child = (id: string, minWidth: number): ElkNode => {
    const cluster = graph.clusters.get(id);
    if (cluster) {
      return {
        id,
        layoutOptions: {
          'elk.padding': `[top=${S.clusterTitle + S.clusterPadding},left=${S.clusterPadding},bottom=${S.clusterPadding},right=${S.clusterPadding}]`,
        },
        children: cluster.children.map((inner) => child(inner, textWidth(cluster.title))),
      };
    }
    const size = nodeSize(graph.nodes.get(id)!);
    return { id, ...size, width: Math.max(size.width, minWidth) };
  };
  const edges: ElkExtendedEdge[] = graph.edges.map((edge, index) => ({
    id: `e${index}`,
    sources: [edge.from],
    targets: [edge.to],
    ...(edge.label.length > 0
      ? { labels: [{ id: `e${index}l`, text: edge.label.join(' '), ...edgeLabelSize(edge.label) }] }
      : {}),
  }));
  return {
    id: 'root',
    layoutOptions: {
      ...S.elk,
      'elk.direction': graph.direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.padding': `[top=${S.margin},left=${S.margin},bottom=${S.margin},right=${S.margin}]`,
      'elk.edgeLabels.placement': 'CENTER',
    },
    children: graph.roots.map((id) => child(id, 0)),
    edges,
  };
}

/**
 * What runs ELK: by default elkjs's bundled engine in this thread (the build); the browser always
 * passes its own (src/client/maps/layoutWorkers.ts): Web Workers, the very same ELK code, so a
 * redraw keeps the page responsive and two maps are laid out side by side, or where workers
 * cannot start the same engine loaded into the page.
 */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * elkjs's engine in this thread, for Node (the build, scripts, tests). Named in a variable so
 * the browser bundle leaves it out: minifying its 1.5 MB again cost every build about a second,
 * and the browser always passes its own engine (src/client/maps/layoutWorkers.ts).
 */
const ELK_IN_THIS_THREAD = 'elkjs/lib/elk.bundled.js';
let bundled: Promise<LayoutEngine> | undefined;
const inThisThread = (): Promise<LayoutEngine> =>
  (bundled ??= (
    import(/* @vite-ignore */ ELK_IN_THIS_THREAD) as Promise<typeof import('elkjs/lib/elk.bundled.js')>
  ).then(({ default: ELK }) => new ELK()));

/**
 * ELK's results by ELK's input (node sizes, labels, edges, settings; never colours or names), for
 * a page that redraws the same maps: a change that moves no box (a support level, a class) or a
 * map that did not change at all is placed again without a layout.
 */
export class LayoutCache {
  readonly #placed = new Map<string, ElkNode>();
  readonly limit: number;
  constructor(limit = 16) {
    this.limit = limit;
  }
  get(key: string): ElkNode | undefined {
    const placed = this.#placed.get(key);
    if (placed) {
      // Most recently used last: the oldest goes first when the cache is full.
      this.#placed.delete(key);
      this.#placed.set(key, placed);
    }
    return placed;
  }
  set(key: string, placed: ElkNode): void {
    this.#placed.set(key, placed);
    for (const oldest of this.#placed.keys()) {
      if (this.#placed.size <= this.limit) break;
      this.#placed.delete(oldest);
    }
  }
  get size(): number {
    return this.#placed.size;
  }
}

export interface LayoutOptions {
  /** Layouts to reuse, and to keep for the next call. */
  cache?: LayoutCache | undefined;
  engine?: LayoutEngine | undefined;
}

export async function layoutFlowchart(graph: FlowGraph, { cache, engine }: LayoutOptions = {}): Promise<PlacedGraph> {
  // Fast enough to need neither the cache nor an engine; a chart of another shape falls to ELK.
  if (graph.layout === 'org-chart') {
    const org = layoutOrgChart(graph, nodeSize, S);
    if (org) return org;
  }
  if (graph.layout === 'layered') {
    const layered = layoutLayered(graph, nodeSize, edgeLabelSize, S);
    if (layered) return layered;
  }
  const input = toElk(graph);
  const key = cache ? JSON.stringify(input) : '';
  let placed = cache?.get(key);
  if (!placed) {
    placed = await (engine ?? (await inThisThread())).layout(input);
    cache?.set(key, placed);
  }
  const result: PlacedGraph = {
    width: Math.ceil(placed.width ?? 0),
    height: Math.ceil(placed.height ?? 0),
    nodes: [],
    clusters: [],
    edges: [],
  };
  const box = (item: ElkNode): Box => ({
    x: item.x ?? 0,
    y: item.y ?? 0,
    width: item.width ?? 0,
    height: item.height ?? 0,
  });
  const visit = (items: ElkNode[] | undefined, depth: number) => {
    for (const item of items ?? []) {
      const cluster = graph.clusters.get(item.id);
      if (cluster) {
        result.clusters.push({ ...box(item), cluster, depth });
        visit(item.children, depth + 1);
      } else {
        result.nodes.push({ ...box(item), node: graph.nodes.get(item.id)! });
      }
    }
  };
  visit(placed.children, 0);
  // With INCLUDE_CHILDREN, ELK moves each edge into the subgraph that contains both ends.
  const placedEdges = new Map<string, ElkExtendedEdge>();
  const collect = (item: ElkNode) => {
    for (const edge of item.edges ?? []) placedEdges.set(edge.id, edge);
    item.children?.forEach(collect);
  };
  collect(placed);
  graph.edges.forEach((edge, index) => {
    if (edge.line === 'invisible') return;
    const laid = placedEdges.get(`e${index}`);
    const points = (laid?.sections ?? []).flatMap((section) => [
      section.startPoint,
      ...(section.bendPoints ?? []),
      section.endPoint,
    ]);
    const label = laid?.labels?.[0];
    result.edges.push({ edge, points, ...(label ? { label: box(label as ElkNode) } : {}) });
  });
  return result;
}
