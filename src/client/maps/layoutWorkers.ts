/**
 * ELK in Web Workers for the maps a page redraws: the layout, most of a redraw's time, leaves
 * the main thread (typing and scrolling stay smooth), and two maps redrawn together (the org
 * chart and the relationship map of the live analysis) are laid out side by side. The workers
 * run elkjs's own worker build, the same ELK as the build's, so the positions are the same.
 * Where workers cannot start, elkjs's bundled engine is loaded into the page as a classic
 * script: both files are served as they are published, never bundled or minified again.
 */
import ELK from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import elkInPageUrl from 'elkjs/lib/elk.bundled.js?url';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { LayoutEngine } from '../../maps/flowchart/index.ts';

/** Two: this is a two-map redraw on machines with two cores or more. */
const WORKERS = 2;

interface Slot {
  elk: InstanceType<typeof ELK>;
  busy: number;
}

let slots: Slot[] | undefined;

function startWorkers(): Slot[] {
  if (typeof Worker === 'undefined') return [];
  try {
    return Array.from({ length: WORKERS }, () => ({ elk: new ELK({ workerUrl: elkWorkerUrl }), busy: 0 }));
  } catch {
    return [];
  }
}

let inPage: Promise<LayoutEngine> | undefined;

/** elkjs's bundled engine in the page's own thread (its UMD script sets `window.ELK`). */
function inPageEngine(): Promise<LayoutEngine> {
  inPage ??= new Promise<LayoutEngine>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = elkInPageUrl;
    script.onload = () => {
      const InPageElk = (window as unknown as { ELK?: new () => LayoutEngine }).ELK;
      if (InPageElk) resolve(new InPageElk());
      else reject(new Error('the map layout engine did not load'));
    };
    script.onerror = () => reject(new Error('the map layout engine could not be downloaded'));
    document.head.append(script);
  });
  return inPage;
}

/**
 * The engine redraws use: the workers, each layout to the least busy one; where workers cannot
 * start, the engine in the page.
 */
export function layoutEngine(): LayoutEngine {
  slots ??= startWorkers();
  if (slots.length === 0) return { layout: async (graph) => (await inPageEngine()).layout(graph) };
  const pool = slots;
  return {
    async layout(graph: ElkNode): Promise<ElkNode> {
      const slot = pool.reduce((idlest, candidate) => (candidate.busy < idlest.busy ? candidate : idlest));
      slot.busy++;
      try {
        return await slot.elk.layout(graph);
      } finally {
        slot.busy--;
      }
    },
  };
}
