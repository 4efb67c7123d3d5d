/**
 * Our own layout for org charts (../orgChart.ts), in place of ELK (which drew them until the
 * renderer dropped it): their shape is known, so a banded tree layout draws them in about a
 * millisecond where ELK took a tenth of a second, in Node and in the reader's browser alike.
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
 * `layoutOrgChart` returns undefined for a graph of any other shape, and the layered layout draws
 * it as a plain graph (layout.ts).
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

/** The cluster and margin sizes of LAYOUT_SETTINGS, shared by every layout, so all maps look alike. */
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

/**
 * The pools of placeInOrder: a stack kept in typed arrays that grow and are kept, since this runs
 * for every column in every sweep of the layered layout and every row of an org chart.
 */
let poolValues = new Float64Array(64);
let poolCounts = new Float64Array(64);
let offsetsOf = new Float64Array(64);

/**
 * Lefts of boxes `widths` wide, as close as possible (least squares) to `desired`, in order, each
 * `gap` clear of the one before; written into `lefts` (a caller that places often passes the same
 * arrays to every call, longer than it needs).
 */
export function placeInOrder(
  widths: ArrayLike<number>,
  desired: ArrayLike<number>,
  gap: number,
  lefts: number[] = new Array<number>(widths.length),
): number[] {
  const count = widths.length;
  if (poolValues.length < count) {
    poolValues = new Float64Array(2 * count);
    poolCounts = new Float64Array(2 * count);
    offsetsOf = new Float64Array(2 * count);
  }
  const values = poolValues;
  const counts = poolCounts;
  const offsets = offsetsOf;
  let offset = 0;
  for (let index = 0; index < count; index++) {
    offsets[index] = offset;
    offset += widths[index]! + gap;
  }
  // With x = y + offset the constraint is y non-decreasing: pool adjacent violators (isotonic
  // regression), `pools` of them on the stack.
  let pools = 0;
  for (let index = 0; index < count; index++) {
    values[pools] = desired[index]! - offsets[index]!;
    counts[pools] = 1;
    pools++;
    while (pools > 1 && values[pools - 2]! > values[pools - 1]!) {
      pools--;
      const value = values[pools]!;
      const size = counts[pools]!;
      values[pools - 1] = (values[pools - 1]! * counts[pools - 1]! + value * size) / (counts[pools - 1]! + size);
      counts[pools - 1]! += size;
    }
  }
  let at = 0;
  for (let pool = 0; pool < pools; pool++)
    for (let n = 0; n < counts[pool]!; n++, at++) lefts[at] = values[pool]! + offsets[at]!;
  return lefts;
}

/**
 * `things` sorted by key, the written order breaking ties; one without a key stays right after
 * the one written before it. The keys sit in a typed array and the sort moves indices: this runs
 * for every column in every order sweep of the layered layout.
 */
export function orderByKey<T>(things: readonly T[], key: (thing: T) => number | undefined): T[] {
  const count = things.length;
  const keys: number[] = new Array<number>(count);
  const indices: number[] = new Array<number>(count);
  let previous = -Infinity;
  for (let index = 0; index < count; index++) {
    const own = key(things[index]!);
    if (own !== undefined) previous = own;
    keys[index] = own ?? previous;
    indices[index] = index;
  }
  sortByKeys(indices, keys, (a, b) => keys[a]! - keys[b]! || a - b);
  const ordered: T[] = new Array<T>(count);
  for (let at = 0; at < count; at++) ordered[at] = things[indices[at]!]!;
  return ordered;
}

/**
 * Sorts `indices` in place by `keys[index]`, ties in their present order: what
 * `indices.sort(compare)` gives, for a `compare` that orders by the keys. A short list (a column,
 * a row, a gap's lines: most lists here) by insertion, without the scratch copy
 * Array.prototype.sort makes for every call; a long one, or one with a key that is not a number
 * (where only `compare` says what it means), by Array.prototype.sort with `compare`.
 */
export function sortByKeys(
  indices: number[],
  keys: ArrayLike<number>,
  compare?: (a: number, b: number) => number,
): void {
  let plain = indices.length <= 32;
  for (let at = 0; plain && at < indices.length; at++) plain = !Number.isNaN(keys[indices[at]!]);
  if (!plain) {
    indices.sort(compare ?? ((a, b) => keys[a]! - keys[b]!));
    return;
  }
  for (let at = 1; at < indices.length; at++) {
    const index = indices[at]!;
    const key = keys[index]!;
    let to = at;
    for (; to > 0 && keys[indices[to - 1]!]! > key; to--) indices[to] = indices[to - 1]!;
    indices[to] = index;
  }
}

/** The mean of `values`, added in order; undefined for none. */
export const mean = (values: readonly number[]) =>
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

/** A box's sides that lines meet; a port is one place on a side, shared by a manager's bus. */
interface Port {
  /** Where the lines' other ends lie, on average: ports are ordered by it along the side. */
  key: number;
  routes: Route[];
  end: 'source' | 'target';
}

type Interval = [start: number, end: number];

/** `spans` sorted, with the gaps between them (the first from -∞, the last to +∞). */
function gapsBetween(spans: readonly Interval[]): Interval[] {
  const gaps: Interval[] = [];
  let reach = -Infinity;
  for (let at = 0; at < spans.length; at++) {
    const span = spans[at]!;
    if (span[0] > reach) gaps.push([reach, span[0]]);
    reach = Math.max(reach, span[1]);
  }
  gaps.push([reach, Infinity]);
  return gaps;
}

/** Gives each run in a corridor a track: the runs of one group share one, runs that overlap get different ones. */
function assignTracks(runs: readonly Run[]): number {
  const groups = new Map<string, Run[]>();
  for (const run of runs) (groups.get(run.group) ?? groups.set(run.group, []).get(run.group)!).push(run);
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
}

export function layoutOrgChart(
  graph: FlowGraph,
  size: (node: FlowNode) => { width: number; height: number },
  settings: Settings,
): PlacedGraph | undefined {
  const chart = OrgChart.read(graph, size, settings);
  return chart?.layout();
}

/** One org chart being laid out: each step below fills in more of its boxes' places. */
class OrgChart {
  /** Solid lines: whom each box reports to, and who reports to it. */
  readonly managers = new Map<Item, Item[]>();
  readonly reports = new Map<Item, Item[]>();
  /** `~~~` links between two boxes: a body and its chair. */
  readonly anchors = new Map<Item, Item[]>();
  /** Blocks already at their place in the chart (their boxes' x absolute). */
  readonly placed = new Set<Block>();
  bands: Band[] = [];
  readonly bandOf = new Map<Block, Band>();
  chartWidth = 0;
  rowCount = 0;
  rowBoxes: Item[][] = [];
  /** The band each global row is in. */
  bandOfRow: Band[] = [];

  readonly graph: FlowGraph;
  readonly items: Map<string, Item>;
  /** The layers in order, before they are split into tiers. */
  readonly layers: Band[];
  readonly visible: FlowEdge[];
  readonly S: Settings;

  private constructor(graph: FlowGraph, items: Map<string, Item>, layers: Band[], visible: FlowEdge[], S: Settings) {
    this.graph = graph;
    this.items = items;
    this.layers = layers;
    this.visible = visible;
    this.S = S;
    for (const item of items.values()) {
      this.managers.set(item, []);
      this.reports.set(item, []);
      this.anchors.set(item, []);
    }
    for (const edge of graph.edges) {
      const from = items.get(edge.from);
      const to = items.get(edge.to);
      if (!from || !to || from === to) continue;
      if (edge.line === 'invisible') {
        this.anchors.get(from)!.push(to);
        this.anchors.get(to)!.push(from);
      } else if (edge.line === 'solid') {
        this.managers.get(to)!.push(from);
        this.reports.get(from)!.push(to);
      }
    }
  }

  /** The chart's bands of blocks of boxes, or undefined when the graph is not an org chart's shape. */
  static read(
    graph: FlowGraph,
    size: (node: FlowNode) => { width: number; height: number },
    S: Settings,
  ): OrgChart | undefined {
    if (graph.edges.some((edge) => edge.label.length > 0)) return undefined;
    const order = bandOrder(graph);
    if (!order) return undefined;
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
    const visible = graph.edges.filter((edge) => edge.line !== 'invisible');
    if (visible.some((edge) => !items.has(edge.from) || !items.has(edge.to))) return undefined;
    return new OrgChart(graph, items, layers, visible, S);
  }

  layout(): PlacedGraph {
    const { S } = this;
    // A filter that leaves nobody: an empty drawing.
    if (this.items.size === 0) return { width: 2 * S.margin, height: 2 * S.margin, nodes: [], clusters: [], edges: [] };
    this.splitIntoTiers();
    this.assignRows();
    // Widths first: each block laid out on its own (again below, once its managers are placed).
    for (const band of this.bands) band.blocks.forEach((block) => this.layoutBlock(block));
    this.wrapLinelessLayers();
    // The chart as wide as its widest band packed (or the widest layer title): a band spread out
    // under its managers wider than that is packed instead.
    this.chartWidth = Math.max(
      ...this.bands.map((band) => packedWidth(band.blocks)),
      ...this.bands.map((band) => textWidth(band.cluster.title)),
    );
    this.placeBands();
    this.numberRows();
    const routes = this.routeLines();
    return this.stackAndDraw(routes);
  }

  /** Has a line to a box outside its own unit (which enters or leaves the unit's first row by the top). */
  private linkedOutside(item: Item): boolean {
    // Found for every box at once, on first use: asking each edge for each box was quadratic.
    if (!this.linkedOutsideItems) {
      this.linkedOutsideItems = new Set();
      for (const edge of this.visible) {
        const [from, to] = [this.items.get(edge.from)!, this.items.get(edge.to)!];
        if (from.block === to.block) continue;
        this.linkedOutsideItems.add(from).add(to);
      }
    }
    return this.linkedOutsideItems.has(item);
  }
  private linkedOutsideItems: Set<Item> | undefined;

  private inUnit(item: Item, other: Item): boolean {
    return item.block === other.block && item.block.cluster !== undefined;
  }

  /**
   * Tiers: a unit whose people report into another unit of the same layer goes a tier below it
   * (a department under the one its head reports to), so a layer grows down rather than wide.
   */
  private splitIntoTiers() {
    for (const layer of this.layers) {
      const tiers = new Map<Block, number>();
      const tierOf = (block: Block, seen: Set<Block>): number => {
        const known = tiers.get(block);
        if (known !== undefined) return known;
        const above = block.items.flatMap((item) =>
          this.managers
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
        this.bands.push({
          ...layer,
          opens: tier === 0,
          closes: tier === count - 1,
          blocks,
          hasUnits: blocks.some((block) => block.cluster !== undefined),
        });
      }
    }
    for (const band of this.bands) for (const block of band.blocks) this.bandOf.set(block, band);
  }

  /**
   * Rows: depth in the unit's own reporting lines; a unit's count box (class `more`, the people
   * a collapsed view leaves out) in its last row, under everyone.
   */
  private assignRows() {
    const depth = new Map<Item, number>();
    const depthOf = (item: Item, seen: Set<Item>): number => {
      const known = depth.get(item);
      if (known !== undefined) return known;
      const manager = this.managers.get(item)!.find((other) => this.inUnit(item, other) && !seen.has(other));
      const value = manager ? depthOf(manager, seen.add(item)) + 1 : 0;
      depth.set(item, value);
      return value;
    };
    for (const band of this.bands) {
      for (const block of band.blocks) {
        for (const item of block.items) item.row = depthOf(item, new Set());
        const counts = block.items.filter((item) => item.node.classes.includes('more'));
        const deepest = Math.max(0, ...block.items.filter((item) => !counts.includes(item)).map((item) => item.row));
        for (const item of counts) item.row = deepest;
        band.rows = Math.max(band.rows, ...block.items.map((item) => item.row + 1));
      }
    }
  }

  /** A block's content laid out on its own: rows ordered and placed under their managers. */
  private layoutBlock(block: Block) {
    const rows: Item[][] = [];
    for (const item of block.items) (rows[item.row] ??= []).push(item);
    const rowList = rows.filter(Boolean);
    const outside = (item: Item) => this.managers.get(item)!.filter((other) => this.placed.has(other.block));
    const inside = (item: Item) => this.managers.get(item)!.filter((other) => this.inUnit(item, other));
    rowList.forEach((row, index) => {
      const key = (item: Item) => mean((index === 0 ? outside(item) : inside(item)).map(centre));
      row.splice(0, row.length, ...orderByKey(row, key));
      const desired = row.map((item, at) => {
        const want = index === 0 ? undefined : key(item);
        return want === undefined ? (at === 0 ? 0 : NaN) : want - item.width / 2;
      });
      // A box with no manager above stays next to the one before it.
      for (let at = 0; at < desired.length; at++)
        if (Number.isNaN(desired[at]!)) desired[at] = desired[at - 1]! + row[at - 1]!.width + O.boxGap;
      placeRow(row, desired);
    });
    // Back up the rows: a manager over the middle of their reports.
    for (let index = rowList.length - 2; index >= 0; index--) {
      const row = rowList[index]!;
      const desired = row.map((item) => {
        const below = this.reports.get(item)!.filter((other) => this.inUnit(item, other) && other.row > item.row);
        const middle = mean(below.map(centre));
        return middle === undefined ? item.x : middle - item.width / 2;
      });
      placeRow(row, desired);
    }
    const left = Math.min(...block.items.map((item) => item.x));
    const right = Math.max(...block.items.map((item) => item.x + item.width));
    for (const item of block.items) item.x -= left;
    const content = right - left;
    if (block.cluster) {
      const title = textWidth(block.cluster.title);
      // A box in the first row that a line enters from above reaches past the title, so the line
      // meets it without crossing the title's text (portRange): the content moves right if need be.
      const clearOfTitle = Math.max(
        0,
        ...(rowList[0] ?? [])
          .filter((item) => this.linkedOutside(item))
          .map((item) => title + O.clearance + 2 * O.track - (item.x + item.width)),
      );
      const offset = Math.max((Math.max(content, title) - content) / 2, clearOfTitle);
      const inner = Math.max(content + offset, title);
      block.width = inner + 2 * this.S.clusterPadding;
      block.inset = this.S.clusterPadding + offset;
    } else {
      block.width = content;
    }
  }

  /** A layer with no lines at all (外部影响者, often) wraps to the width of the others. */
  private wrapLinelessLayers() {
    const linked = new Set(
      this.graph.edges.flatMap((edge) =>
        this.items.has(edge.from) && this.items.has(edge.to) ? [edge.from, edge.to] : [],
      ),
    );
    const hasLines = (band: Band) => band.blocks.some((block) => block.items.some((item) => linked.has(item.node.id)));
    const wrapAt = Math.max(...this.bands.filter(hasLines).map((band) => packedWidth(band.blocks)));
    if (!Number.isFinite(wrapAt)) return;
    for (let at = this.bands.length - 1; at >= 0; at--) {
      const band = this.bands[at]!;
      if (hasLines(band) || packedWidth(band.blocks) <= wrapAt) continue;
      const tiers: Block[][] = [[]];
      for (const block of band.blocks) {
        if (tiers.at(-1)!.length > 0 && packedWidth([...tiers.at(-1)!, block]) > wrapAt) tiers.push([]);
        tiers.at(-1)!.push(block);
      }
      const wrapped = tiers.map((blocks, tier) => ({
        ...band,
        opens: band.opens && tier === 0,
        closes: band.closes && tier === tiers.length - 1,
        blocks,
        rows: Math.max(...blocks.flatMap((block) => block.items.map((item) => item.row + 1))),
        hasUnits: blocks.some((block) => block.cluster !== undefined),
      }));
      this.bands.splice(at, 1, ...wrapped);
      for (const tier of wrapped) for (const block of tier.blocks) this.bandOf.set(block, tier);
    }
  }

  /**
   * Bands top-down, so each band's managers are placed before it, its blocks ordered and placed
   * under them; a band held only by anchors (the bodies, over their chairs) after the others.
   */
  private placeBands() {
    const anchoredOnly = (band: Band) =>
      band.blocks.every((block) => block.items.every((item) => this.managers.get(item)!.length === 0)) &&
      band.blocks.some((block) => block.items.some((item) => this.anchors.get(item)!.length > 0));
    const placing = [...this.bands.filter((band) => !anchoredOnly(band)), ...this.bands.filter(anchoredOnly)];
    for (const band of placing) {
      band.blocks.forEach((block) => this.layoutBlock(block));
      // Where each block would like its left edge: its people under their managers (or anchors),
      // the mean added in the order of its people and their managers, then anchors. Nothing moves
      // until the band is placed, so each block's is found once.
      const wanted = new Map<Block, number | undefined>();
      const want = (block: Block) => {
        if (wanted.has(block)) return wanted.get(block);
        let sum = 0;
        let count = 0;
        for (const item of block.items)
          for (const others of [this.managers.get(item)!, this.anchors.get(item)!])
            for (const other of others)
              if (this.placed.has(other.block) && other.block !== block) {
                sum += centre(other) - (block.inset + item.x + item.width / 2);
                count++;
              }
        const found = count === 0 ? undefined : sum / count;
        wanted.set(block, found);
        return found;
      };
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
      const spanOf = (at: readonly number[]) => at.at(-1)! + widths.at(-1)! - at[0]!;
      if (spanOf(lefts) > this.chartWidth)
        lefts = placeInOrder(
          widths,
          widths.map(() => lefts[0]!),
          O.blockGap,
        );
      // Inside the chart's width: centred when nothing above holds it, else as near as it fits.
      const span = spanOf(lefts);
      const start = blocks.every((block) => want(block) === undefined)
        ? (this.chartWidth - span) / 2
        : Math.min(Math.max(lefts[0]!, 0), this.chartWidth - span);
      lefts.forEach((x, at) => {
        const block = blocks[at]!;
        block.x = x - lefts[0]! + start;
        for (const item of block.items) item.x += block.x + block.inset;
        this.placed.add(block);
      });
      band.blocks = blocks;
    }
  }

  /** Global rows, and the corridors between them: corridor k lies above row k (the last one below all rows). */
  private numberRows() {
    this.rowCount = 0;
    for (const band of this.bands) {
      band.firstRow = this.rowCount;
      this.rowCount += band.rows;
    }
    this.rowBoxes = Array.from({ length: this.rowCount }, () => []);
    this.bandOfRow = this.bands.flatMap((band) => Array.from({ length: band.rows }, () => band));
    for (const item of this.items.values()) this.rowBoxes[this.rowOf(item)]!.push(item);
  }

  private rowOf(item: Item): number {
    return this.bandOf.get(item.block)!.firstRow + item.row;
  }

  /** The layers' frames: every layer as wide as the chart. */
  private get frameLeft() {
    return -this.S.clusterPadding;
  }
  private get frameWidth() {
    return this.chartWidth + 2 * this.S.clusterPadding;
  }

  /** Every line: which sides it leaves and enters by, its ports, its vertical channel, its runs. */
  private routeLines(): Route[] {
    const routes: Route[] = this.visible.map((edge) => {
      const source = this.items.get(edge.from)!;
      const target = this.items.get(edge.to)!;
      const down = this.rowOf(target) > this.rowOf(source);
      const up = this.rowOf(target) < this.rowOf(source);
      return {
        edge,
        source,
        target,
        sourceSide: up ? 'top' : 'bottom',
        targetSide: down ? 'top' : 'bottom',
        sourceX: 0,
        targetX: 0,
        sourceCorridor: up ? this.rowOf(source) : this.rowOf(source) + 1,
        targetCorridor: down ? this.rowOf(target) : this.rowOf(target) + 1,
        channelX: 0,
      };
    });
    this.placePorts(routes);
    const channels: Channel[] = [];
    routes.forEach((route, index) => {
      const from = Math.min(route.sourceCorridor, route.targetCorridor);
      const to = Math.max(route.sourceCorridor, route.targetCorridor);
      route.channelX = from === to ? route.targetX : this.chooseChannel(route, from, to, channels);
      if (from < to) channels.push({ x: route.channelX, from, to });
      const run = (group: string, a: number, b: number): Run => ({ group, x1: Math.min(a, b), x2: Math.max(a, b) });
      const bus = route.edge.line === 'solid' && route.sourceSide === 'bottom';
      route.sourceRun = run(bus ? `${route.edge.from}|bus` : `e${index}s`, route.sourceX, route.channelX);
      if (from < to) route.targetRun = run(`e${index}t`, route.channelX, route.targetX);
    });
    return routes;
  }

  /**
   * Ports: the lines at one side of a box spread along it, in the order of their other ends; a
   * manager's reporting lines down leave by one port, as one bus.
   */
  private placePorts(routes: readonly Route[]) {
    const sides = new Map<string, { item: Item; side: 'top' | 'bottom'; ports: Map<string, Port> }>();
    const join = (item: Item, side: 'top' | 'bottom', name: string, end: Port['end'], route: Route) => {
      const key = `${item.node.id}|${side}`;
      let found = sides.get(key);
      if (!found) sides.set(key, (found = { item, side, ports: new Map() }));
      let port = found.ports.get(name);
      if (!port) found.ports.set(name, (port = { key: 0, routes: [], end }));
      port.routes.push(route);
    };
    routes.forEach((route, index) => {
      const bus = route.edge.line === 'solid' && route.sourceSide === 'bottom';
      join(route.source, route.sourceSide, bus ? 'bus' : `out${index}`, 'source', route);
      join(route.target, route.targetSide, `in${index}`, 'target', route);
    });
    for (const { item, side, ports } of sides.values()) {
      // A port's key once all its lines are in (a manager's bus gathers every report's line).
      for (const port of ports.values()) {
        let sum = 0;
        for (const other of port.routes) sum += centre(port.end === 'source' ? other.target : other.source);
        port.key = sum / port.routes.length;
      }
      const range = this.portRange(item, side);
      const low = range[0];
      const high = range[1];
      const list = [...ports.values()].sort((a, b) => a.key - b.key);
      list.forEach((port, at) => {
        const x = low + ((high - low) * (at + 1)) / (list.length + 1);
        for (const route of port.routes) route[port.end === 'source' ? 'sourceX' : 'targetX'] = x;
      });
    }
  }

  /** Where a line may meet a box's side: on top of a band's first row, clear of the titles above. */
  private portRange(item: Item, side: 'top' | 'bottom'): Interval {
    const band = this.bandOf.get(item.block)!;
    const pad = this.S.clusterPadding;
    let low = item.x;
    if (side === 'top' && item.row === 0) {
      const clearOf = (start: number, title: string) => {
        const end = start + textWidth(title) + O.clearance;
        if (start < item.x + item.width && end > low) low = end;
      };
      if (item.block.cluster) clearOf(item.block.x + pad, item.block.cluster.title);
      if (band.opens) clearOf(this.frameLeft + pad, band.cluster.title);
    }
    return item.x + item.width - low >= 2 * O.track ? [low, item.x + item.width] : [item.x, item.x + item.width];
  }

  /**
   * A vertical channel from corridor `from` to `to`: where the line passes no box and no other
   * line, better no unit's frame either (a line along a frame's border reads as part of it), and
   * never the layers' own side padding (a line around the chart runs outside the layers).
   */
  private chooseChannel(route: Route, from: number, to: number, channels: readonly Channel[]): number {
    const crossesChannel = (x: number) => {
      for (let at = 0; at < channels.length; at++) {
        const channel = channels[at]!;
        if (channel.from < to && channel.to > from && Math.abs(channel.x - x) < O.track) return true;
      }
      return false;
    };
    const cost = (x: number) =>
      Math.abs(x - route.sourceX) + Math.abs(x - route.targetX) + 0.001 * Math.abs(x - route.targetX);
    let best: { x: number; cost: number } | undefined;
    for (let pass = 0; pass < 2; pass++) {
      const frames = pass === 0;
      const blocked = frames
        ? this.obstaclesBetween(from, to, route.source.block, route.target.block)
        : this.obstaclesIgnoringFrames(from, to);
      // Crossing a frame costs as much as a detour of this many pixels.
      const penalty = frames ? 0 : 240;
      const consider = (x: number) => {
        const total = cost(x) + penalty;
        if (best === undefined || total < best.cost) best = { x, cost: total };
      };
      const free = (x: number) => {
        for (let at = 0; at < blocked.length; at++) if (x > blocked[at]![0] && x < blocked[at]![1]) return false;
        return !crossesChannel(x);
      };
      if (free(route.targetX)) consider(route.targetX);
      if (free(route.sourceX)) consider(route.sourceX);
      // The free gaps between what the rows crossed hold.
      const gaps = gapsBetween(blocked);
      for (let at = 0; at < gaps.length; at++) {
        const start = gaps[at]![0];
        const end = gaps[at]![1];
        const low = start + O.track / 2;
        const high = end - O.track / 2;
        if (low > high) continue;
        // Within a gap between frames, its middle; else as near the target as it goes.
        const near =
          frames && Number.isFinite(start) && Number.isFinite(end)
            ? (start + end) / 2
            : Math.min(Math.max(route.targetX, low), high);
        // Outwards from there, a track at a time, the lower side first.
        const fits = (x: number) => x >= low && x <= high && !crossesChannel(x);
        for (let step = 0; near - step * O.track >= low || near + step * O.track <= high; step++) {
          const below = near - step * O.track;
          const above = near + step * O.track;
          const found = fits(below) ? below : fits(above) ? above : undefined;
          if (found !== undefined) {
            consider(found);
            break;
          }
        }
      }
    }
    return best!.x;
  }

  /** The obstacles of rows `from`…`to - 1` for a line between boxes of `source` and `target`. */
  private obstaclesBetween(from: number, to: number, source: Block, target: Block): Interval[] {
    // A manager's lines to the people of one unit all ask for the same: found once.
    const blockId = (block: Block) => {
      let id = this.blockIds.get(block);
      if (id === undefined) this.blockIds.set(block, (id = this.blockIds.size));
      return id;
    };
    const key = `${from}|${to}|${blockId(source)}|${blockId(target)}`;
    let found = this.obstaclesWithFrames.get(key);
    if (!found) this.obstaclesWithFrames.set(key, (found = this.obstacles(from, to, true, source, target)));
    return found;
  }
  private readonly obstaclesWithFrames = new Map<string, Interval[]>();
  private readonly blockIds = new Map<Block, number>();

  /**
   * The obstacles of rows `from`…`to - 1` without the frames, the same for every line through
   * them: found once per stretch of rows (each line asks for them).
   */
  private obstaclesIgnoringFrames(from: number, to: number): Interval[] {
    const key = `${from}|${to}`;
    let found = this.obstaclesWithoutFrames.get(key);
    if (!found) this.obstaclesWithoutFrames.set(key, (found = this.obstacles(from, to, false)));
    return found;
  }
  private readonly obstaclesWithoutFrames = new Map<string, Interval[]>();

  /** What a vertical line through rows `from`…`to - 1` must keep clear of (the frames of `own` excepted). */
  private obstacles(from: number, to: number, frames: boolean, ...own: Block[]): Interval[] {
    const left = this.frameLeft;
    const right = left + this.frameWidth;
    const pad = this.S.clusterPadding;
    const found: Interval[] = [
      [left - O.clearance, left + pad],
      [right - pad, right + O.clearance],
    ];
    const clear = (x: number, width: number): Interval => [x - O.clearance, x + width + O.clearance];
    for (let row = from; row < to; row++) {
      const boxes = this.rowBoxes[row]!;
      for (let at = 0; at < boxes.length; at++) found.push(clear(boxes[at]!.x, boxes[at]!.width));
      const band = this.bandOfRow[row]!;
      // Above a band's first row, its titles: a line may cross a frame, never a title's text.
      if (row === band.firstRow) {
        for (const block of band.blocks)
          if (block.cluster) found.push(clear(block.x + pad, textWidth(block.cluster.title)));
        if (band.opens) found.push(clear(left + pad, textWidth(band.cluster.title)));
      }
      if (!frames) continue;
      for (const block of band.blocks)
        if (block.cluster && !own.includes(block)) found.push(clear(block.x, block.width));
    }
    return found.sort((a, b) => a[0] - b[0]);
  }

  /** Heights (rows from their boxes, corridors from their tracks), the frames, and the lines' points. */
  private stackAndDraw(routes: readonly Route[]): PlacedGraph {
    const { S, bands, rowCount, rowBoxes } = this;
    const pad = S.clusterPadding;
    const header = S.clusterTitle + S.clusterPadding;
    const runs: Run[][] = Array.from({ length: rowCount + 1 }, () => []);
    for (const route of routes) {
      runs[route.sourceCorridor]!.push(route.sourceRun!);
      if (route.targetRun) runs[route.targetCorridor]!.push(route.targetRun);
    }
    const trackCounts = runs.map(assignTracks);
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
          x: this.frameLeft,
          y: layerTop,
          width: this.frameWidth,
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

    // Everything right of the margin (a line may pass left of every layer).
    const xs = edges.flatMap((edge) => edge.points.map((point) => point.x));
    const shift = S.margin - Math.min(this.frameLeft, ...xs);
    const highest = Math.max(this.frameLeft + this.frameWidth, ...xs);
    for (const cluster of clusters) cluster.x += shift;
    for (const edge of edges) for (const point of edge.points) point.x += shift;
    const nodes: PlacedNode[] = [...this.items.values()].map((item) => ({
      node: item.node,
      x: item.x + shift,
      y: item.y,
      width: item.width,
      height: item.height,
    }));
    return { width: Math.ceil(highest + shift + S.margin), height: Math.ceil(y + S.margin), nodes, clusters, edges };
  }
}

const packedWidth = (blocks: readonly Block[]) =>
  blocks.reduce((sum, block) => sum + block.width, 0) + O.blockGap * (blocks.length - 1);

/** A row's boxes placed in their order, each as near as it fits to where it wants its left edge. */
function placeRow(row: Item[], desired: readonly number[]) {
  placeInOrder(
    row.map((item) => item.width),
    desired,
    O.boxGap,
  ).forEach((x, at) => (row[at]!.x = x));
}

/** A path's points without a point equal to the one before, or in line with its neighbours. */
function withoutRepeats(points: Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept.length > 0 ? kept[kept.length - 1] : undefined;
    if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
    const before = kept.length > 1 ? kept[kept.length - 2] : undefined;
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
