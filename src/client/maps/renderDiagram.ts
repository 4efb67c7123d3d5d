/**
 * Draws mermaid source into a container, in the browser. mermaid is imported on first use only,
 * so a page pays for it when a map is actually drawn there (maps of case files usually come
 * drawn at build time). It runs with securityLevel 'strict' and SVG text labels, so no markup
 * from a label ever reaches the page; interaction is ours, added on the returned SVG.
 *
 * The worksheets draw trainee-entered maps with this: build the source with the pure builders
 * in src/maps/, then `await renderDiagram(container, source)`.
 */
import { MERMAID_CONFIG } from '../../maps/mermaidConfig.ts';

type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | undefined;
let counter = 0;

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize(structuredClone(MERMAID_CONFIG) as Parameters<Mermaid['initialize']>[0]);
    return mermaid;
  });
  return loading;
}

/** Starts loading mermaid early (e.g. when a map nears the viewport). */
export function preloadMermaid(): void {
  void loadMermaid();
}

/** Renders `source` into `container`, replacing what was there, and returns the SVG element. */
export async function renderDiagram(container: HTMLElement, source: string): Promise<SVGSVGElement> {
  const mermaid = await loadMermaid();
  const { svg } = await mermaid.render(`kam-map-${++counter}`, source);
  container.innerHTML = svg;
  const element = container.querySelector('svg');
  if (!element) throw new Error('mermaid returned no SVG');
  return element;
}
