/**
 * The one map renderer: the flowchart text our builders write → graph → layout (org charts our
 * own, orgLayout.ts; relationship maps, decision processes and any other shape our own,
 * layeredLayout.ts) → SVG. Pure
 * JavaScript with no DOM, so the build (in Node) and the map script (after a filter or date
 * change, in the reader's browser) run the very same code and draw the same map.
 */
import { layoutFlowchart } from './layout.ts';
import { parseFlowchart } from './parse.ts';
import { writeSvg } from './svg.ts';

export { FlowchartSyntaxError, parseFlowchart } from './parse.ts';
export { FlowchartLayoutError } from './layeredLayout.ts';

/**
 * The SVG of `source`, every element id under `idPrefix`. Synchronous work, but a promise: the
 * build's map workers and the browser treat a map as a job that may fail, and a rejected promise
 * carries the parser's or the layout's error to them.
 */
export async function renderFlowchart(source: string, idPrefix: string): Promise<string> {
  const graph = parseFlowchart(source);
  return writeSvg(layoutFlowchart(graph), { idPrefix, classDefs: graph.classDefs });
}
