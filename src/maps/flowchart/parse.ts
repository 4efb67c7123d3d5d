/**
 * Reads the flowchart text our map builders write (orgChart.ts, relationshipMap.ts,
 * decisionProcess.ts) into a graph the layout can place. It understands exactly the subset of
 * mermaid's flowchart syntax those builders use, and rejects any other line with its number, so
 * a builder change that the renderer cannot draw fails the unit tests instead of a page.
 *
 * Labels arrive encoded by ../mermaidText.ts (`#60;` entity codes, `<br/>` between lines) and
 * leave as plain text lines: the SVG writer escapes them again for XML.
 */

export type Direction = 'TB' | 'LR';
export type NodeShape = 'rect' | 'round' | 'hexagon';
export type LineKind = 'solid' | 'dotted' | 'thick' | 'invisible';
export type ArrowHead = 'none' | 'arrow' | 'cross';
/** CSS-like properties of a classDef or linkStyle (`fill`, `stroke`, `stroke-width`, …). */
export type StyleProps = Record<string, string>;

export interface FlowNode {
  id: string;
  lines: string[];
  shape: NodeShape;
  classes: string[];
}

export interface FlowCluster {
  id: string;
  title: string;
  /** Node and cluster ids directly inside, in the order written. */
  children: string[];
}

export interface FlowEdge {
  from: string;
  to: string;
  line: LineKind;
  start: ArrowHead;
  end: ArrowHead;
  label: string[];
  style: StyleProps;
}

export interface FlowGraph {
  direction: Direction;
  nodes: Map<string, FlowNode>;
  clusters: Map<string, FlowCluster>;
  /** Top-level node and cluster ids in the order written. */
  roots: string[];
  edges: FlowEdge[];
  classDefs: Map<string, StyleProps>;
  /** The layout a `%% layout: <name>` comment asks for (org-chart, layered); without one, layered. */
  layout: string | undefined;
}

import { LAYOUT_COMMENT } from './layoutComment.ts';

export class FlowchartSyntaxError extends Error {}

const ID = '[A-Za-z][A-Za-z0-9_]*';
const QUOTED = '"[^"]*"';
const SHAPES: [open: string, close: string, shape: NodeShape][] = [
  ['{{', '}}', 'hexagon'],
  ['[', ']', 'rect'],
  ['(', ')', 'round'],
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NODE = new RegExp(
  `^(${ID})(?:${SHAPES.map(([open, close]) => `${escapeRegExp(open)}(${QUOTED})${escapeRegExp(close)}`).join('|')})(?::::(\\w+))?$`,
);
/** Arrow operators: heads at either end, and the line between. */
const ARROWS: Record<string, Pick<FlowEdge, 'line' | 'start' | 'end'>> = {
  '-->': { line: 'solid', start: 'none', end: 'arrow' },
  '<-->': { line: 'solid', start: 'arrow', end: 'arrow' },
  '---': { line: 'solid', start: 'none', end: 'none' },
  '--x': { line: 'solid', start: 'none', end: 'cross' },
  'x--x': { line: 'solid', start: 'cross', end: 'cross' },
  '-.-': { line: 'dotted', start: 'none', end: 'none' },
  '-.->': { line: 'dotted', start: 'none', end: 'arrow' },
  '<-.->': { line: 'dotted', start: 'arrow', end: 'arrow' },
  '==>': { line: 'thick', start: 'none', end: 'arrow' },
  '<==>': { line: 'thick', start: 'arrow', end: 'arrow' },
  '~~~': { line: 'invisible', start: 'none', end: 'none' },
};
const ARROW = Object.keys(ARROWS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const EDGE = new RegExp(`^(${ID})\\s+(${ARROW})(?:\\|(${QUOTED})\\|)?\\s+(${ID})$`);
const CHAIN = new RegExp(`^${ID}(?:\\s+~~~\\s+${ID})+$`);
const SUBGRAPH = new RegExp(`^subgraph (${ID})\\[(${QUOTED})\\]$`);
const CLASS_LINE = new RegExp(`^class (${ID}(?:,${ID})*) (\\w+)$`);

/** `"a<br/>b #60;c#62;"` → `['a', 'b <c>']`: our label encoding, undone. */
export function decodeLabel(quoted: string): string[] {
  return quoted
    .slice(1, -1)
    .split('<br/>')
    .map((line) =>
      // Most lines hold no entity code: only those go through the replace.
      line.includes('#') ? line.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))) : line,
    );
}

export function parseStyle(text: string): StyleProps {
  const props: StyleProps = {};
  for (const part of text.split(',')) {
    const colon = part.indexOf(':');
    if (colon > 0) props[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return props;
}

export function parseFlowchart(source: string): FlowGraph {
  const lines = source.split('\n');
  const header = /^flowchart (TB|TD|LR)$/.exec(lines[0]?.trim() ?? '');
  if (!header) throw new FlowchartSyntaxError(`line 1: expected "flowchart TB" or "flowchart LR", found "${lines[0]}"`);
  const graph: FlowGraph = {
    direction: header[1] === 'LR' ? 'LR' : 'TB',
    nodes: new Map(),
    clusters: new Map(),
    roots: [],
    edges: [],
    classDefs: new Map(),
    layout: undefined,
  };
  const open: FlowCluster[] = [];
  const place = (id: string) => (open.at(-1)?.children ?? graph.roots).push(id);
  // A map's lines share a few looks (one linkStyle per line): each look's text is read once, and
  // the lines of one look share its properties, which nothing changes after parsing.
  const styles = new Map<string, StyleProps>();
  const styleOf = (text: string) => styles.get(text) ?? styles.set(text, parseStyle(text)).get(text)!;
  const problems: string[] = [];
  const fail = (index: number, text: string) => problems.push(`line ${index + 1}: cannot read "${text}"`);

  lines.slice(1).forEach((raw, offset) => {
    const index = offset + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('direction ')) return;
    let match: RegExpExecArray | null;
    if ((match = LAYOUT_COMMENT.exec(text))) {
      graph.layout = match[1];
    } else if ((match = SUBGRAPH.exec(text))) {
      const cluster: FlowCluster = { id: match[1]!, title: decodeLabel(match[2]!).join(' '), children: [] };
      graph.clusters.set(cluster.id, cluster);
      place(cluster.id);
      open.push(cluster);
    } else if (text === 'end') {
      if (!open.pop()) fail(index, text);
    } else if ((match = NODE.exec(text))) {
      const shapeIndex = [2, 3, 4].find((group) => match![group] !== undefined)!;
      const node: FlowNode = {
        id: match[1]!,
        lines: decodeLabel(match[shapeIndex]!),
        shape: SHAPES[shapeIndex - 2]![2],
        classes: match[5] ? [match[5]] : [],
      };
      graph.nodes.set(node.id, node);
      place(node.id);
    } else if ((match = EDGE.exec(text))) {
      graph.edges.push({
        from: match[1]!,
        to: match[4]!,
        ...ARROWS[match[2]!]!,
        label: match[3] ? decodeLabel(match[3]) : [],
        style: {},
      });
    } else if (CHAIN.test(text)) {
      const ids = text.split(/\s+~~~\s+/);
      for (let i = 1; i < ids.length; i++)
        graph.edges.push({ from: ids[i - 1]!, to: ids[i]!, ...ARROWS['~~~']!, label: [], style: {} });
    } else if ((match = /^linkStyle (\d+) (.+)$/.exec(text))) {
      const edge = graph.edges[Number(match[1])];
      if (edge) edge.style = styleOf(match[2]!);
      else fail(index, text);
    } else if ((match = /^classDef (\w+) (.+)$/.exec(text))) {
      graph.classDefs.set(match[1]!, styleOf(match[2]!));
    } else if ((match = CLASS_LINE.exec(text))) {
      for (const id of match[1]!.split(',')) graph.nodes.get(id)?.classes.push(match[2]!);
    } else {
      fail(index, text);
    }
  });
  if (open.length > 0) problems.push(`subgraph ${open.at(-1)!.id} is never closed with "end"`);
  for (const edge of graph.edges) {
    for (const end of [edge.from, edge.to])
      if (!graph.nodes.has(end) && !graph.clusters.has(end)) problems.push(`a line joins unknown node "${end}"`);
  }
  if (problems.length > 0) throw new FlowchartSyntaxError(problems.join('\n'));
  return graph;
}
