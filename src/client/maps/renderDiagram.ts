/**
 * Draws mermaid source into a container. mermaid is imported on first use only, so a page pays
 * for it when a map is actually drawn; it runs with securityLevel 'strict' (no click handlers,
 * sanitised labels) and SVG text labels (no foreignObject), so PNG export works and no markup
 * from a label ever reaches the page. Interaction is ours, added on the returned SVG.
 */
type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | undefined;
let counter = 0;

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      htmlLabels: false,
      theme: 'base',
      maxEdges: 2000,
      maxTextSize: 500_000,
      themeVariables: {
        fontFamily: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
        fontSize: '15px',
        primaryColor: '#f4f6fa',
        primaryBorderColor: '#4a5568',
        primaryTextColor: '#1d2433',
        lineColor: '#4a5568',
        clusterBkg: '#f8f9fc',
        clusterBorder: '#9aa5b8',
      },
      flowchart: { useMaxWidth: false, nodeSpacing: 30, rankSpacing: 50 },
    });
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
