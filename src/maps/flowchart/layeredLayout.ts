/**
 * Our own layered layout for the flat left-to-right maps (relationship maps, decision processes),
 * in place of ELK: a few milliseconds for a map ELK took a tenth of a second (and a second and a
 * half for its first) to place, the same code in Node and in the reader's browser.
 *
 * The steps of a layered (Sugiyama) drawing:
 * 1. cycles broken by turning round the lines that close one (a depth-first walk in the written
 *    order), drawn in their own direction again at the end;
 * 2. layers: the longest path from the sources, then each box moved between its neighbours to
 *    where its lines are shortest;
 * 3. columns: a box's layer gives its column; between two box columns, a column where the lines
 *    pass, each line's label standing on it in the middle column of its run;
 * 4. order in each column: barycenter sweeps left and right, the written order breaking ties,
 *    the order with the fewest crossings kept;
 * 5. heights: each box or line as near as it can be to the lines' other ends (least squares, in
 *    order, each clear of the one above), swept both ways;
 * 6. lines: orthogonal, out of the right of a box and into the left of the next (each on a port
 *    of its own, in the order of the other ends), a vertical step only in the gaps between
 *    columns, on a track of its own there, so a line never crosses a box or a label.
 *
 * It draws any graph the parser reads, so every map has a layout of our own: a chart drawn top to
 * bottom is laid out left to right with each box turned on its side, then turned back; the
 * subgraphs of a chart that is not an org chart's shape (no builder of ours writes one: org
 * charts go to orgLayout.ts) are drawn as a plain graph, their boxes and lines without the
 * frames, rather than failing a page. A line from a box to itself is the one thing it refuses,
 * with a FlowchartLayoutError naming every such line: it has no meaning on any of our maps (a
 * relation needs two people, src/validation/accountRules/hierarchy.ts), so the builders leave it
 * out, and one reaching the layout is a builder's mistake that the unit tests should catch.
 */
import type { Box, PlacedEdge, PlacedGraph, PlacedNode, Point } from './layout.ts';
import type { FlowEdge, FlowGraph, FlowNode } from './parse.ts';
import { orderByKey, placeInOrder, sortByKeys } from './orgLayout.ts';

/** Spacing of the layered layout: part of the renderer's settings (version.ts). */
export const LAYERED_LAYOUT_SETTINGS = {
  version: 1,
  /** Between two boxes in a column; between a box and a line or label; between two lines or labels. */
  boxGap: 24,
  boxLineGap: 14,
  lineGap: 10,
  /** Least gap between two columns (each grows with the vertical steps in it), and between tracks. */
  columnGap: 20,
  track: 10,
  /** Between two lines' ends on one side of a box. */
  port: 10,
  sweeps: 12,
} as const;

const L = LAYERED_LAYOUT_SETTINGS;
/** Two level runs of different lines at least this far apart read as two lines. */
const APART = L.lineGap / 2;

interface Settings {
  margin: number;
}

type Size = { width: number; height: number };

/** A box, or a line (and its label) passing a column. */
interface Item {
  /** Undefined on a line passing a column (every item has the same fields, so the code that reads them sees one shape). */
  node: FlowNode | undefined;
  /** The label's size, on the item that carries it. */
  width: number;
  height: number;
  column: number;
  /** Rank in the written order: the start of the order sweeps. */
  written: number;
  /** Top, and the column's left once placed. */
  y: number;
  /** Place in its column, top-down, in the order being tried. */
  rank: number;
  /** Its segments on the left and on the right. */
  into: Segment[];
  out: Segment[];
}

/** A stretch of a line between two adjacent columns. */
interface Segment {
  left: Item;
  right: Item;
  chain: Chain;
  /** Port offsets (from the centre) of its ends on a box's side: 0 on a line passing a column. */
  leftPort: number;
  rightPort: number;
}

interface Chain {
  edge: FlowEdge;
  /** Left to right; drawn the other way round when `reversed`. */
  items: Item[];
  /** Its segments, left to right: `segments[i]` joins `items[i]` and `items[i + 1]`. */
  segments: Segment[];
  reversed: boolean;
  label: Item | undefined;
}

/** A chart the layouts cannot draw: the message names every line at fault, in Chinese, then English. */
export class FlowchartLayoutError extends Error {}

export function layoutLayered(
  graph: FlowGraph,
  size: (node: FlowNode) => Size,
  labelSize: (lines: readonly string[]) => Size,
  settings: Settings,
): PlacedGraph {
  const loops = graph.edges.filter((edge) => edge.line !== 'invisible' && edge.from === edge.to);
  if (loops.length > 0) {
    const ids = loops.map((edge) => `${edge.from} → ${edge.to}`).join(', ');
    throw new FlowchartLayoutError(
      `地图里有从方框连回它自己的线（${ids}）：没有布局画这样的线，写地图文字的代码应先去掉它。\n` +
        `a line from a box to itself (${ids}): no layout draws one; the code that writes the map's text should leave it out`,
    );
  }
  if (graph.direction === 'LR') return layoutLeftToRight(graph, size, labelSize, settings);
  const turned = (box: Size): Size => ({ width: box.height, height: box.width });
  return transposed(
    layoutLeftToRight(
      graph,
      (node) => turned(size(node)),
      (lines) => turned(labelSize(lines)),
      settings,
    ),
  );
}

/** The drawing mirrored across its diagonal: left to right becomes top to bottom. */
function transposed(placed: PlacedGraph): PlacedGraph {
  const box = <T extends Box>(item: T): T => ({
    ...item,
    x: item.y,
    y: item.x,
    width: item.height,
    height: item.width,
  });
  return {
    width: placed.height,
    height: placed.width,
    nodes: placed.nodes.map(box),
    clusters: [],
    edges: placed.edges.map((edge) => ({
      ...edge,
      points: edge.points.map((point) => ({ x: point.y, y: point.x })),
      ...(edge.label ? { label: box(edge.label) } : {}),
    })),
  };
}

/** The first box inside a subgraph, depth first, where a line written to the subgraph ends. */
function firstBoxOf(graph: FlowGraph, id: string): string | undefined {
  if (graph.nodes.has(id)) return id;
  for (const child of graph.clusters.get(id)?.children ?? []) {
    const box = firstBoxOf(graph, child);
    if (box) return box;
  }
  return undefined;
}

function layoutLeftToRight(
  graph: FlowGraph,
  size: (node: FlowNode) => Size,
  labelSize: (lines: readonly string[]) => Size,
  settings: Settings,
): PlacedGraph {
  const nodes = [...graph.nodes.values()];
  const index = new Map(nodes.map((node, at) => [node.id, at]));
  // A line to a subgraph ends at its first box (the frames are not drawn); one to an empty
  // subgraph, or one that would then join a box to itself, has nowhere to go and is left out.
  const edges = graph.edges.flatMap((edge) => {
    if (edge.line === 'invisible') return [];
    const from = firstBoxOf(graph, edge.from);
    const to = firstBoxOf(graph, edge.to);
    if (!from || !to || from === to) return [];
    return [from === edge.from && to === edge.to ? edge : { ...edge, from, to }];
  });

  // 1. Cycles, broken two ways: a depth-first walk in the written order turns round every line
  // back to a box on its path; or every line back to a box written before its start is turned
  // round (as ELK does by the written order). The smaller drawing is kept.
  const outgoing = nodes.map(() => [] as FlowEdge[]);
  for (const edge of edges) outgoing[index.get(edge.from)!]!.push(edge);
  const reversed = new Set<FlowEdge>();
  const state = nodes.map(() => 0); // 0 unseen, 1 on the path, 2 done
  const walk = (at: number) => {
    state[at] = 1;
    for (const edge of outgoing[at]!) {
      const to = index.get(edge.to)!;
      if (state[to] === 1) reversed.add(edge);
      else if (state[to] === 0) walk(to);
    }
    state[at] = 2;
  };
  nodes.forEach((_, at) => state[at] === 0 && walk(at));
  const backwards = new Set(edges.filter((edge) => index.get(edge.from)! > index.get(edge.to)!));
  // Both ways often turn round the same lines (none at all, when no line closes a cycle): those
  // draw the same, and are drawn once.
  const sameLines = reversed.size === backwards.size && [...reversed].every((edge) => backwards.has(edge));
  // Both drawings measure the same boxes and labels: each is measured once.
  const sizes = new Map<FlowNode, Size>();
  const labelSizes = new Map<readonly string[], Size>();
  const sizeOnce = (node: FlowNode) => sizes.get(node) ?? sizes.set(node, size(node)).get(node)!;
  const labelSizeOnce = (lines: readonly string[]) =>
    labelSizes.get(lines) ?? labelSizes.set(lines, labelSize(lines)).get(lines)!;
  // The smallest drawing, the first of equals.
  let best: PlacedGraph | undefined;
  for (const turned of sameLines ? [reversed] : [reversed, backwards])
    best = drawLayered(nodes, index, edges, turned, sizeOnce, labelSizeOnce, settings, best);
  return best!;
}

const area = (drawing: PlacedGraph) => drawing.width * drawing.height;

/**
 * Steps 2–6 with the lines in `reversed` turned round: the drawing with the heights towards the
 * mean of the other ends, then the one level with the topmost (steps 2–4 are the same for both);
 * the smallest of those and `best`, the first of equals.
 */
function drawLayered(
  nodes: FlowNode[],
  index: Map<string, number>,
  edges: FlowEdge[],
  reversed: Set<FlowEdge>,
  size: (node: FlowNode) => Size,
  labelSize: (lines: readonly string[]) => Size,
  settings: Settings,
  best: PlacedGraph | undefined,
): PlacedGraph {
  const tail = (edge: FlowEdge) => index.get(reversed.has(edge) ? edge.to : edge.from)!;
  const head = (edge: FlowEdge) => index.get(reversed.has(edge) ? edge.from : edge.to)!;

  // 2. Layers: longest path, then each box to where its lines are shortest.
  const preds = nodes.map(() => [] as number[]);
  const succs = nodes.map(() => [] as number[]);
  for (const edge of edges) {
    preds[head(edge)]!.push(tail(edge));
    succs[tail(edge)]!.push(head(edge));
  }
  const layer = nodes.map(() => 0);
  const topological: number[] = [];
  const seen = nodes.map(() => false);
  const visit = (at: number) => {
    if (seen[at]) return;
    seen[at] = true;
    for (const from of preds[at]!) visit(from);
    topological.push(at);
  };
  nodes.forEach((_, at) => visit(at));
  for (const at of topological) layer[at] = Math.max(0, ...preds[at]!.map((from) => layer[from]! + 1));
  const last = Math.max(0, ...layer);
  for (let round = 0; round < 4; round++) {
    let moved = false;
    for (const at of topological) {
      const low = Math.max(0, ...preds[at]!.map((from) => layer[from]! + 1));
      const high = Math.min(last, ...succs[at]!.map((to) => layer[to]! - 1));
      const pull = succs[at]!.length - preds[at]!.length;
      const want = pull > 0 ? high : pull < 0 ? low : layer[at]!;
      if (want !== layer[at]) {
        layer[at] = want;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const first = Math.min(...layer);
  layer.forEach((value, at) => (layer[at] = value - first));

  // 3. Columns: boxes at even columns, lines and labels passing every column between.
  const columns: Item[][] = Array.from({ length: 2 * Math.max(0, ...layer) + 1 }, () => []);
  const item = (column: number, written: number, width: number, height: number, node?: FlowNode): Item => {
    const made: Item = { node, width, height, column, written, y: 0, rank: 0, into: [], out: [] };
    columns[column]!.push(made);
    return made;
  };
  const boxes = nodes.map((node, at) => {
    const { width, height } = size(node);
    return item(2 * layer[at]!, at, width, height, node);
  });
  const chains: Chain[] = edges.map((edge) => {
    const from = tail(edge);
    const to = head(edge);
    const items = [boxes[from]!];
    const start = 2 * layer[from]!;
    const end = 2 * layer[to]!;
    const labelColumn = 2 * (layer[from]! + Math.floor((layer[to]! - layer[from]! - 1) / 2)) + 1;
    let label: Item | undefined;
    for (let column = start + 1; column < end; column++) {
      const carries = column === labelColumn && edge.label.length > 0;
      const { width, height } = carries ? labelSize(edge.label) : { width: 0, height: 0 };
      // Right after the box it leaves, in the written order.
      const passing = item(column, index.get(edge.from)! + 0.5, width, height);
      if (carries) label = passing;
      items.push(passing);
    }
    items.push(boxes[to]!);
    return { edge, items, segments: [], reversed: reversed.has(edge), label };
  });
  const segments: Segment[][] = columns.map(() => []);
  for (const chain of chains)
    for (let at = 1; at < chain.items.length; at++) {
      const segment = { left: chain.items[at - 1]!, right: chain.items[at]!, chain, leftPort: 0, rightPort: 0 };
      chain.segments.push(segment);
      segments[segment.left.column]!.push(segment);
      segment.left.out.push(segment);
      segment.right.into.push(segment);
    }

  // 4. Order: barycenter sweeps, the best order kept.
  let order = columns.map((column) => [...column].sort((a, b) => a.written - b.written));
  const rankAll = () => {
    for (const column of order) for (let at = 0; at < column.length; at++) column[at]!.rank = at;
  };
  // Each gap's packed pairs of ranks, and the merge sort's scratch: the same sizes in every sweep.
  const packedEnds = segments.map((gap) => new Float64Array(gap.length));
  const scratch = segments.map((gap) => new Float64Array(gap.length));
  const crossings = () => {
    let count = 0;
    segments.forEach((gap, column) => {
      // Pairs of segments crossing: inversions of the right ends once sorted by the left ends
      // (then the right), each pair of ranks packed in one number so the sort is a typed array's.
      const ends = packedEnds[column]!;
      for (let at = 0; at < gap.length; at++) ends[at] = gap[at]!.left.rank * RANKS + gap[at]!.right.rank;
      ends.sort();
      for (let at = 0; at < ends.length; at++) ends[at]! %= RANKS;
      count += inversions(ends, scratch[column]);
    });
    return count;
  };
  /** The mean rank of the other ends of `lines` (undefined for none), added in order as `mean` adds. */
  const meanRank = (lines: readonly Segment[], rightward: boolean) => {
    if (lines.length === 0) return undefined;
    let sum = 0;
    for (let at = 0; at < lines.length; at++) sum += rightward ? lines[at]!.left.rank : lines[at]!.right.rank;
    return sum / lines.length;
  };
  rankAll();
  let fewest = { order, crossings: crossings() };
  // A sweep's order follows from the order before it and its direction alone: once a sweep gives
  // back the order of two sweeps before, the sweeps repeat those two orders, and none has fewer crossings.
  let twoBefore: Item[][] | undefined;
  for (let sweep = 0; sweep < L.sweeps && fewest.crossings > 0; sweep++) {
    const rightward = sweep % 2 === 0;
    const before = order;
    order = [...order];
    for (let step = 1; step < order.length; step++) {
      const column = rightward ? step : order.length - 1 - step;
      const sorted = orderByKey(order[column]!, (placed) => meanRank(rightward ? placed.into : placed.out, rightward));
      for (let at = 0; at < sorted.length; at++) sorted[at]!.rank = at;
      order[column] = sorted;
    }
    if (twoBefore && sameOrder(order, twoBefore)) break;
    twoBefore = before;
    const count = crossings();
    if (count < fewest.crossings) fewest = { order, crossings: count };
  }
  order = fewest.order;
  rankAll();
  // Heights towards the mean of a box's other ends or level with the topmost differ only where a
  // box has two lines or more on one side: with none, one drawing stands for both.
  const manyOnASide = columns.some((column) =>
    column.some((placed) => placed.into.length > 1 || placed.out.length > 1),
  );
  const aligns = manyOnASide ? (['mean', 'top'] as const) : (['mean'] as const);
  for (const align of aligns) {
    for (const column of order) for (const placed of column) placed.y = 0;
    for (const gap of segments)
      for (const segment of gap) {
        segment.leftPort = 0;
        segment.rightPort = 0;
      }
    const drawing = placeAndRoute(order, segments, boxes, chains, settings, align, best ? area(best) : Infinity);
    if (drawing && (!best || area(drawing) < area(best))) best = drawing;
  }
  return best!;
}

/**
 * Steps 5 and 6 for the boxes and lines in `order`, each item's `rank` its place in its column;
 * undefined once its heights show that it cannot be smaller than `beat` (the lines' tracks only
 * widen it, so they are not worked out for a drawing that would be thrown away).
 */
function placeAndRoute(
  order: Item[][],
  segments: Segment[][],
  boxes: Item[],
  chains: Chain[],
  settings: Settings,
  align: 'mean' | 'top',
  beat: number,
): PlacedGraph | undefined {
  // Ports: a box's lines leave (and enter) it in the order of their other ends, centred on its side.
  for (const column of order)
    for (const placed of column) {
      if (!placed.node) continue;
      // (A side of one line or none is in order as it is.)
      const out = placed.out.length > 1 ? [...placed.out].sort((a, b) => a.right.rank - b.right.rank) : placed.out;
      const outStep = Math.min(L.port, placed.height / (out.length + 1));
      out.forEach((segment, at) => (segment.leftPort = (at - (out.length - 1) / 2) * outStep));
      const into = placed.into.length > 1 ? [...placed.into].sort((a, b) => a.left.rank - b.left.rank) : placed.into;
      const intoStep = Math.min(L.port, placed.height / (into.length + 1));
      into.forEach((segment, at) => (segment.rightPort = (at - (into.length - 1) / 2) * intoStep));
    }
  const port = (placed: Item, segment: Segment) => (segment.left === placed ? segment.leftPort : segment.rightPort);
  const setPort = (placed: Item, segment: Segment, offset: number) => {
    if (segment.left === placed) segment.leftPort = offset;
    else segment.rightPort = offset;
  };

  // 5. Heights: least squares towards the other ends of each item's lines, swept both ways.
  const gapBetween = (a: Item, b: Item) => (a.node && b.node ? L.boxGap : a.node || b.node ? L.boxLineGap : L.lineGap);
  const centre = (placed: Item) => placed.y + placed.height / 2;
  // Each item's height with the gap below it: the same in every sweep, so worked out once per column.
  const stackedHeights = order.map((column) =>
    column.map((placed, at) =>
      at + 1 < column.length ? placed.height + gapBetween(placed, column[at + 1]!) : placed.height,
    ),
  );
  // Where each item of a column would like its top, and where it goes: one pair of arrays for every column and sweep.
  const most = Math.max(0, ...order.map((column) => column.length));
  const desired = new Float64Array(most);
  const tops: number[] = new Array<number>(most);
  const place = (index: number, want: (placed: Item) => number | undefined) => {
    const column = order[index]!;
    for (let at = 0; at < column.length; at++) {
      const placed = column[at]!;
      desired[at] = (want(placed) ?? centre(placed)) - placed.height / 2;
    }
    placeInOrder(stackedHeights[index]!, desired, 0, tops);
    for (let at = 0; at < column.length; at++) column[at]!.y = tops[at]!;
  };
  for (let index = 0; index < order.length; index++) place(index, () => 0);
  // Towards the mean of the other ends, or level with the topmost (a tree then hangs from the top,
  // as ELK draws it). Summed in a loop, in the order a mean of a list would add them: this runs for
  // every item in every sweep.
  const toward = (placed: Item, lines: readonly Segment[], otherEnd: (segment: Segment) => Item) => {
    if (lines.length === 0) return undefined;
    let sum = 0;
    let least = Infinity;
    for (let at = 0; at < lines.length; at++) {
      const segment = lines[at]!;
      const other = otherEnd(segment);
      const want = centre(other) + port(other, segment) - port(placed, segment);
      sum += want;
      least = Math.min(least, want);
    }
    return align === 'mean' ? sum / lines.length : least;
  };
  const leftEnd = (segment: Segment) => segment.left;
  const rightEnd = (segment: Segment) => segment.right;
  for (let sweep = 0; sweep < 8; sweep++) {
    const both = sweep >= 6;
    const useLeft = both || sweep % 2 === 0;
    const useRight = both || sweep % 2 === 1;
    const wantOf = (placed: Item) => {
      const fromLeft = useLeft ? toward(placed, placed.into, leftEnd) : undefined;
      const fromRight = useRight ? toward(placed, placed.out, rightEnd) : undefined;
      if (fromLeft === undefined) return fromRight === undefined ? undefined : 0 + fromRight;
      return fromRight === undefined ? 0 + fromLeft : (0 + fromLeft + fromRight) / 2;
    };
    for (let step = 0; step < order.length; step++) place(sweep % 2 === 1 ? order.length - 1 - step : step, wantOf);
  }
  // Two lines in a gap, where one comes in level with where the other goes out, run along one
  // another if they step in the wrong order (and in either, when that holds both ways, or when
  // three such pairs ask for orders that contradict): one of the two ends moves clear.
  const endY = (placed: Item, segment: Segment) => centre(placed) + port(placed, segment);
  const fits = (placed: Item, y: number) => {
    const column = order[placed.column]!;
    const at = placed.rank;
    const above = column[at - 1];
    const below = column[at + 1];
    return (
      (!above || above.y + above.height + gapBetween(above, placed) <= y + 1e-6) &&
      (!below || y + placed.height + gapBetween(placed, below) <= below.y + 1e-6)
    );
  };
  const portFits = (placed: Item, segment: Segment, offset: number) =>
    Math.abs(offset) <= placed.height / 2 - APART &&
    everyPort(placed, (other, at) => other === segment || Math.abs(at - offset) >= APART);
  /** Either end of a level pair, just far enough from the other. */
  const moveApart = (a: Segment, b: Segment, a1: number, a2: number, b1: number, b2: number) => {
    const ends = [
      ...(near(a2, b1) ? [[a.right, a, a2, b1] as const, [b.left, b, b1, a2] as const] : []),
      ...(near(b2, a1) ? [[b.right, b, b2, a1] as const, [a.left, a, a1, b2] as const] : []),
    ];
    const moves = ends
      .flatMap(([placed, segment, own, other]) =>
        [other + APART - own, other - APART - own].map((shift) => ({ placed, segment, shift })),
      )
      .sort((x, y) => Math.abs(x.shift) - Math.abs(y.shift));
    // A passing line moves where its column has room; a box's port along its side, clear of its other ports.
    const move = moves.find(({ placed, segment, shift }) =>
      placed.node ? portFits(placed, segment, port(placed, segment) + shift) : fits(placed, placed.y + shift),
    );
    if (move?.placed.node) setPort(move.placed, move.segment, port(move.placed, move.segment) + move.shift);
    else if (move) move.placed.y += move.shift;
  };
  // Each gap's segments by where they start, as the gap stood when its pass reached it.
  const byStart: number[] = [];
  const starts: number[] = [];
  const startOf = new Float64Array(Math.max(0, ...segments.map((gap) => gap.length)));
  for (let pass = 0; pass < 3; pass++)
    for (const gap of segments) {
      // A pair needs two lines.
      if (gap.length < 2) continue;
      // Pairs where one comes in near where the other goes out: found by the starts in order.
      byStart.length = starts.length = gap.length;
      for (let at = 0; at < gap.length; at++) {
        startOf[at] = endY(gap[at]!.left, gap[at]!);
        byStart[at] = at;
      }
      sortByKeys(byStart, startOf);
      for (let at = 0; at < gap.length; at++) starts[at] = startOf[byStart[at]!]!;
      for (let index = 0; index < gap.length; index++) {
        const a = gap[index]!;
        const end = endY(a.right, a);
        for (let at = firstAtLeast(starts, end - APART); at < gap.length && starts[at]! < end + APART; at++) {
          const b = gap[byStart[at]!]!;
          if (b === a) continue;
          const a1 = endY(a.left, a);
          const a2 = endY(a.right, a);
          const b1 = endY(b.left, b);
          const b2 = endY(b.right, b);
          if (!(near(a2, b1) || near(b2, a1)) || near(a1, a2) || near(b1, b2)) continue;
          moveApart(a, b, a1, a2, b1, b2);
        }
      }
    }
  const top = Math.min(...order.flat().map((placed) => placed.y));
  for (const placed of order.flat()) placed.y += settings.margin - top;

  const height = Math.max(0, ...order.flat().map((placed) => placed.y + placed.height)) + settings.margin;
  const widths = order.map((column) => Math.max(0, ...column.map((placed) => placed.width)));
  // The narrowest it can be: every gap between columns at its least (added in the order below, so never wider).
  let narrowest = settings.margin;
  for (let column = 0; column < order.length; column++) {
    narrowest += widths[column]!;
    if (column < order.length - 1) narrowest += L.columnGap;
  }
  if (Math.ceil(narrowest + settings.margin) * Math.ceil(height) >= beat) return undefined;

  // 6. Lines: a vertical step only in a gap between columns, each on its own track there.
  const lefts: number[] = [];
  const steps = new Map<Segment, number>();
  let x = settings.margin;
  order.forEach((_, column) => {
    lefts.push(x);
    x += widths[column]!;
    if (column === order.length - 1) return;
    const [tracks, count] = assignTracks(segments[column]!, endY);
    const gap = Math.max(L.columnGap, (count + 1) * L.track);
    for (const [segment, track] of tracks) steps.set(segment, x + ((track + 1) * gap) / (count + 1));
    x += gap;
  });
  const width = x + settings.margin;
  const leftEdge = (placed: Item) =>
    lefts[placed.column]! + (placed.node ? (widths[placed.column]! - placed.width) / 2 : 0);
  const rightEdge = (placed: Item) =>
    placed.node ? leftEdge(placed) + placed.width : lefts[placed.column]! + widths[placed.column]!;

  const placedNodes: PlacedNode[] = boxes.map((box) => ({
    node: box.node!,
    x: leftEdge(box),
    y: box.y,
    width: box.width,
    height: box.height,
  }));
  const placedEdges: PlacedEdge[] = chains.map((chain) => {
    const points: Point[] = [];
    for (let at = 1; at < chain.items.length; at++) {
      const left = chain.items[at - 1]!;
      const right = chain.items[at]!;
      const segment = chain.segments[at - 1]!;
      const from = { x: rightEdge(left), y: endY(left, segment) };
      const to = { x: leftEdge(right), y: endY(right, segment) };
      const step = steps.get(segment);
      points.push(from);
      if (step === undefined) to.y = from.y;
      else points.push({ x: step, y: from.y }, { x: step, y: to.y });
      points.push(to);
    }
    const label = chain.label && {
      x: lefts[chain.label.column]! + (widths[chain.label.column]! - chain.label.width) / 2,
      y: chain.label.y,
      width: chain.label.width,
      height: chain.label.height,
    };
    const drawn = withoutStraightJoints(chain.reversed ? points.reverse() : points);
    return { edge: chain.edge, points: drawn, ...(label ? { label } : {}) };
  });
  return { width: Math.ceil(width), height: Math.ceil(height), nodes: placedNodes, clusters: [], edges: placedEdges };
}

/** Whether two orders of the same columns hold every item at the same place. */
function sameOrder(a: readonly Item[][], b: readonly Item[][]): boolean {
  for (let column = 0; column < a.length; column++)
    for (let at = 0; at < a[column]!.length; at++) if (a[column]![at] !== b[column]![at]) return false;
  return true;
}

/** Two heights closer than two lines' level runs may be. */
const near = (u: number, v: number) => Math.abs(u - v) < APART;

/** Whether `test` holds for every port of the box `placed`, on either side. */
function everyPort(placed: Item, test: (segment: Segment, offset: number) => boolean): boolean {
  for (let at = 0; at < placed.out.length; at++) if (!test(placed.out[at]!, placed.out[at]!.leftPort)) return false;
  for (let at = 0; at < placed.into.length; at++) if (!test(placed.into[at]!, placed.into[at]!.rightPort)) return false;
  return true;
}

/** Points where a line runs straight on: left out, so a line is a few long segments. */
function withoutStraightJoints(points: Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const a = kept.length > 1 ? kept[kept.length - 2] : undefined;
    const b = kept.length > 0 ? kept[kept.length - 1] : undefined;
    if (b && Math.abs(b.x - point.x) < 1e-6 && Math.abs(b.y - point.y) < 1e-6) continue;
    if (
      a &&
      b &&
      ((Math.abs(a.x - b.x) < 1e-6 && Math.abs(b.x - point.x) < 1e-6) ||
        (Math.abs(a.y - b.y) < 1e-6 && Math.abs(b.y - point.y) < 1e-6))
    )
      kept.pop();
    kept.push(point);
  }
  return kept;
}

/**
 * Tracks for the vertical steps in one gap between columns, left to right. Of two steps whose
 * spans meet, the one left of the other is the order with fewer crossings (a line running along
 * another counts as many), the lower start going first among lines going down and the higher
 * among lines going up when both orders cross alike; steps whose spans do not meet share a
 * track. Returns each stepping segment's track and the number of tracks.
 */
function assignTracks(
  gap: readonly Segment[],
  endY: (placed: Item, segment: Segment) => number,
): [Map<Segment, number>, number] {
  type Span = { segment: Segment; y1: number; y2: number; low: number; high: number };
  const spans: Span[] = [];
  for (let at = 0; at < gap.length; at++) {
    const segment = gap[at]!;
    const y1 = endY(segment.left, segment);
    const y2 = endY(segment.right, segment);
    if (Math.abs(y1 - y2) >= 0.5) spans.push({ segment, y1, y2, low: Math.min(y1, y2), high: Math.max(y1, y2) });
  }
  // Most gaps hold one step or none: nothing to choose.
  if (spans.length <= 1) return [new Map(spans.map((span) => [span.segment, 0])), spans.length];
  spans.sort((a, b) => {
    const downA = a.y2 > a.y1;
    const downB = b.y2 > b.y1;
    if (downA !== downB) return downA ? -1 : 1;
    return downA ? b.y1 - a.y1 : a.y1 - b.y1;
  });
  const within = (y: number, span: Span) => y > span.low + 0.5 && y < span.high - 0.5;
  /** Crossings with `left` stepping left of `right`: the left one's way out across the right one's step, and the right one's way in across the left one's. */
  const cost = (left: Span, right: Span) =>
    Number(within(left.y2, right)) + Number(within(right.y1, left)) + (Math.abs(left.y2 - right.y1) < APART ? 10 : 0);
  // Each pair's choice, the strongest first; one that would contradict those already made is left out.
  // Only steps whose spans meet (a line's gap apart or nearer) need a choice: found by a sweep, in
  // the order of the pairs, so the sort (stable) keeps that order among equal weights.
  const choices: { first: number; second: number; weight: number }[] = [];
  const pairs = meetingPairs(
    spans.map((span) => span.low),
    spans.map((span) => span.high + L.lineGap),
  );
  for (const pair of pairs) {
    const i = Math.floor(pair / spans.length);
    const j = pair - i * spans.length;
    const a = spans[i]!;
    const b = spans[j]!;
    const ab = cost(a, b);
    const ba = cost(b, a);
    choices.push(ba < ab ? { first: j, second: i, weight: ab - ba } : { first: i, second: j, weight: ba - ab });
  }
  choices.sort((a, b) => b.weight - a.weight);
  const after = spans.map(() => [] as number[]);
  const reach = new Reachability(spans.length);
  for (const { first, second } of choices)
    if (!reach.reaches(second, first)) {
      after[first]!.push(second);
      reach.add(first, second);
    }
  // Longest path over the choices: a step's track is one right of the furthest that must be left of it.
  const track = spans.map(() => 0);
  const before = spans.map(() => 0);
  for (const list of after) for (const next of list) before[next]!++;
  const ready: number[] = [];
  for (let at = 0; at < spans.length; at++) if (before[at] === 0) ready.push(at);
  for (let next = 0; next < ready.length; next++) {
    const at = ready[next]!;
    for (const next of after[at]!) {
      track[next] = Math.max(track[next]!, track[at]! + 1);
      if (--before[next]! === 0) ready.push(next);
    }
  }
  const tracks = new Map(spans.map((span, at) => [span.segment, track[at]!]));
  return [tracks, spans.length === 0 ? 0 : Math.max(...track) + 1];
}

/**
 * Every pair of the intervals `[starts[k], ends[k]]` (each start at most its end) that meet, ends
 * included, as `i * count + j` with i < j, in ascending order: the pairs a loop over all pairs would
 * find, in its order, but from a sweep over the starts that meets only intervals still open.
 */
export function meetingPairs(starts: readonly number[], ends: readonly number[]): Float64Array {
  const count = starts.length;
  const byStart: number[] = new Array<number>(count);
  for (let at = 0; at < count; at++) byStart[at] = at;
  sortByKeys(byStart, starts);
  const open: number[] = [];
  const found: number[] = [];
  for (let next = 0; next < count; next++) {
    const at = byStart[next]!;
    let kept = 0;
    for (let was = 0; was < open.length; was++) {
      const other = open[was]!;
      if (ends[other]! >= starts[at]!) {
        open[kept++] = other;
        found.push(other < at ? other * count + at : at * count + other);
      }
    }
    open.length = kept;
    open.push(at);
  }
  return new Float64Array(found).sort();
}

/**
 * Which of `count` points reach which along the arrows added so far (no arrow may close a
 * cycle), kept as one bit set per point so that asking is one look-up: a gap between columns can
 * hold a hundred steps and thousands of choices between them.
 */
export class Reachability {
  private readonly words: number;
  /** Bit `to` of row `from`: `to` is reached from `from`. */
  private readonly rows: Uint32Array;
  /** The same turned round, bit `from` of row `to`: who reaches a point, without asking every point. */
  private readonly reachedBy: Uint32Array;

  constructor(count: number) {
    this.words = Math.ceil(count / 32);
    this.rows = new Uint32Array(count * this.words);
    this.reachedBy = new Uint32Array(count * this.words);
  }

  reaches(from: number, to: number): boolean {
    return from === to || (this.rows[from * this.words + (to >>> 5)]! & (1 << (to & 31))) !== 0;
  }

  /** An arrow `from` → `to`: every point reaching `from` now reaches `to` and all it reaches. */
  add(from: number, to: number) {
    // Already reached (through other arrows): the arrow adds nothing. Most arrows of a busy gap are such.
    if (this.reaches(from, to)) return;
    // Neither set holds the other's point (no arrow closes a cycle), so neither changes meanwhile.
    const before = this.members(this.reachedBy, from);
    const beyond = this.members(this.rows, to);
    this.join(this.rows, before, to);
    this.join(this.reachedBy, beyond, from);
  }

  /** The points set in row `point` of `bits`, and `point` itself. */
  private members(bits: Uint32Array, point: number): number[] {
    const found = [point];
    for (let word = 0; word < this.words; word++)
      for (let rest = bits[point * this.words + word]!; rest !== 0; rest &= rest - 1)
        found.push(word * 32 + (31 - Math.clz32(rest & -rest)));
    return found;
  }

  /**
   * Every row of `points` gets row `source` of `bits` and `source` itself. A row holding `source`
   * already holds all of its row (every row is closed: it holds the rows of the points it holds).
   */
  private join(bits: Uint32Array, points: readonly number[], source: number) {
    const { words } = this;
    const from = source * words;
    const word = source >>> 5;
    const bit = 1 << (source & 31);
    for (const point of points) {
      const row = point * words;
      if ((bits[row + word]! & bit) !== 0) continue;
      for (let at = 0; at < words; at++) bits[row + at]! |= bits[from + at]!;
      bits[row + word]! |= bit;
    }
  }
}

/** More than any rank in a column: two ranks packed as `left * RANKS + right` sort as the pair. */
const RANKS = 2 ** 20;

/**
 * How many pairs of `values` stand in the wrong order (equal values do not): a bottom-up merge
 * sort that counts, in place (`values` ends sorted), with one scratch array.
 */
export function inversions(values: Float64Array, scratch = new Float64Array(values.length)): number {
  let count = 0;
  let from: Float64Array = values;
  let to: Float64Array = scratch;
  for (let width = 1; width < values.length; width *= 2) {
    for (let start = 0; start < values.length; start += 2 * width) {
      const middle = Math.min(start + width, values.length);
      const end = Math.min(start + 2 * width, values.length);
      let i = start;
      let j = middle;
      let k = start;
      while (i < middle && j < end) {
        if (from[i]! <= from[j]!) to[k++] = from[i++]!;
        else {
          count += middle - i;
          to[k++] = from[j++]!;
        }
      }
      while (i < middle) to[k++] = from[i++]!;
      while (j < end) to[k++] = from[j++]!;
    }
    const merged = to;
    to = from;
    from = merged;
  }
  if (from !== values) values.set(from);
  return count;
}

/** The first index of sorted `values` whose value is at least `least`. */
function firstAtLeast(values: readonly number[], least: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < least) low = middle + 1;
    else high = middle;
  }
  return low;
}
