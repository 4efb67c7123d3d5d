/**
 * The build-time map renderer: draws each map's flowchart text to SVG with the project's own
 * renderer (src/maps/flowchart/, ELK layout in pure JavaScript), so every map is SVG in the
 * page on every machine, with or without a browser, and the page is the same everywhere.
 *
 * Laying out a chart takes tens to hundreds of milliseconds, so each SVG is kept in a disk cache
 * keyed by a hash of the text, the SVG id, the renderer's source files, ELK's version and the
 * layout settings: a rebuild lays out only the maps whose text changed. MAP_CACHE=0 draws
 * everything afresh; a corrupt entry is simply drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFlowchart } from '../maps/flowchart/index.ts';
import { RENDERER_SETTINGS } from '../maps/flowchart/version.ts';

/** Beside Astro's own cache, so `rm -rf node_modules` clears both. */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'kam-maps');
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

function cacheFile(id: string, source: string): string {
  const key = createHash('sha256').update(rendererFingerprint()).update('\0').update(id).update('\0').update(source);
  return join(CACHE_DIR, `${key.digest('hex').slice(0, 40)}.svg`);
}

function readCache(file: string): string | undefined {
  try {
    const svg = readFileSync(file, 'utf8');
    return svg.startsWith('<svg') && svg.endsWith('</svg>') ? svg : undefined;
  } catch {
    return undefined;
  }
}

/** The SVG of `source` with element ids under `id`. */
export async function renderDiagramAtBuild(id: string, source: string): Promise<string> {
  const useCache = process.env.MAP_CACHE !== '0';
  const file = cacheFile(id, source);
  const cached = useCache ? readCache(file) : undefined;
  if (cached) return cached;
  const svg = await renderFlowchart(source, id);
  if (useCache) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(file, svg);
    } catch {
      // A read-only checkout still builds, only without the cache.
    }
  }
  return svg;
}
