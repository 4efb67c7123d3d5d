/**
 * Keeps the build caches (buildCache.ts, the maps' SVGs in diagramRenderer.ts) from growing
 * without end. A change of our code starts a new generation folder for each cache, and an edited
 * source adds an entry beside the old one; neither is ever read again. So after each build:
 * - a generation folder no build has used for an hour goes (a build of that code may still be
 *   running beside this one: a branch checked out in another terminal, say);
 * - in the folders that stay, an entry no build has read for 30 days goes.
 * The build marks what it uses (`markUsed`) as it reads it, so nothing this build needs is removed.
 * Removing an entry costs at most its computing again.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { BUILD_CACHE_ROOT } from './buildCache.ts';

export const UNUSED_GENERATION_MS = 60 * 60 * 1000;
export const UNUSED_ENTRY_MS = 30 * 24 * 60 * 60 * 1000;

/** The caches' folders before they moved into generation folders: nothing reads them now. */
const FORMER_CACHE_DIRS = ['kam-validation', 'kam-yaml', 'kam-search', 'kam-maps'];

export interface Pruned {
  generations: number;
  entries: number;
}

/** Removes what no build has used for long under `root` (and the former cache folders beside it). */
export function pruneBuildCaches(root: string = BUILD_CACHE_ROOT, now: number = Date.now()): Pruned {
  const pruned: Pruned = { generations: 0, entries: 0 };
  for (const former of FORMER_CACHE_DIRS) rmSync(join(root, '..', former), { recursive: true, force: true });
  for (const generation of namesIn(root)) {
    const dir = join(root, generation);
    const age = ageOf(dir, now);
    if (age === undefined) continue;
    if (age >= UNUSED_GENERATION_MS) {
      rmSync(dir, { recursive: true, force: true });
      pruned.generations++;
      continue;
    }
    for (const entry of namesIn(dir)) {
      const file = join(dir, entry);
      if ((ageOf(file, now) ?? 0) < UNUSED_ENTRY_MS) continue;
      rmSync(file, { force: true });
      pruned.entries++;
    }
  }
  return pruned;
}

/** Prunes the caches when a build has finished (not under `astro dev`, which keeps using them). */
export function cachePruning(): AstroIntegration {
  return {
    name: 'kam-workbook:cache-pruning',
    hooks: {
      'astro:build:done': () => {
        pruneBuildCaches();
      },
    },
  };
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return []; // No cache yet, or removed by a build beside this one.
  }
}

function ageOf(path: string, now: number): number | undefined {
  try {
    return now - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}
