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
  const lines = quoted.slice(1, -1).split('<br/>');
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    // Most lines hold no entity code: only those go through the replace.
    if (line.includes('#'))
      lines[at] = line.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
  }
  return lines;
}

export function parseStyle(text: string): StyleProps {
  const props: StyleProps = {};
  for (const part of text.split(',')) {
    const colon = part.indexOf(':');
    if (colon > 0) props[part.slice(0, colon).trim()] = part.slice(colon + 1).trim();
  }
  return props;
}

/**
 * Styles by their text, for every map read: the maps share a few looks (one linkStyle per kind of
 * relation, one classDef per kind of person), so each look's text is read once. Lines and classes
 * share its properties, frozen, since nothing changes them after parsing.
 */
const stylesByText = new Map<string, StyleProps>();
/** Past this many looks the cache starts afresh, so a long-open page never holds more. */
const MOST_STYLES = 2_000;
/** The style of a line no linkStyle names. */
const NO_STYLE: StyleProps = Object.freeze({});
function styleOf(text: string): StyleProps {
  let style = stylesByText.get(text);
  if (!style) {
    if (stylesByText.size >= MOST_STYLES) stylesByText.clear();
    stylesByText.set(text, (style = Object.freeze(parseStyle(text))));
  }
  return style;
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
  /** Where the ids written next go: the innermost subgraph still open, else the top level. */
  let children = graph.roots;
  const problems: string[] = [];
  const fail = (index: number, text: string) => problems.push(`line ${index + 1}: cannot read "${text}"`);

  // Each line is tried against the forms in turn, as written; a form is skipped where the line
  // lacks what the form cannot match without (its first word, a quote, an arrow), which spares
  // most lines most of the patterns.
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index]!.trim();
    if (text === '' || text.startsWith('direction ')) continue;
    const quoted = text.includes('"');
    const arrow = text.includes('--') || text.includes('-.') || text.includes('==') || text.includes('~~~');
    let match: RegExpExecArray | null;
    if (text.startsWith('%') && (match = LAYOUT_COMMENT.exec(text))) {
      graph.layout = match[1];
    } else if (text.startsWith('subgraph ') && (match = SUBGRAPH.exec(text))) {
      const cluster: FlowCluster = { id: match[1]!, title: decodeLabel(match[2]!).join(' '), children: [] };
      graph.clusters.set(cluster.id, cluster);
      children.push(cluster.id);
      open.push(cluster);
      children = cluster.children;
    } else if (text === 'end') {
      if (!open.pop()) fail(index, text);
      children = open.length > 0 ? open[open.length - 1]!.children : graph.roots;
    } else if (quoted && (match = NODE.exec(text))) {
      const shapeIndex = match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 4;
      const node: FlowNode = {
        id: match[1]!,
        lines: decodeLabel(match[shapeIndex]!),
        shape: SHAPES[shapeIndex - 2]![2],
        classes: match[5] ? [match[5]] : [],
      };
      graph.nodes.set(node.id, node);
      children.push(node.id);
    } else if (arrow && (match = EDGE.exec(text))) {
      const kind = ARROWS[match[2]!]!;
      graph.edges.push({
        from: match[1]!,
        to: match[4]!,
        line: kind.line,
        start: kind.start,
        end: kind.end,
        label: match[3] ? decodeLabel(match[3]) : [],
        style: NO_STYLE,
      });
    } else if (arrow && CHAIN.test(text)) {
      const ids = text.split(/\s+~~~\s+/);
      const kind = ARROWS['~~~']!;
      for (let i = 1; i < ids.length; i++)
        graph.edges.push({
          from: ids[i - 1]!,
          to: ids[i]!,
          line: kind.line,
          start: kind.start,
          end: kind.end,
          label: [],
          style: NO_STYLE,
        });
    } else if (text.startsWith('linkStyle ') && (match = /^linkStyle (\d+) (.+)$/.exec(text))) {
      const edge = graph.edges[Number(match[1])];
      if (edge) edge.style = styleOf(match[2]!);
      else fail(index, text);
    } else if (text.startsWith('classDef ') && (match = /^classDef (\w+) (.+)$/.exec(text))) {
      graph.classDefs.set(match[1]!, styleOf(match[2]!));
    } else if (text.startsWith('class ') && (match = CLASS_LINE.exec(text))) {
      for (const id of match[1]!.split(',')) graph.nodes.get(id)?.classes.push(match[2]!);
    } else {
      fail(index, text);
    }
  }
  if (open.length > 0) problems.push(`subgraph ${open.at(-1)!.id} is never closed with "end"`);
  for (const edge of graph.edges) {
    for (const end of [edge.from, edge.to])
      if (!graph.nodes.has(end) && !graph.clusters.has(end)) problems.push(`a line joins unknown node "${end}"`);
  }
  if (problems.length > 0) throw new FlowchartSyntaxError(problems.join('\n'));
  return graph;
}
