/**
 * Draws flowchart text into a container, in the browser, with the very renderer the build uses
 * (src/maps/flowchart/), so a map redrawn after a filter or date change looks like the map the
 * page came with. The renderer and its layout engine are imported on first use only: a page
 * pays for them when a reader changes a map, never on load. The SVG it writes carries no
 * script and every label escaped; interaction is ours, added on the returned SVG.
 *
 * The worksheets draw trainee-entered maps with this: build the text with the pure builders
 * in src/maps/, then `await renderDiagram(container, source)`.
 */
import type { LayoutEngine } from '../../maps/flowchart/index.ts';

type Renderer = typeof import('../../maps/flowchart/index.ts');

let loading: Promise<Renderer> | undefined;
let counter = 0;
/** One per page: a redraw that moves no box (or an unchanged map) skips the layout. */
let layouts: InstanceType<Renderer['LayoutCache']> | undefined;

function loadRenderer(): Promise<Renderer> {
  loading ??= import('../../maps/flowchart/index.ts');
  return loading;
}

/**
 * ELK's workers, started by the first map that needs ELK: org charts, relationship maps and
 * decision processes are laid out by our own code in the page, so a page that redraws them never
 * downloads ELK.
 */
const elkWhenNeeded: LayoutEngine = {
  layout: async (graph) => (await import('./layoutWorkers.ts')).layoutEngine().layout(graph),
};

/** Starts loading the renderer early (e.g. when a control that redraws is first touched). */
export function preloadRenderer(): void {
  void loadRenderer();
}

/** Renders `source` into `container`, replacing what was there, and returns the SVG element. */
export async function renderDiagram(container: HTMLElement, source: string): Promise<SVGSVGElement> {
  const { renderFlowchart, LayoutCache } = await loadRenderer();
  layouts ??= new LayoutCache();
  const svg = await renderFlowchart(source, `kam-map-${++counter}`, { cache: layouts, engine: elkWhenNeeded });
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (!(parsed instanceof SVGSVGElement)) throw new Error('the renderer returned no SVG');
  container.replaceChildren(document.importNode(parsed, true));
  return container.querySelector('svg')!;
}
