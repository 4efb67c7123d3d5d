/**
 * Places a flowchart, always with a layout of our own, synchronous and in pure JavaScript (the
 * same code and so the same positions in Node at build time and in the reader's browser): an org
 * chart (its text says `%% layout: org-chart`) with the banded layout (orgLayout.ts); every other
 * chart (relationship maps and decision processes say `%% layout: layered`) with the layered
 * layout (layeredLayout.ts), which draws any graph the parser reads. (A chart of another shape once
 * went to ELK, elkjs: no map needs it now, and neither the build nor the browser loads it.)
 */
import type { FlowCluster, FlowEdge, FlowGraph, FlowNode } from './parse.ts';
import { layoutLayered } from './layeredLayout.ts';
import { layoutOrgChart } from './orgLayout.ts';
import { blockSize } from './textSize.ts';

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

export function layoutFlowchart(graph: FlowGraph): PlacedGraph {
  // An org chart's text that is not an org chart's shape (a line with a label, a box outside every
  // layer: no builder writes one) is still drawn, by the layered layout as a plain graph.
  if (graph.layout === 'org-chart') {
    const org = layoutOrgChart(graph, nodeSize, S);
    if (org) return org;
  }
  return layoutLayered(graph, nodeSize, edgeLabelSize, S);
}
