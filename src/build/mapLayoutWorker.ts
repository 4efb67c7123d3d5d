/**
 * A worker thread of the build's map renderer (see mapLayoutPool.ts): draws the flowchart text
 * it is sent with the very renderer pages use, and sends the SVG, or the error's message, back.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderFlowchart } from '../maps/flowchart/index.ts';

// Each worker loads the renderer afresh: Node's compile cache keeps its compiled code on disk
// (checked against the source by Node), so a later build's worker starts sooner (about 0.1 s when
// the renderer still carried ELK's 1.5 MB engine).
enableCompileCache(join(process.cwd(), 'node_modules', '.cache', 'kam-node-compile'));

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
