/**
 * Pages the incremental build keeps stay where they are in the output folder.
 *
 * Astro empties the output folder before every build and then copies each page it keeps back
 * from its cache (node_modules/.astro/dist/): on a rebuild of a few hundred pages that removing
 * and copying is a good part of the time. Here the output folder is not emptied; instead:
 *
 * - when the build starts, every file goes except the pages the last build recorded in Astro's
 *   manifest, and only when that build finished, into this same folder, with that very manifest
 *   (its digest is written down when a build ends): else everything goes, as Astro would do;
 * - when the build ends, a page kept from the last build that this build did not produce (its
 *   account or chapter is gone) is removed too.
 *
 * So the folder holds exactly what a build into an empty folder writes. A page is then kept
 * only on Astro's own test (same page code, same cacheKey).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's incremental-build manifest, in its cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
/** Which output folder the manifest describes, written when a build ends. */
const RECORD = 'kam-kept-output.json';

interface Record {
  outDir: string;
  manifest: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Every file under `dir`, relative to it with forward slashes ([] when it does not exist). */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** Removes the folders under `dir` that hold no file, deepest first, as a build into an empty folder has none. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== '.git' && removeEmptyFolders(join(dir, entry.name)))
      rmdirSync(join(dir, entry.name));
    else empty = false;
  }
  return empty;
}

/**
 * The pages a manifest lists (paths relative to the output folder), when it is the one the last
 * finished build into `outDir` wrote; undefined otherwise.
 */
export function trustedPages(manifestText: string | undefined, recordText: string | undefined, outDir: string) {
  if (manifestText === undefined || recordText === undefined) return undefined;
  try {
    const record = JSON.parse(recordText) as Record;
    if (record.outDir !== outDir || record.manifest !== digest(manifestText)) return undefined;
    const manifest = JSON.parse(manifestText) as {
      routes?: { [component: string]: { paths?: { [path: string]: { outputFile?: string } } } };
    };
    return new Set(
      Object.values(manifest.routes ?? {}).flatMap((route) =>
        Object.values(route.paths ?? {}).flatMap((path) => (path.outputFile ? [decodeURI(path.outputFile)] : [])),
      ),
    );
  } catch {
    return undefined;
  }
}

export function keptOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let kept = new Set<string>();
  return {
    name: 'kam-workbook:kept-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const record = join(cacheDir, RECORD);
        kept = trustedPages(readText(join(cacheDir, MANIFEST)), readText(record), outDir) ?? new Set();
        // Until this build ends, the folder matches no manifest: a build that stops half-way
        // leaves the next one to start from an empty folder.
        rmSync(record, { force: true });
        for (const file of filesUnder(outDir)) {
          // A git checkout kept in the output folder (to publish from) stays.
          if (!kept.has(file) && !file.startsWith('.git/')) rmSync(join(outDir, file), { force: true });
        }
      },
      'astro:build:done': ({ assets }) => {
        const produced = new Set(
          [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')),
        );
        for (const file of kept) if (!produced.has(file)) rmSync(join(outDir, file), { force: true });
        removeEmptyFolders(outDir);
        const manifest = readText(join(cacheDir, MANIFEST));
        if (manifest === undefined) return;
        const record: Record = { outDir, manifest: digest(manifest) };
        writeFileSync(join(cacheDir, RECORD), JSON.stringify(record));
      },
    },
  };
}
