/**
 * A worker thread of the build's map renderer (see mapLayoutPool.ts): draws the flowchart text
 * it is sent with the very renderer pages use, and sends the SVG, or the error's message, back.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';

// A worker started from this .ts file (no Rolldown to bundle it, see mapLayoutPool.ts) loads the
// renderer afresh: Node's compile cache keeps its compiled code on disk (checked against the
// source by Node), so a later build's worker starts sooner. The renderer is imported only once
// the cache is on: a static import would be loaded before this line runs. In the bundle the
// import is inlined, and the renderer is plain JavaScript already.
enableCompileCache(join(process.cwd(), 'node_modules', '.cache', 'kam-node-compile'));
const { renderFlowchart } = await import('../maps/flowchart/index.ts');

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
