/**
 * The one map renderer: the flowchart text our builders write → graph → ELK layout → SVG. Pure
 * JavaScript with no DOM, so the build (in Node) and the map script (after a filter or date
 * change, in the reader's browser) run the very same code and draw the same map.
 */
import { layoutFlowchart } from './layout.ts';
import { parseFlowchart } from './parse.ts';
import { writeSvg } from './svg.ts';

export { FlowchartSyntaxError, parseFlowchart } from './parse.ts';

/** The SVG of `source`, every element id under `idPrefix`. */
export async function renderFlowchart(source: string, idPrefix: string): Promise<string> {
  const graph = parseFlowchart(source);
  return writeSvg(await layoutFlowchart(graph), { idPrefix, classDefs: graph.classDefs });
}
