/**
 * What a drawn map depends on besides its text: ELK's version, the layout settings (ELK's and
 * the org chart's own) and the look.
 * The build's SVG cache keys on this and on the renderer's own source files
 * (src/build/diagramRenderer.ts), so any change to the renderer draws every map afresh.
 */
import elkPackage from 'elkjs/package.json' with { type: 'json' };
import { LAYOUT_SETTINGS } from './layout.ts';
import { LAYERED_LAYOUT_SETTINGS } from './layeredLayout.ts';
import { ORG_LAYOUT_SETTINGS } from './orgLayout.ts';
import { DEFAULT_LOOK } from './svg.ts';

export const RENDERER_SETTINGS = JSON.stringify({
  elk: elkPackage.version,
  layout: LAYOUT_SETTINGS,
  orgLayout: ORG_LAYOUT_SETTINGS,
  layeredLayout: LAYERED_LAYOUT_SETTINGS,
  look: DEFAULT_LOOK,
});
