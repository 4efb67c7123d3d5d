/**
 * Writes a placed flowchart as one self-contained SVG string: no script, no foreignObject, no
 * external font or stylesheet, every piece of text XML-escaped. Each node is a
 * `<g class="node" data-node="P3">` so the map script can find people by the builders' node ids.
 * Colours, widths and dashes come from the builders' classDef and linkStyle lines, each distinct
 * look written once in the SVG's own <style> and named by a class (a page of five maps carries
 * each look once per map, not once per shape).
 */
import type { PlacedEdge, PlacedGraph, PlacedNode } from './layout.ts';
import { LAYOUT_SETTINGS } from './layout.ts';
import type { ArrowHead, FlowEdge, StyleProps } from './parse.ts';
import { FONT_FAMILY, FONT_SIZE, LINE_HEIGHT } from './textSize.ts';

const S = LAYOUT_SETTINGS;

/** What a node or line looks like when no classDef or linkStyle says otherwise. */
export const DEFAULT_LOOK = {
  nodeFill: '#f4f6fa',
  nodeStroke: '#4a5568',
  text: '#1d2433',
  line: '#4a5568',
  clusterFill: ['#f8f9fc', '#ffffff'],
  clusterStroke: '#9aa5b8',
  clusterText: '#3b4455',
  labelFill: '#ffffff',
  dotted: '3 4',
  thickWidth: 3.5,
} as const;
const L = DEFAULT_LOOK;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const XML_SPECIAL = /[&<>"']/;

export function escapeXml(text: string): string {
  // Most text has nothing to escape: tested first, it is returned as it is.
  return XML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!) : text;
}

/**
 * A coordinate to a tenth, as `String(Math.round(value * 10) / 10)` writes it. Written from the
 * whole number of tenths instead: most coordinates are whole or one decimal from it, and printing
 * a fraction is the slow path of number to text (this runs for every point of every map).
 */
export function num(value: number): string {
  // A whole number (most of a drawing's sizes and many of its places) is written as it is.
  if (Number.isInteger(value) && Math.abs(value) < 1e8) return String(value);
  const tenths = Math.round(value * 10);
  if (!(Math.abs(tenths) < 1e9)) return String(tenths / 10);
  const whole = String(Math.trunc(tenths / 10));
  const tenth = Math.abs(tenths % 10);
  if (tenth === 0) return whole;
  return `${tenths < 0 && whole === '0' ? '-' : ''}${whole}.${tenth}`;
}
/** Style values come from our own builders, but are written only if they look like values. */
const safeValue = (value: string | undefined) => (value && /^[#\w .,%-]+$/.test(value) ? value : undefined);
const px = (value: string | undefined) => safeValue(value)?.replace(/px$/, '');

/**
 * What every drawing shares, in each SVG's own <style> (so a downloaded SVG looks the same):
 * the text, cluster and label look that used to be repeated on every element.
 */
const SHARED_RULES = [
  `.flowchart text{font-size:${FONT_SIZE}px;fill:${L.text}}`,
  '.flowchart .node text,.flowchart .edge-label text{text-anchor:middle}',
  `.flowchart .edge-label text{font-size:${S.edgeLabelSize}px}`,
  `.flowchart .edge-label rect{fill:${L.labelFill};opacity:.9}`,
  '.flowchart .edge{fill:none}',
  `.flowchart .cluster rect{stroke:${L.clusterStroke};fill:${L.clusterFill[0]}}`,
  `.flowchart .cluster.d1 rect{fill:${L.clusterFill[1]}}`,
  `.flowchart .cluster text{font-weight:600;fill:${L.clusterText}}`,
].join('');

/** A short name made from a rule's text: the same look gets the same class in every drawing. */
function lookName(rule: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < rule.length; index++) hash = Math.imul(hash ^ rule.charCodeAt(index), 0x01000193);
  return `k${(hash >>> 0).toString(36)}`;
}

/** Class names by rule body, for every drawing: the maps of a site share most of their looks. */
const namesByBody = new Map<string, string>();
/** Past this many looks the names start afresh, so a long-open page never holds more. */
const MOST_LOOKS = 5_000;

/** CSS declarations in order, `name:value` each, the undefined values left out. */
function declarations(...pairs: [name: string, value: string | undefined][]): string {
  let body = '';
  for (let at = 0; at < pairs.length; at++) {
    const value = pairs[at]![1];
    if (value !== undefined) body += `${body ? ';' : ''}${pairs[at]![0]}:${value}`;
  }
  return body;
}

/**
 * The fills, strokes and dashes of one drawing, each distinct look written once as a class rule
 * instead of on every shape. A class is named by its rule, so drawings on one page never clash.
 */
class Looks {
  private readonly rules = new Map<string, string>();
  /** Class names by rule body: most shapes of a drawing share a few looks. */
  private readonly names = new Map<string, string>();

  /** The class of a look given as its CSS declarations (`declarations`). */
  classOf(body: string): string {
    const known = this.names.get(body);
    if (known !== undefined) return known;
    let name = namesByBody.get(body);
    if (name === undefined) {
      if (namesByBody.size >= MOST_LOOKS) namesByBody.clear();
      namesByBody.set(body, (name = lookName(body)));
    }
    this.names.set(body, name);
    this.rules.set(name, `.flowchart .${name}{${body}}`);
    return name;
  }

  css(): string {
    return SHARED_RULES + [...this.rules.values()].sort().join('');
  }
}

function textBlock(lines: readonly string[], centreX: number, top: number, size: number, textClass?: string): string {
  const lineHeight = size === FONT_SIZE ? LINE_HEIGHT : 1.4 * size;
  const x = num(centreX);
  let spans = '';
  for (let index = 0; index < lines.length; index++)
    spans += `<tspan x="${x}" y="${num(top + lineHeight * index + lineHeight * 0.72)}">${escapeXml(lines[index]!)}</tspan>`;
  return `<text${textClass ? ` class="${textClass}"` : ''}>${spans}</text>`;
}

/** What a node's classes give it: the same for every node of one look (most nodes share a few). */
interface NodeLook {
  /** ` class="…"` of its shape. */
  paint: string;
  /** The class of its text, when its colour is not the default. */
  textClass: string | undefined;
  /** Its group's class attribute, escaped. */
  groupClass: string;
}

function nodeLook(classes: readonly string[], classDefs: Map<string, StyleProps>, looks: Looks): NodeLook {
  const style = Object.assign({}, ...classes.map((name) => classDefs.get(name) ?? {})) as StyleProps;
  const paint = ` class="${looks.classOf(
    declarations(
      ['fill', safeValue(style.fill) ?? L.nodeFill],
      ['stroke', safeValue(style.stroke) ?? L.nodeStroke],
      ['stroke-width', `${px(style['stroke-width']) ?? '1'}px`],
      ['stroke-dasharray', safeValue(style['stroke-dasharray'])],
    ),
  )}"`;
  const colour = safeValue(style.color);
  return {
    paint,
    textClass: colour && colour !== L.text ? looks.classOf(declarations(['fill', colour])) : undefined,
    // The node's classes stay on its group too (`changed` marks who changed at the chosen date).
    groupClass: escapeXml(['node', ...classes].join(' ')),
  };
}

function nodeSvg(placed: PlacedNode, look: NodeLook): string {
  const { x, y, width: w, height: h, node } = placed;
  const { paint } = look;
  const inset = S.hexagonInset;
  const shape =
    node.shape === 'hexagon'
      ? `<polygon points="${[
          [inset, 0],
          [w - inset, 0],
          [w, h / 2],
          [w - inset, h],
          [inset, h],
          [0, h / 2],
        ]
          .map(([px, py]) => `${num(px!)},${num(py!)}`)
          .join(' ')}"${paint}/>`
      : `<rect width="${num(w)}" height="${num(h)}"${node.shape === 'round' ? ' rx="10"' : ''}${paint}/>`;
  const text = textBlock(node.lines, w / 2, S.nodePaddingY, FONT_SIZE, look.textClass);
  return `<g class="${look.groupClass}" data-node="${escapeXml(node.id)}" transform="translate(${num(x)},${num(y)})">${shape}${text}</g>`;
}

function markerId(idPrefix: string, head: ArrowHead, colour: string): string {
  return `${idPrefix}-${head}-${colour.replace(/[^\w]/g, '')}`;
}

function marker(idPrefix: string, head: Exclude<ArrowHead, 'none'>, colour: string): string {
  const id = markerId(idPrefix, head, colour);
  const drawing =
    head === 'arrow'
      ? `<path d="M0,0 L10,5 L0,10 z" fill="${colour}"/>`
      : `<path d="M1,1 L9,9 M9,1 L1,9" stroke="${colour}" stroke-width="2" fill="none"/>`;
  return `<marker id="${escapeXml(id)}" viewBox="0 0 10 10" refX="${head === 'arrow' ? 9 : 5}" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse">${drawing}</marker>`;
}

/** What a line's style and kind give it: the same for every line of one look. */
interface EdgeLook {
  /** The class of its look. */
  look: string;
  /** Its markers' attributes, if it has heads. */
  heads: string;
}

function edgeLook(edge: FlowEdge, idPrefix: string, markers: Set<string>, looks: Looks): EdgeLook {
  const colour = safeValue(edge.style.stroke) ?? L.line;
  const width = px(edge.style['stroke-width']) ?? (edge.line === 'thick' ? String(L.thickWidth) : '1.5');
  const dash = safeValue(edge.style['stroke-dasharray']) ?? (edge.line === 'dotted' ? L.dotted : undefined);
  /** The attribute that puts `head` at one end of the line (none for no head). */
  const headAt = (head: ArrowHead, end: 'marker-start' | 'marker-end') => {
    if (head === 'none') return '';
    markers.add(`${head}|${colour}`);
    return ` ${end}="${escapeXml(`url(#${markerId(idPrefix, head, colour)})`)}"`;
  };
  const look = looks.classOf(
    declarations(['stroke', colour], ['stroke-width', `${width}px`], ['stroke-dasharray', dash]),
  );
  return { look, heads: `${headAt(edge.start, 'marker-start')}${headAt(edge.end, 'marker-end')}` };
}

function edgeSvg(placed: PlacedEdge, look: EdgeLook): string {
  const { edge, points, label } = placed;
  let d = '';
  for (let index = 0; index < points.length; index++)
    d += `${index === 0 ? 'M' : ' L'}${num(points[index]!.x)},${num(points[index]!.y)}`;
  const path = `<path class="edge ${look.look}" d="${d}"${look.heads}/>`;
  if (!label) return path;
  const box = `<rect x="${num(label.x)}" y="${num(label.y)}" width="${num(label.width)}" height="${num(label.height)}"/>`;
  return `${path}<g class="edge-label">${box}${textBlock(edge.label, label.x + label.width / 2, label.y + S.edgeLabelPadding / 2, S.edgeLabelSize)}</g>`;
}

/**
 * The id prefix of a drawing whose own prefix is set afterwards by withIdPrefix: the build caches
 * one drawing per text and gives each map on a page its own ids.
 */
export const ID_PLACEHOLDER = 'kam-map-ids';

const ID_LEAD = ' id="';
const REF_LEAD = '="url(#';
/** The characters that may follow an id: `-`, `"` and `)`. */
const DASH = 0x2d;
const QUOTE = 0x22;
const CLOSE = 0x29;

/**
 * `svg` with every element id and id reference the writer made under `from` moved under `to`.
 * Only attributes change: an id starts an ` id="` value or a `="url(#` reference, and neither can
 * occur in text or another value, where the writer escapes every quote. An empty `from` moves nothing.
 */
export function withIdPrefix(svg: string, to: string, from = ID_PLACEHOLDER): string {
  // The prefix is found with indexOf, which looks for all of it at once, and the lead before it
  // checked then: a regular expression tries its two leads at every character of the SVG (the
  // build moves the ids of every map it places, tens of kilobytes each). Matches as
  // `( id="|="url\(#)<from>(?=[-")])` would: leftmost first, never overlapping.
  const prefix = escapeXml(to);
  let moved = '';
  let copied = 0;
  let at = from === '' ? -1 : svg.indexOf(from);
  while (at !== -1) {
    const end = at + from.length;
    const lead = svg.startsWith(ID_LEAD, at - ID_LEAD.length)
      ? ID_LEAD.length
      : svg.startsWith(REF_LEAD, at - REF_LEAD.length)
        ? REF_LEAD.length
        : 0;
    const next = svg.charCodeAt(end);
    if (lead > 0 && at - lead >= copied && (next === DASH || next === QUOTE || next === CLOSE)) {
      moved += svg.slice(copied, at) + prefix;
      copied = end;
      at = svg.indexOf(from, end);
    } else at = svg.indexOf(from, at + 1);
  }
  return copied === 0 ? svg : moved + svg.slice(copied);
}

export interface SvgOptions {
  /** Prefix of every id in the SVG: unique on the page (several maps share a page). */
  idPrefix: string;
  classDefs: Map<string, StyleProps>;
}

export function writeSvg(graph: PlacedGraph, { idPrefix, classDefs }: SvgOptions): string {
  const looks = new Looks();
  const clusters = graph.clusters
    .map(
      ({ x, y, width, height, cluster, depth }) =>
        `<g class="cluster${depth % 2 ? ' d1' : ''}" data-cluster="${escapeXml(cluster.id)}"><rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="4"/>` +
        `<text x="${num(x + S.clusterPadding)}" y="${num(y + S.clusterTitle * 0.7)}">${escapeXml(cluster.title)}</text></g>`,
    )
    .join('');
  const markers = new Set<string>();
  // Looks by what makes them: a map's lines share a few styles (one per kind of relation), its
  // nodes a few lists of classes, so each look is worked out once.
  const edgeLooks = new Map<StyleProps, Map<string, EdgeLook>>();
  let edges = '';
  for (const placed of graph.edges) {
    const { edge } = placed;
    // A line of fewer than two points is not drawn, and leaves no look or marker behind.
    if (placed.points.length < 2) continue;
    const kind = `${edge.line}|${edge.start}|${edge.end}`;
    let byKind = edgeLooks.get(edge.style);
    if (!byKind) edgeLooks.set(edge.style, (byKind = new Map()));
    let look = byKind.get(kind);
    if (!look) byKind.set(kind, (look = edgeLook(edge, idPrefix, markers, looks)));
    edges += edgeSvg(placed, look);
  }
  const nodeLooks = new Map<string, NodeLook>();
  let nodes = '';
  for (const placed of graph.nodes) {
    const classes = placed.node.classes;
    const key = classes.join(' ');
    let look = nodeLooks.get(key);
    if (!look) nodeLooks.set(key, (look = nodeLook(classes, classDefs, looks)));
    nodes += nodeSvg(placed, look);
  }
  const defs = [...markers]
    .sort()
    .map((key) => {
      const [head, colour] = key.split('|') as [Exclude<ArrowHead, 'none'>, string];
      return marker(idPrefix, head, colour);
    })
    .join('');
  const { width, height } = graph;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(idPrefix)}" class="flowchart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="aspect-ratio: ${width} / ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<style>${looks.css()}</style><defs>${defs}</defs><g class="clusters">${clusters}</g><g class="edges">${edges}</g><g class="nodes">${nodes}</g></svg>`
  );
}
