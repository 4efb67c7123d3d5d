/** Entry of the maps script: every map frame on the page, drawn lazily. */
import { initAllMapFrames } from './mapFrame.ts';

initAllMapFrames();

export { showLiveMap, type LiveMap } from './mapFrame.ts';
