/**
 * ELK in Web Workers for the maps a page redraws: the layout, most of a redraw's time, leaves
 * the main thread (typing and scrolling stay smooth), and two maps redrawn together (the org
 * chart and the relationship map of the live analysis) are laid out side by side. The workers
 * run elkjs's own worker build, the same ELK as the build's, so the positions are the same.
 * Where workers cannot start, the renderer lays out in the page as before.
 */
import ELK from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
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

/** An engine that hands each layout to the least busy worker; undefined where there are none. */
export function workerEngine(): LayoutEngine | undefined {
  slots ??= startWorkers();
  if (slots.length === 0) return undefined;
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
