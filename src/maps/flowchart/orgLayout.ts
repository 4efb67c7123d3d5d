/**
 * Our own layout for org charts (../orgChart.ts), in place of ELK: their shape is known, so a
 * banded tree layout draws them in about a millisecond where ELK took a tenth of a second, in
 * Node and in the reader's browser alike (no worker, no ELK download for an org chart).
 *
 * The chart is a stack of bands, one per top-level subgraph (决策层 … 外部影响者, and the bodies
 * group on top), in the order the invisible `~~~` links between them give. In a band, blocks
 * stand side by side: a unit subgraph, or a box written straight into the layer (a folded
 * count). In a unit, a person's row is their depth in the unit's own reporting lines (the head
 * on top); rows are shared across the band, so every row gap and every gap between bands is a
 * free corridor across the whole chart. Order, top-down: a block or box goes under the mean
 * position of its managers (barycenters, fewer crossings), the written order breaking ties;
 * bodies go over their chairs. Lines are orthogonal: down (or up) from a box into the corridor
 * next to it, along a track of their own in that corridor, through a vertical gap that no box
 * stands in, along the corridor next to the other end, and into its border.
 *
 * `layoutOrgChart` returns undefined for a graph of any other shape, and ELK draws it.
 */
import type { PlacedCluster, PlacedEdge, PlacedGraph, PlacedNode, Point } from './layout.ts';
import type { FlowCluster, FlowEdge, FlowGraph, FlowNode } from './parse.ts';
import { textWidth } from './textSize.ts';

/** Spacing of the org chart layout: part of the renderer's settings (version.ts). */
export const ORG_LAYOUT_SETTINGS = {
  version: 1,
  /** Between boxes in a row, and between blocks in a band. */
  boxGap: 24,
  blockGap: 24,
  /** Least height of a gap between rows and between bands (each grows with the lines in it). */
  rowGap: 36,
  bandGap: 20,
  /** Between two parallel lines, and between a line and a box it passes. */
  track: 8,
  clearance: 6,
} as const;

const O = ORG_LAYOUT_SETTINGS;

/** The cluster and margin sizes ELK's layout uses too (LAYOUT_SETTINGS), so both kinds of map look alike. */
interface Settings {
  clusterTitle: number;
  clusterPadding: number;
  margin: number;
}

interface Item {
  node: FlowNode;
  width: number;
  height: number;
  block: Block;
  /** Row in its band. */
  row: number;
  /** Left edge: relative to the block's content while the block is laid out, then absolute. */
  x: number;
  y: number;
}

interface Block {
  cluster: FlowCluster | undefined;
  items: Item[];
  /** Left of the frame (or of the box, for a box written straight into the layer). */
  x: number;
  width: number;
  /** From the frame's left to the content's. */
  inset: number;
}

/** A tier of a layer: blocks side by side (a layer whose units report to each other has several). */
interface Band {
  cluster: FlowCluster;
  /** First and last tier of its layer: the layer's frame opens above it, closes below it. */
  opens: boolean;
  closes: boolean;
  blocks: Block[];
  rows: number;
  /** Global index of its first row. */
  firstRow: number;
  hasUnits: boolean;
}

/** Lefts as close as possible (least squares) to `desired`, in order, each `gap` clear of the one before. */
export function placeInOrder(widths: readonly number[], desired: readonly number[], gap: number): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const width of widths) {
    offsets.push(offset);
    offset += width + gap;
  }
  // With x = y + offset the constraint is y non-decreasing: pool adjacent violators (isotonic regression).
  const pools: { value: number; count: number }[] = [];
  desired.forEach((want, index) => {
    pools.push({ value: want - offsets[index]!, count: 1 });
    while (pools.length > 1 && pools.at(-2)!.value > pools.at(-1)!.value) {
      const last = pools.pop()!;
      const before = pools.at(-1)!;
      before.value = (before.value * before.count + last.value * last.count) / (before.count + last.count);
      before.count += last.count;
    }
  });
  const lefts: number[] = [];
  for (const pool of pools) for (let n = 0; n < pool.count; n++) lefts.push(pool.value + offsets[lefts.length]!);
  return lefts;
}

/**
 * `things` sorted by key, the written order breaking ties; one without a key stays right after
 * the one written before it.
 */
function orderByKey<T>(things: readonly T[], key: (thing: T) => number | undefined): T[] {
  let previous = -Infinity;
  const keyed = things.map((thing, index) => {
    const own = key(thing);
    if (own !== undefined) previous = own;
    return { thing, key: own ?? previous, index };
  });
  return keyed.sort((a, b) => a.key - b.key || a.index - b.index).map((entry) => entry.thing);
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
const centre = (item: { x: number; width: number }) => item.x + item.width / 2;

/** The bands, top to bottom: the `~~~` links between top-level subgraphs, else the written order. */
function bandOrder(graph: FlowGraph): FlowCluster[] | undefined {
  const tops = graph.roots.map((id) => graph.clusters.get(id));
  if (tops.some((cluster) => !cluster)) return undefined;
  const clusters = tops as FlowCluster[];
  const after = new Map(clusters.map((cluster) => [cluster.id, [] as string[]]));
  const before = new Map(clusters.map((cluster) => [cluster.id, 0]));
  for (const edge of graph.edges) {
    if (edge.line !== 'invisible' || !after.has(edge.from) || !after.has(edge.to)) continue;
    after.get(edge.from)!.push(edge.to);
    before.set(edge.to, before.get(edge.to)! + 1);
  }
  const ordered: FlowCluster[] = [];
  const ready = clusters.filter((cluster) => before.get(cluster.id) === 0);
  while (ready.length > 0) {
    const cluster = ready.shift()!;
    ordered.push(cluster);
    for (const next of after.get(cluster.id)!) {
      before.set(next, before.get(next)! - 1);
      if (before.get(next) === 0) ready.push(graph.clusters.get(next)!);
    }
    ready.sort((a, b) => graph.roots.indexOf(a.id) - graph.roots.indexOf(b.id));
  }
  return ordered.length === clusters.length ? ordered : undefined;
}

/** A vertical stretch of a line: at `x`, from corridor `from` to corridor `to` (from < to). */
interface Channel {
  x: number;
  from: number;
  to: number;
}

/** One horizontal piece of a line in a corridor; pieces of one group share a track. */
interface Run {
  group: string;
  x1: number;
  x2: number;
  track?: number;
}

interface Route {
  edge: FlowEdge;
  source: Item;
  target: Item;
  /** Which side each end leaves or enters by. */
  sourceSide: 'top' | 'bottom';
  targetSide: 'top' | 'bottom';
  sourceX: number;
  targetX: number;
  sourceCorridor: number;
  targetCorridor: number;
  channelX: number;
  sourceRun?: Run;
  targetRun?: Run;
}

export function layoutOrgChart(
  graph: FlowGraph,
  size: (node: FlowNode) => { width: number; height: number },
  S: Settings,
): PlacedGraph | undefined {
  if (graph.edges.some((edge) => edge.label.length > 0)) return undefined;
  const order = bandOrder(graph);
  if (!order) return undefined;
  const header = S.clusterTitle + S.clusterPadding;
  const pad = S.clusterPadding;

  // Structure: bands of blocks of items.
  const items = new Map<string, Item>();
  const layers: Band[] = [];
  for (const cluster of order) {
    const band: Band = { cluster, opens: true, closes: true, blocks: [], rows: 1, firstRow: 0, hasUnits: false };
    for (const id of cluster.children) {
      const unit = graph.clusters.get(id);
      if (unit && unit.children.some((child) => !graph.nodes.has(child))) return undefined;
      const block: Block = { cluster: unit, items: [], x: 0, width: 0, inset: 0 };
      for (const nodeId of unit ? unit.children : [id]) {
        const node = graph.nodes.get(nodeId)!;
        const { width, height } = size(node);
        const item: Item = { node, width, height, block, row: 0, x: 0, y: 0 };
        items.set(nodeId, item);
        block.items.push(item);
      }
      band.hasUnits ||= unit !== undefined;
      band.blocks.push(block);
    }
    layers.push(band);
  }
  // A filter that leaves nobody: an empty drawing.
  if (items.size === 0) return { width: 2 * S.margin, height: 2 * S.margin, nodes: [], clusters: [], edges: [] };
  const visible = graph.edges.filter((edge) => edge.line !== 'invisible');
  if (visible.some((edge) => !items.has(edge.from) || !items.has(edge.to))) return undefined;

  // Reporting lines (solid) give the managers; a `~~~` link between two boxes an anchor (a body over its chair).
  const managers = new Map<Item, Item[]>([...items.values()].map((item) => [item, []]));
  const reports = new Map<Item, Item[]>([...items.values()].map((item) => [item, []]));
  const anchors = new Map<Item, Item[]>([...items.values()].map((item) => [item, []]));
  for (const edge of graph.edges) {
    const from = items.get(edge.from);
    const to = items.get(edge.to);
    if (!from || !to || from === to) continue;
    if (edge.line === 'invisible') {
      anchors.get(from)!.push(to);
      anchors.get(to)!.push(from);
    } else if (edge.line === 'solid') {
      managers.get(to)!.push(from);
      reports.get(from)!.push(to);
    }
  }
  const inUnit = (item: Item, other: Item) => item.block === other.block && item.block.cluster !== undefined;

  // Tiers: a unit whose people report into another unit of the same layer goes a tier below it
  // (a department under the one its head reports to), so a layer grows down rather than wide.
  const bands: Band[] = [];
  for (const layer of layers) {
    const tiers = new Map<Block, number>();
    const tierOf = (block: Block, seen: Set<Block>): number => {
      const known = tiers.get(block);
      if (known !== undefined) return known;
      const above = block.items.flatMap((item) =>
        managers
          .get(item)!
          .filter((other) => other.block !== block && layer.blocks.includes(other.block) && !seen.has(other.block))
          .map((other) => tierOf(other.block, seen.add(block)) + 1),
      );
      const tier = Math.max(0, ...above);
      tiers.set(block, tier);
      return tier;
    };
    const count = Math.max(...layer.blocks.map((block) => tierOf(block, new Set()))) + 1;
    for (let tier = 0; tier < count; tier++) {
      const blocks = layer.blocks.filter((block) => tiers.get(block) === tier);
      bands.push({
        ...layer,
        opens: tier === 0,
        closes: tier === count - 1,
        blocks,
        hasUnits: blocks.some((block) => block.cluster !== undefined),
      });
    }
  }
  const bandOf: Map<Block, Band> = new Map(bands.flatMap((band) => band.blocks.map((block) => [block, band] as const)));

  // Rows: depth in the unit's own reporting lines; a unit's count box (class `more`, the people
  // a collapsed view leaves out) in its last row, under everyone.
  const depth = new Map<Item, number>();
  const depthOf = (item: Item, seen: Set<Item>): number => {
    const known = depth.get(item);
    if (known !== undefined) return known;
    const manager = managers.get(item)!.find((other) => inUnit(item, other) && !seen.has(other));
    const value = manager ? depthOf(manager, seen.add(item)) + 1 : 0;
    depth.set(item, value);
    return value;
  };
  for (const band of bands) {
    for (const block of band.blocks) {
      for (const item of block.items) item.row = depthOf(item, new Set());
      const counts = block.items.filter((item) => item.node.classes.includes('more'));
      const deepest = Math.max(0, ...block.items.filter((item) => !counts.includes(item)).map((item) => item.row));
      for (const item of counts) item.row = deepest;
      band.rows = Math.max(band.rows, ...block.items.map((item) => item.row + 1));
    }
  }

  const placed = new Set<Block>();
  /** Each block's content laid out on its own: rows ordered and placed under their managers. */
  const layoutBlock = (block: Block) => {
    const rows: Item[][] = [];
    for (const item of block.items) (rows[item.row] ??= []).push(item);
    const rowList = rows.filter(Boolean);
    const outside = (item: Item) => managers.get(item)!.filter((other) => placed.has(other.block));
    rowList.forEach((row, index) => {
      const key = (item: Item) =>
        index === 0
          ? mean(outside(item).map(centre))
          : mean(
              managers
                .get(item)!
                .filter((other) => inUnit(item, other))
                .map(centre),
            );
      const ordered = orderByKey(row, key);
      row.splice(0, row.length, ...ordered);
      const desired = row.map((item, at) => {
        const want = index === 0 ? undefined : key(item);
        return want === undefined ? (at === 0 ? 0 : NaN) : want - item.width / 2;
      });
      // A box with no manager above stays next to the one before it.
      for (let at = 0; at < desired.length; at++)
        if (Number.isNaN(desired[at]!)) desired[at] = desired[at - 1]! + row[at - 1]!.width + O.boxGap;
      placeInOrder(
        row.map((item) => item.width),
        desired,
        O.boxGap,
      ).forEach((x, at) => (row[at]!.x = x));
    });
    // Back up the rows: a manager over the middle of their reports.
    for (let index = rowList.length - 2; index >= 0; index--) {
      const row = rowList[index]!;
      const desired = row.map((item) => {
        const below = reports.get(item)!.filter((other) => inUnit(item, other) && other.row > item.row);
        const middle = mean(below.map(centre));
        return middle === undefined ? item.x : middle - item.width / 2;
      });
      placeInOrder(
        row.map((item) => item.width),
        desired,
        O.boxGap,
      ).forEach((x, at) => (row[at]!.x = x));
    }
    const left = Math.min(...block.items.map((item) => item.x));
    const right = Math.max(...block.items.map((item) => item.x + item.width));
    for (const item of block.items) item.x -= left;
    const content = right - left;
    if (block.cluster) {
      const inner = Math.max(content, textWidth(block.cluster.title));
      block.width = inner + 2 * pad;
      block.inset = pad + (inner - content) / 2;
    } else {
      block.width = content;
    }
  };

  // Widths first: each block laid out on its own (again below, once its managers are placed).
  for (const band of bands) band.blocks.forEach(layoutBlock);
  const packedWidth = (blocks: readonly Block[]) =>
    blocks.reduce((sum, block) => sum + block.width, 0) + O.blockGap * (blocks.length - 1);
  const linked = new Set(
    graph.edges.flatMap((edge) => (items.has(edge.from) && items.has(edge.to) ? [edge.from, edge.to] : [])),
  );
  const hasLines = (band: Band) => band.blocks.some((block) => block.items.some((item) => linked.has(item.node.id)));
  // A layer with no lines at all (外部影响者, often) wraps to the width of the others.
  const wrapAt = Math.max(...bands.filter(hasLines).map((band) => packedWidth(band.blocks)));
  for (let at = bands.length - 1; at >= 0; at--) {
    const band = bands[at]!;
    if (hasLines(band) || !Number.isFinite(wrapAt) || packedWidth(band.blocks) <= wrapAt) continue;
    const tiers: Block[][] = [[]];
    for (const block of band.blocks) {
      if (tiers.at(-1)!.length > 0 && packedWidth([...tiers.at(-1)!, block]) > wrapAt) tiers.push([]);
      tiers.at(-1)!.push(block);
    }
    bands.splice(
      at,
      1,
      ...tiers.map((blocks, tier) => ({
        ...band,
        opens: band.opens && tier === 0,
        closes: band.closes && tier === tiers.length - 1,
        blocks,
        rows: Math.max(...blocks.flatMap((block) => block.items.map((item) => item.row + 1))),
        hasUnits: blocks.some((block) => block.cluster !== undefined),
      })),
    );
  }
  for (const band of bands) for (const block of band.blocks) bandOf.set(block, band);
  // The chart as wide as its widest band packed (or the widest layer title): a band spread out
  // under its managers wider than that is packed instead.
  const chartWidth = Math.max(
    ...bands.map((band) => packedWidth(band.blocks)),
    ...bands.map((band) => textWidth(band.cluster.title)),
  );

  // Bands top-down, so each band's managers are placed before it; a band held only by anchors
  // (the bodies, over their chairs) after the others.
  const anchoredOnly = (band: Band) =>
    band.blocks.every((block) => block.items.every((item) => managers.get(item)!.length === 0)) &&
    band.blocks.some((block) => block.items.some((item) => anchors.get(item)!.length > 0));
  const placing = [...bands.filter((band) => !anchoredOnly(band)), ...bands.filter(anchoredOnly)];
  for (const band of placing) {
    band.blocks.forEach(layoutBlock);
    // Where each block would like its left edge: its people under their managers (or anchors).
    const want = (block: Block) =>
      mean(
        block.items.flatMap((item) =>
          [...managers.get(item)!, ...anchors.get(item)!]
            .filter((other) => placed.has(other.block) && other.block !== block)
            .map((other) => centre(other) - (block.inset + item.x + item.width / 2)),
        ),
      );
    const blocks = orderByKey(band.blocks, (block) => {
      const left = want(block);
      return left === undefined ? undefined : left + block.width / 2;
    });
    const desired: number[] = [];
    blocks.forEach((block, at) => {
      const own = want(block);
      desired.push(own ?? (at === 0 ? 0 : desired[at - 1]! + blocks[at - 1]!.width + O.blockGap));
    });
    const widths = blocks.map((block) => block.width);
    let lefts = placeInOrder(widths, desired, O.blockGap);
    if (lefts.at(-1)! + widths.at(-1)! - lefts[0]! > chartWidth)
      lefts = placeInOrder(
        widths,
        widths.map(() => lefts[0]!),
        O.blockGap,
      );
    // Inside the chart's width: centred when nothing above holds it, else as near as it fits.
    const span = lefts.at(-1)! + widths.at(-1)! - lefts[0]!;
    const free = blocks.every((block) => want(block) === undefined);
    const start = free ? (chartWidth - span) / 2 : Math.min(Math.max(lefts[0]!, 0), chartWidth - span);
    lefts = lefts.map((x) => x - lefts[0]! + start);
    lefts.forEach((x, at) => {
      const block = blocks[at]!;
      block.x = x;
      for (const item of block.items) item.x += x + block.inset;
      placed.add(block);
    });
    band.blocks = blocks;
  }

  // Every band as wide as the widest, and wide enough for its title.
  const bandLeft = -pad;
  const bandWidth = chartWidth + 2 * pad;

  // Global rows, and the corridors between them: corridor k lies above row k (the last one below all rows).
  let rowCount = 0;
  for (const band of bands) {
    band.firstRow = rowCount;
    rowCount += band.rows;
  }
  const rowOf = (item: Item) => bandOf.get(item.block)!.firstRow + item.row;
  const rowBoxes: Item[][] = Array.from({ length: rowCount }, () => []);
  for (const item of items.values()) rowBoxes[rowOf(item)]!.push(item);
  const runs: Run[][] = Array.from({ length: rowCount + 1 }, () => []);

  // Ports: the lines at one side of a box spread along it, in the order of their other ends;
  // a manager's reporting lines down leave by one port, as one bus.
  const routes: Route[] = [];
  for (const edge of visible) {
    const source = items.get(edge.from)!;
    const target = items.get(edge.to)!;
    const down = rowOf(target) > rowOf(source);
    const up = rowOf(target) < rowOf(source);
    routes.push({
      edge,
      source,
      target,
      sourceSide: up ? 'top' : 'bottom',
      targetSide: down ? 'top' : 'bottom',
      sourceX: 0,
      targetX: 0,
      sourceCorridor: up ? rowOf(source) : rowOf(source) + 1,
      targetCorridor: down ? rowOf(target) : rowOf(target) + 1,
      channelX: 0,
    });
  }
  const ports = new Map<string, { key: number; routes: Route[]; end: 'source' | 'target' }>();
  for (const route of routes) {
    const bus = route.edge.line === 'solid' && route.sourceSide === 'bottom';
    const sourcePort = `${route.edge.from}|${route.sourceSide}|${bus ? 'bus' : routes.indexOf(route)}`;
    const targetPort = `${route.edge.to}|${route.targetSide}|in${routes.indexOf(route)}`;
    for (const [name, end] of [
      [sourcePort, 'source'],
      [targetPort, 'target'],
    ] as const) {
      const port = ports.get(name) ?? { key: 0, routes: [], end };
      port.routes.push(route);
      port.key = mean(port.routes.map((r) => centre(end === 'source' ? r.target : r.source)))!;
      ports.set(name, port);
    }
  }
  const sides = new Map<string, { key: number; routes: Route[]; end: 'source' | 'target' }[]>();
  for (const [name, port] of ports) {
    const side = name.split('|').slice(0, 2).join('|');
    sides.set(side, [...(sides.get(side) ?? []), port]);
  }
  /** Where a line may meet a box's side: on top of a band's first row, clear of the titles above. */
  const portRange = (item: Item, side: string): [number, number] => {
    const band = bandOf.get(item.block)!;
    let low = item.x;
    if (side === 'top' && item.row === 0) {
      const titles: [number, string][] = [];
      if (item.block.cluster) titles.push([item.block.x + pad, item.block.cluster.title]);
      if (band.opens) titles.push([bandLeft + pad, band.cluster.title]);
      for (const [start, title] of titles) {
        const end = start + textWidth(title) + O.clearance;
        if (start < item.x + item.width && end > low) low = end;
      }
    }
    return item.x + item.width - low >= 2 * O.track ? [low, item.x + item.width] : [item.x, item.x + item.width];
  };
  for (const [side, list] of sides) {
    const [id, edge] = side.split('|') as [string, string];
    const item = items.get(id)!;
    const [low, high] = portRange(item, edge);
    list.sort((a, b) => a.key - b.key);
    list.forEach((port, at) => {
      const x = low + ((high - low) * (at + 1)) / (list.length + 1);
      for (const route of port.routes) route[port.end === 'source' ? 'sourceX' : 'targetX'] = x;
    });
  }

  // Vertical channels: where a line between two corridors passes no box and no other line,
  // better no unit's frame either (a line along a frame's border reads as part of it), and never
  // the layers' own side padding: a line around the chart runs outside the layers.
  const channels: Channel[] = [];
  const rowFrames = rowBoxes.map((_, row) =>
    bands.find((band) => row >= band.firstRow && row < band.firstRow + band.rows)!.blocks.filter((b) => b.cluster),
  );
  const layerSides: [number, number][] = [
    [bandLeft - O.clearance, bandLeft + pad],
    [bandLeft + bandWidth - pad, bandLeft + bandWidth + O.clearance],
  ];
  const obstacles = (from: number, to: number, frames: boolean, own: readonly Block[]): [number, number][] => {
    const found = [...layerSides];
    for (let row = from; row < to; row++) {
      for (const box of rowBoxes[row]!) found.push([box.x - O.clearance, box.x + box.width + O.clearance]);
      if (frames)
        for (const block of rowFrames[row]!)
          if (!own.includes(block)) found.push([block.x - O.clearance, block.x + block.width + O.clearance]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  };
  const crossesChannel = (x: number, from: number, to: number) =>
    channels.some((channel) => channel.from < to && channel.to > from && Math.abs(channel.x - x) < O.track);
  const isFree = (x: number, from: number, to: number, blocked: readonly [number, number][]) =>
    !blocked.some(([start, end]) => x > start && x < end) && !crossesChannel(x, from, to);
  const chooseChannel = (route: Route): number => {
    const from = Math.min(route.sourceCorridor, route.targetCorridor);
    const to = Math.max(route.sourceCorridor, route.targetCorridor);
    if (from === to) return route.targetX;
    const cost = (x: number) =>
      Math.abs(x - route.sourceX) + Math.abs(x - route.targetX) + 0.001 * Math.abs(x - route.targetX);
    let best: { x: number; cost: number } | undefined;
    for (const frames of [true, false]) {
      // A line may run inside the frames of its own ends' units.
      const blocked = obstacles(from, to, frames, [route.source.block, route.target.block]);
      // Crossing a frame costs as much as a detour of this many pixels.
      const penalty = frames ? 0 : 240;
      const consider = (x: number) => {
        if (best === undefined || cost(x) + penalty < best.cost) best = { x, cost: cost(x) + penalty };
      };
      for (const x of [route.targetX, route.sourceX]) if (isFree(x, from, to, blocked)) consider(x);
      // The free gaps between what the rows crossed hold, nearest the two ends first.
      const gaps: [number, number][] = [];
      let reach = -Infinity;
      for (const [start, end] of blocked) {
        if (start > reach) gaps.push([reach, start]);
        reach = Math.max(reach, end);
      }
      gaps.push([reach, Infinity]);
      for (const [start, end] of gaps) {
        const low = start + O.track / 2;
        const high = end - O.track / 2;
        if (low > high) continue;
        // Within a gap between frames, its middle; else as near the target as it goes.
        const near =
          Number.isFinite(start) && Number.isFinite(end) && frames
            ? (start + end) / 2
            : Math.min(Math.max(route.targetX, low), high);
        for (let step = 0; near - step * O.track >= low || near + step * O.track <= high; step++) {
          const found = [near - step * O.track, near + step * O.track].find(
            (x) => x >= low && x <= high && !crossesChannel(x, from, to),
          );
          if (found !== undefined) {
            consider(found);
            break;
          }
        }
      }
    }
    return best!.x;
  };
  for (const route of routes) {
    route.channelX = chooseChannel(route);
    const from = Math.min(route.sourceCorridor, route.targetCorridor);
    const to = Math.max(route.sourceCorridor, route.targetCorridor);
    if (from < to) channels.push({ x: route.channelX, from, to });
    const bus = route.edge.line === 'solid' && route.sourceSide === 'bottom';
    const run = (group: string, a: number, b: number): Run => ({ group, x1: Math.min(a, b), x2: Math.max(a, b) });
    route.sourceRun = run(
      bus ? `${route.edge.from}|bus` : `e${routes.indexOf(route)}s`,
      route.sourceX,
      from === to ? route.targetX : route.channelX,
    );
    runs[route.sourceCorridor]!.push(route.sourceRun);
    if (from < to) {
      route.targetRun = run(`e${routes.indexOf(route)}t`, route.channelX, route.targetX);
      runs[route.targetCorridor]!.push(route.targetRun);
    }
  }

  // Tracks: the runs of one group share one; runs that overlap get different ones.
  const trackCounts = runs.map((list) => {
    const groups = new Map<string, Run[]>();
    for (const run of list) groups.set(run.group, [...(groups.get(run.group) ?? []), run]);
    const spans = [...groups.values()]
      .map((members) => ({
        members,
        x1: Math.min(...members.map((run) => run.x1)),
        x2: Math.max(...members.map((run) => run.x2)),
      }))
      .sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2);
    const ends: number[] = [];
    for (const span of spans) {
      let track = ends.findIndex((end) => end + O.track <= span.x1);
      if (track < 0) track = ends.push(0) - 1;
      ends[track] = span.x2;
      for (const run of span.members) run.track = track;
    }
    return ends.length;
  });

  // Heights: rows from their boxes, corridors from their tracks, bands from both.
  const rowHeights = rowBoxes.map((boxes) => Math.max(0, ...boxes.map((box) => box.height)));
  const corridorTop: number[] = [];
  const corridorHeight = trackCounts.map((count, corridor) => {
    const between = corridor > 0 && corridor < rowCount;
    const bandEdge = bands.some((band) => band.firstRow === corridor);
    const least = !between ? 0 : bandEdge ? O.bandGap : O.rowGap;
    return Math.max(least, (count + 1) * O.track);
  });
  const clusters: PlacedCluster[] = [];
  let y = S.margin;
  let layerTop = y;
  let layerFrameAt = 0;
  for (const band of bands) {
    corridorTop[band.firstRow] = y;
    y += corridorHeight[band.firstRow]!;
    if (band.opens) {
      layerTop = y;
      layerFrameAt = clusters.length;
    }
    const unitTop = band.opens ? layerTop + header : y;
    y = unitTop + (band.hasUnits ? header : 0);
    for (let row = band.firstRow; row < band.firstRow + band.rows; row++) {
      if (row > band.firstRow) {
        corridorTop[row] = y;
        y += corridorHeight[row]!;
      }
      for (const box of rowBoxes[row]!) box.y = y;
      y += rowHeights[row]!;
    }
    const unitBottom = y + (band.hasUnits ? pad : 0);
    y = unitBottom + (band.closes ? pad : 0);
    // The layer's frame before its units' (drawn first, under them).
    if (band.closes)
      clusters.splice(layerFrameAt, 0, {
        x: bandLeft,
        y: layerTop,
        width: bandWidth,
        height: y - layerTop,
        cluster: band.cluster,
        depth: 0,
      });
    for (const block of band.blocks)
      if (block.cluster)
        clusters.push({
          x: block.x,
          y: unitTop,
          width: block.width,
          height: unitBottom - unitTop,
          cluster: block.cluster,
          depth: 1,
        });
  }
  corridorTop[rowCount] = y;
  y += corridorHeight[rowCount]!;
  const trackY = (corridor: number, run: Run) =>
    corridorTop[corridor]! + (corridorHeight[corridor]! * (run.track! + 1)) / (trackCounts[corridor]! + 1);

  const edges: PlacedEdge[] = routes.map((route) => {
    const { source, target } = route;
    const start: Point = { x: route.sourceX, y: route.sourceSide === 'top' ? source.y : source.y + source.height };
    const end: Point = { x: route.targetX, y: route.targetSide === 'top' ? target.y : target.y + target.height };
    const y1 = trackY(route.sourceCorridor, route.sourceRun!);
    const points: Point[] = [start, { x: start.x, y: y1 }];
    if (route.targetRun) {
      const y2 = trackY(route.targetCorridor, route.targetRun);
      points.push({ x: route.channelX, y: y1 }, { x: route.channelX, y: y2 }, { x: end.x, y: y2 });
    } else {
      points.push({ x: end.x, y: y1 });
    }
    points.push(end);
    return { edge: route.edge, points: withoutRepeats(points) };
  });

  // Shift everything right of the margin (a line may pass left of every band).
  const lowest = Math.min(bandLeft, ...edges.flatMap((edge) => edge.points.map((point) => point.x)));
  const shift = S.margin - lowest;
  const highest = Math.max(bandLeft + bandWidth, ...edges.flatMap((edge) => edge.points.map((point) => point.x)));
  for (const cluster of clusters) cluster.x += shift;
  for (const edge of edges) for (const point of edge.points) point.x += shift;
  const nodes: PlacedNode[] = [...items.values()].map((item) => ({
    node: item.node,
    x: item.x + shift,
    y: item.y,
    width: item.width,
    height: item.height,
  }));
  return {
    width: Math.ceil(highest + shift + S.margin),
    height: Math.ceil(y + S.margin),
    nodes,
    clusters,
    edges,
  };
}

/** A path's points without a point equal to the one before, or in line with its neighbours. */
function withoutRepeats(points: Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
    const before = kept.at(-2);
    if (
      before &&
      last &&
      ((Math.abs(before.x - last.x) < 0.01 && Math.abs(last.x - point.x) < 0.01) ||
        (Math.abs(before.y - last.y) < 0.01 && Math.abs(last.y - point.y) < 0.01))
    )
      kept.pop();
    kept.push(point);
  }
  return kept;
}
