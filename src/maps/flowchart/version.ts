/**
 * What a drawn map depends on besides its text: the renderer's own version (raise it when the
 * SVG writer or the parser changes what they write), ELK's version and the layout settings.
 * The build's SVG cache keys on it.
 */
import elkPackage from 'elkjs/package.json' with { type: 'json' };
import { LAYOUT_SETTINGS } from './layout.ts';
import { DEFAULT_LOOK } from './svg.ts';

export const RENDERER_VERSION = 1;

export const RENDERER_FINGERPRINT = JSON.stringify({
  renderer: RENDERER_VERSION,
  elk: elkPackage.version,
  layout: LAYOUT_SETTINGS,
  look: DEFAULT_LOOK,
});
