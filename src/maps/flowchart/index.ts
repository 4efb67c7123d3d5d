/**
 * The one map renderer: the flowchart text our builders write → graph → layout (org charts our
 * own, orgLayout.ts; relationship maps and decision processes our own, layeredLayout.ts; any other
 * shape ELK's) → SVG. Pure
 * JavaScript with no DOM, so the build (in Node) and the map script (after a filter or date
 * change, in the reader's browser) run the very same code and draw the same map.
 */
import { layoutFlowchart, type LayoutOptions } from './layout.ts';
import { parseFlowchart } from './parse.ts';
import { writeSvg } from './svg.ts';

export { FlowchartSyntaxError, parseFlowchart } from './parse.ts';
export { LayoutCache, type LayoutEngine } from './layout.ts';

/** The SVG of `source`, every element id under `idPrefix`; `layout` may reuse layouts or run ELK elsewhere. */
export async function renderFlowchart(source: string, idPrefix: string, layout: LayoutOptions = {}): Promise<string> {
  const graph = parseFlowchart(source);
  return writeSvg(await layoutFlowchart(graph, layout), { idPrefix, classDefs: graph.classDefs });
}
