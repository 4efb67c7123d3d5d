/**
 * The one mermaid configuration, shared by the browser renderer and the build-time renderer so
 * a map looks the same whichever drew it.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // SVG text labels: no foreignObject, so labels are never HTML and PNG export works.
  htmlLabels: false,
  theme: 'base',
  // Classic dagre layout: mermaid 12 may otherwise pull in ELK (1.5 MB) and drop shadows.
  look: 'classic',
  layout: 'dagre',
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
} as const;
