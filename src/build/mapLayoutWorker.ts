/**
 * A worker thread of the build's map renderer (see mapLayoutPool.ts): draws the flowchart text
 * it is sent with the very renderer pages use, and sends the SVG, or the error's message, back.
 */
import { parentPort } from 'node:worker_threads';
import { renderFlowchart } from '../maps/flowchart/index.ts';

export interface LayoutRequest {
  job: number;
  source: string;
  idPrefix: string;
}
export type LayoutReply = { job: number; svg: string } | { job: number; error: string };

parentPort?.on('message', ({ job, source, idPrefix }: LayoutRequest) => {
  renderFlowchart(source, idPrefix).then(
    (svg) => parentPort!.postMessage({ job, svg } satisfies LayoutReply),
    (error: unknown) =>
      parentPort!.postMessage({
        job,
        error: error instanceof Error ? error.message : String(error),
      } satisfies LayoutReply),
  );
});
