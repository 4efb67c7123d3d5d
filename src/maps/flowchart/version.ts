/**
 * What a drawn map depends on besides its text: the layout settings (the shared sizes, the org
 * chart's and the layered layout's own) and the look.
 * The build's SVG cache keys on this and on the renderer's own source files
 * (src/build/diagramRenderer.ts), so any change to the renderer draws every map afresh.
 */
import { LAYOUT_SETTINGS } from './layout.ts';
import { LAYERED_LAYOUT_SETTINGS } from './layeredLayout.ts';
import { ORG_LAYOUT_SETTINGS } from './orgLayout.ts';
import { DEFAULT_LOOK } from './svg.ts';

export const RENDERER_SETTINGS = JSON.stringify({
  layout: LAYOUT_SETTINGS,
  orgLayout: ORG_LAYOUT_SETTINGS,
  layeredLayout: LAYERED_LAYOUT_SETTINGS,
  look: DEFAULT_LOOK,
});
