/**
 * Draws flowchart text into a container, in the browser, with the very renderer the build uses
 * (src/maps/flowchart/), so a map redrawn after a filter or date change looks like the map the
 * page came with. The renderer and its layouts (our own, a few milliseconds for a map: no worker,
 * no layout cache) are imported on first use only: a page pays for them when a reader changes a
 * map, never on load. The SVG it writes carries no
 * script and every label escaped; interaction is ours, added on the returned SVG.
 *
 * The worksheets draw trainee-entered maps with this: build the text with the pure builders
 * in src/maps/, then `await renderDiagram(container, source)`.
 */
type Renderer = typeof import('../../maps/flowchart/index.ts');

let loading: Promise<Renderer> | undefined;
let counter = 0;

function loadRenderer(): Promise<Renderer> {
  loading ??= import('../../maps/flowchart/index.ts');
  return loading;
}

/** Starts loading the renderer early (e.g. when a control that redraws is first touched). */
export function preloadRenderer(): void {
  void loadRenderer();
}

/** Renders `source` into `container`, replacing what was there, and returns the SVG element. */
export async function renderDiagram(container: HTMLElement, source: string): Promise<SVGSVGElement> {
  const { renderFlowchart } = await loadRenderer();
  const svg = await renderFlowchart(source, `kam-map-${++counter}`);
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (!(parsed instanceof SVGSVGElement)) throw new Error('the renderer returned no SVG');
  container.replaceChildren(document.importNode(parsed, true));
  return container.querySelector('svg')!;
}
