/**
 * Lays out the build's maps in worker threads, so the layouts run on every core while the main
 * thread renders pages. Every map now has a quick layout of our own, so a worker pays for itself
 * only on a large site: the first maps of a build are drawn in the main thread
 * (`drawInThisThreadFirst`, set by diagramRenderer.ts). Astro renders several pages at once
 * (`build.concurrency` in astro.config.mjs), so while one page waits for its org chart the next
 * one's maps are already being drawn. Each worker runs the same renderer (mapLayoutWorker.ts),
 * so a map is the same SVG whichever thread drew it.
 *
 * `MAP_WORKERS=<n>` sets the number of workers (0: draw in the main thread); by default one less
 * than the cores, at most 3. Without the worker's source file (a build not run from the project folder)
 * the maps are drawn in the main thread, as they are when a worker fails to start.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderFlowchart } from '../maps/flowchart/index.ts';
import type { LayoutReply, LayoutRequest } from './mapLayoutWorker.ts';

const WORKER_FILE = join(process.cwd(), 'src', 'build', 'mapLayoutWorker.ts');
/** Where the worker's bundled code is kept (see `workerScript`), beside the build's other caches. */
const WORKER_BUNDLE_DIR = join(process.cwd(), 'node_modules', '.cache', 'kam-map-worker');

interface Job {
  request: LayoutRequest;
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Job>;
}

/**
 * How many workers to start: MAP_WORKERS, else one less than the cores (the main thread renders
 * pages meanwhile), at most 3. Each worker warms up its own copy of the renderer (of ELK, when the
 * renderer still had it: then a second worker on a 2-core machine cost about a third more CPU
 * time for the maps than one, bench/profile.ts).
 */
export function mapWorkerCount(env: string | undefined = process.env.MAP_WORKERS, cores = availableParallelism()) {
  const asked = env === undefined || env === '' ? Math.min(cores - 1, 3) : Number(env);
  return Number.isInteger(asked) && asked > 0 ? asked : 0;
}

let workers: Promise<PoolWorker[]> | undefined;
let nextJob = 0;
let drawHereFirst = 0;

/**
 * Draws the next `count` maps in this thread before any worker starts: a worker costs CPU time
 * of its own, more than a small site's maps or a rebuild's few changed ones (diagramRenderer.ts
 * sets the count for every build).
 */
export function drawInThisThreadFirst(count: number): void {
  drawHereFirst = count;
}

/**
 * The worker's code as one JavaScript module: `file` and the renderer it imports, bundled by
 * Rolldown (Vite's own bundler, which the build has loaded already: about 15 ms) into a file of
 * `dir` named by its content. Started from its .ts file, a worker strips the renderer's types
 * itself with Node's TypeScript loader, which it must load and start first: its start and first
 * map took 190–280 ms of CPU time (its thread and V8's helpers), 45–75 ms from the bundle. When
 * bundling or writing fails, the worker starts from `file` as before.
 */
export async function workerScript(file: string, dir = WORKER_BUNDLE_DIR): Promise<string> {
  try {
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({ input: file, platform: 'node', logLevel: 'silent' });
    try {
      const { output } = await bundle.generate({ format: 'esm', codeSplitting: false });
      const { code } = output[0];
      const bundled = join(dir, `mapLayoutWorker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
      if (!existsSync(bundled)) {
        // Written whole under another name first: a build beside this one may start a worker from it.
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${bundled}.${process.pid}`, code);
        renameSync(`${bundled}.${process.pid}`, bundled);
        removeOldBundles(dir, bundled);
      }
      return bundled;
    } finally {
      await bundle.close();
    }
  } catch {
    return file;
  }
}

/** How long a bundle of other code is kept: a build of that code may be starting its workers. */
const OLD_BUNDLE_MS = 60 * 60 * 1000;

/**
 * Every change of the renderer's code writes a new bundle: the ones an hour old and more, other
 * than `current`, are removed, so the cache does not grow with each edit.
 */
function removeOldBundles(dir: string, current: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (file === current || !/^mapLayoutWorker-[0-9a-f]+\.mjs$/.test(name)) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs >= OLD_BUNDLE_MS) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by a build beside this one.
    }
  }
}

async function startWorkers(): Promise<PoolWorker[]> {
  const count = existsSync(WORKER_FILE) ? mapWorkerCount() : 0;
  if (count === 0) return [];
  const script = await workerScript(WORKER_FILE);
  const started: PoolWorker[] = Array.from({ length: count }, () => {
    const entry: PoolWorker = { worker: new Worker(script), pending: new Map() };
    // An idle worker does not keep the build's process alive; one with work does (see `dispatch`).
    entry.worker.unref();
    entry.worker.on('message', (reply: LayoutReply) => {
      const job = entry.pending.get(reply.job);
      if (!job) return;
      entry.pending.delete(reply.job);
      if (entry.pending.size === 0) entry.worker.unref();
      if ('svg' in reply) job.resolve(reply.svg);
      else job.reject(new Error(reply.error));
    });
    // A worker that fails (it could not load, say) hands its maps back to the main thread.
    entry.worker.on('error', () => {
      const index = started.indexOf(entry);
      if (index >= 0) started.splice(index, 1);
      for (const job of entry.pending.values()) {
        renderFlowchart(job.request.source, job.request.idPrefix).then(job.resolve, job.reject);
      }
      entry.pending.clear();
      entry.worker.unref();
    });
    return entry;
  });
  return started;
}

/** The SVG of `source`, drawn by the least busy worker, or in this thread when there is none. */
export async function layoutInPool(source: string, idPrefix: string): Promise<string> {
  if (workers === undefined && drawHereFirst > 0) {
    drawHereFirst--;
    return renderFlowchart(source, idPrefix);
  }
  workers ??= startWorkers();
  const started = await workers;
  if (started.length === 0) return renderFlowchart(source, idPrefix);
  const entry = started.reduce((least, other) => (other.pending.size < least.pending.size ? other : least));
  const request: LayoutRequest = { job: nextJob++, source, idPrefix };
  return new Promise((resolve, reject) => {
    entry.pending.set(request.job, { request, resolve, reject });
    entry.worker.ref();
    entry.worker.postMessage(request);
  });
}
