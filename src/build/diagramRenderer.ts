/**
 * The build-time map renderer: draws each map's flowchart text to SVG with the project's own
 * renderer (src/maps/flowchart/, its own layouts in pure JavaScript), so every map is SVG in the
 * page on every machine, with or without a browser, and the page is the same everywhere.
 *
 * Drawing a large chart takes milliseconds to tens of them, so each SVG is kept in a disk cache
 * keyed by a hash of the text, the renderer's source files and the layout settings: a rebuild lays out only the maps whose text changed. The key leaves out the SVG's
 * element ids: the drawing is cached under a placeholder prefix and each map's own ids are put
 * in afterwards, so the same map twice on a page, or in a chapter and on an account page, is
 * laid out once. MAP_CACHE=0 draws everything afresh; a corrupt entry is simply drawn again.
 * What is not cached is laid out in the main thread, and on a large site in worker threads too
 * (mapLayoutPool.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_CACHE_ROOT, generationDir, markUsed } from './buildCache.ts';
import { ID_PLACEHOLDER, withIdPrefix } from '../maps/flowchart/svg.ts';
import { drawInThisThreadFirst, layoutInPool } from './mapLayoutPool.ts';
import { RENDERER_SETTINGS } from '../maps/flowchart/version.ts';

/** The renderer's sources, read from the project (the build runs in its root). */
const RENDERER_DIR = join(process.cwd(), 'src', 'maps', 'flowchart');

let fingerprint: string | undefined;

function rendererFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256').update(RENDERER_SETTINGS);
  try {
    for (const file of readdirSync(RENDERER_DIR).sort())
      hash.update(file).update(readFileSync(join(RENDERER_DIR, file)));
  } catch {
    // Not built from the project folder: the settings alone key the cache.
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

function readCache(file: string): string | undefined {
  let svg: string;
  try {
    svg = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (!svg.startsWith('<svg') || !svg.endsWith('</svg>')) return undefined;
  markUsed(file);
  return svg;
}

export interface DiagramCacheOptions {
  /**
   * Where drawn SVGs are kept, in a generation folder per version of the renderer (see
   * buildCache.ts); undefined keeps none (MAP_CACHE=0).
   */
  dir: string | undefined;
  /** Text → SVG with ids under a prefix: the renderer, or a stand-in that counts layouts in tests. */
  draw?: (source: string, idPrefix: string) => Promise<string>;
}

/** `render(id, source)`: the SVG of `source` with element ids under `id`, each text laid out once. */
export function diagramCache({ dir, draw = layoutInPool }: DiagramCacheOptions) {
  // Two maps of the same text on one page are rendered side by side: the second waits for the first.
  const drawing = new Map<string, Promise<string>>();
  /**
   * The generation folder's entry names, listed once and joined by what this cache writes: a
   * cold build then tries to read no file that is not there (each failed read throws an error
   * with a stack: the bench's 1× site's 163 took 7 ms alone, 18 ms in its build's profile). An
   * entry another build writes after the listing is only drawn again.
   */
  let entries: Set<string> | undefined;
  let folderMade = false;

  function listEntries(generation: string): Set<string> {
    if (entries) return entries;
    try {
      entries = new Set(readdirSync(generation));
    } catch {
      entries = new Set(); // No folder yet: nothing is cached.
    }
    return entries;
  }

  async function drawOnce(key: string, source: string): Promise<string> {
    const generation = dir && generationDir(dir, 'maps', rendererFingerprint());
    const name = `${key}.svg`;
    const file = generation && join(generation, name);
    const cached = file && listEntries(generation).has(name) ? readCache(file) : undefined;
    if (cached) return cached;
    const svg = await draw(source, ID_PLACEHOLDER);
    if (file) {
      try {
        if (!folderMade) mkdirSync(generation, { recursive: true });
        folderMade = true;
        writeFileSync(file, svg);
        listEntries(generation).add(name);
      } catch {
        // A read-only checkout still builds, only without the cache.
      }
    }
    return svg;
  }

  return async function render(id: string, source: string): Promise<string> {
    const key = createHash('sha256')
      .update(rendererFingerprint())
      .update('\0')
      .update(source)
      .digest('hex')
      .slice(0, 40);
    let pending = drawing.get(key);
    if (!pending) {
      pending = drawOnce(key, source).finally(() => drawing.delete(key));
      drawing.set(key, pending);
    }
    return withIdPrefix(await pending, id);
  };
}

/**
 * How many maps a build draws in the main thread before it starts workers (mapLayoutPool.ts).
 * A worker costs CPU time of its own (a second V8 with its own compiling and garbage collection,
 * its start, the messages): on the bench's 1× site (166 maps, 2 cores) drawing every map in the
 * main thread took 0.36 s less CPU time than with a worker (seven pairs) and the same wall-clock
 * time. So a small site, and any rebuild (it draws only the maps whose text changed), draws in
 * the main thread; a larger site starts the workers for the rest.
 */
const MAPS_IN_THREAD_FIRST = 200;
drawInThisThreadFirst(MAPS_IN_THREAD_FIRST);

const cacheDir = process.env.MAP_CACHE === '0' ? undefined : BUILD_CACHE_ROOT;

/** The SVG of `source` with element ids under `id`. */
export const renderDiagramAtBuild = diagramCache({ dir: cacheDir });
