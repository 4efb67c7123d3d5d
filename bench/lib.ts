/**
 * Helpers the bench measures share: timing, scratch copies of the project under bench/work/
 * (with the installed node_modules linked, never downloaded), synthetic content, builds and a
 * static server. Plug-ins from other areas may use them too.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { serveStatic } from '../scripts/serve.ts';
import { syntheticAccount } from '../src/testing/syntheticAccount.ts';
import type { BenchContext, Figure } from './types.ts';

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs `work` `runs` times and returns the wall-clock time of each run in ms. */
export async function timeRuns(runs: number, work: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Runs a command to completion; throws with the tail of its output when it fails. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status}):\n${output}`);
  }
  return result.stdout;
}

export interface Timing {
  /** Wall-clock time, ms. */
  wall: number;
  /** CPU time of the Node process (user + system, all threads), ms. */
  cpu: number;
}

/** Runs a Node script in a fresh process and returns its wall-clock and CPU time. */
export function timeNode(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Timing {
  const cpuFile = join(mkdtempSync(join(tmpdir(), 'kam-bench-')), 'cpu');
  const preload = pathToFileURL(fileURLToPath(new URL('cpuUsage.ts', import.meta.url))).href;
  const started = performance.now();
  run(process.execPath, ['--import', preload, script, ...args], cwd, { ...env, BENCH_CPU_FILE: cpuFile });
  const wall = performance.now() - started;
  const cpu = Number(readFileSync(cpuFile, 'utf8'));
  rmSync(dirname(cpuFile), { recursive: true, force: true });
  return { wall, cpu };
}

/** Folders and files of the project that a scratch copy leaves out (outputs, tests, the bench). */
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  '.astro',
  'dist',
  'dist-trainer',
  'dist-public',
  'bench',
  'tests',
  'tmp',
  'test-results',
  'playwright-report',
  'reports',
]);

/**
 * A node_modules folder of symlinks to each installed package: the packages are shared, but the
 * caches Astro and Vite write into node_modules/ (.astro, .vite) stay inside the scratch project.
 */
export function linkNodeModules(root: string, target: string) {
  const installed = realpathSync(join(root, 'node_modules'));
  const dir = join(target, 'node_modules');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(installed)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(installed, name), join(dir, name));
  }
}

/** A fresh copy of the project at bench/work/<name>, sample accounts and content included. */
export function scratchProject(context: BenchContext, name: string): string {
  const dir = join(context.workDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(context.root)) {
    if (NOT_COPIED.has(entry)) continue;
    cpSync(join(context.root, entry), join(dir, entry), { recursive: true });
  }
  linkNodeModules(context.root, dir);
  return dir;
}

/** Writes `count` synthetic public accounts of `people` people each into <dir>/accounts/. */
export function writeSyntheticAccounts(dir: string, count: number, people: number, prefix = 'synthetic') {
  for (let index = 1; index <= count; index++) {
    const id = `${prefix}-${String(index).padStart(4, '0')}`;
    mkdirSync(join(dir, 'accounts', id), { recursive: true });
    writeFileSync(join(dir, 'accounts', id, 'account.yaml'), stringify(syntheticAccount({ id, people, seed: index })));
  }
}

/**
 * Adds `copies` extra copies of every chapter (with their order moved past the originals), so
 * chapter pages grow with the corpus. Without chapter pages in the build this changes nothing.
 */
export function multiplyChapters(dir: string, copies: number) {
  const chapters = join(dir, 'content', 'chapters');
  if (!existsSync(chapters)) return;
  const originals = readdirSync(chapters).filter((file) => file.endsWith('.mdx') || file.endsWith('.md'));
  for (let copy = 1; copy <= copies; copy++) {
    for (const file of originals) {
      const text = readFileSync(join(chapters, file), 'utf8')
        .replace(/^order:\s*(\d+)/m, (_, order: string) => `order: ${Number(order) + copy * 100}`)
        .replace(/^title:\s*(.+)$/m, (_, title: string) => `title: ${title}（副本 ${copy}）`);
      writeFileSync(join(chapters, `x${copy}-${file}`), text);
    }
  }
}

/** The Astro CLI of the installed package, run with this Node (the project's Node 24). */
export function astroBin(root: string): string {
  return join(realpathSync(join(root, 'node_modules')), 'astro', 'bin', 'astro.mjs');
}

/** A cold build (no output or cache from an earlier run): its timing and the number of pages built. */
export function coldBuild(
  root: string,
  dir: string,
  outDir = 'dist',
  env: Record<string, string> = {},
): Timing & { pages: number } {
  for (const cache of [outDir, '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) {
    rmSync(join(dir, cache), { recursive: true, force: true });
  }
  const timing = timeNode(astroBin(root), ['build', '--outDir', outDir], dir, { EDITION: 'trainee', ...env });
  return { ...timing, pages: countHtml(join(dir, outDir)) };
}

/** A build that keeps the output and caches of the build before it, as a trainer's next build does. */
export function warmBuild(root: string, dir: string, outDir = 'dist', env: Record<string, string> = {}): Timing {
  return timeNode(astroBin(root), ['build', '--outDir', outDir], dir, { EDITION: 'trainee', ...env });
}

export function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (entry.endsWith('.html')) count++;
  return count;
}

let sampleSite: Promise<string> | undefined;

/**
 * The sample content (accounts/ and content/ as in the repository) built once per bench run, in
 * the trainee edition: for page weight, Lighthouse, and the maps and search measures.
 */
export function builtSampleSite(context: BenchContext): Promise<string> {
  sampleSite ??= Promise.resolve().then(() => {
    const dir = scratchProject(context, 'sample');
    coldBuild(context.root, dir);
    return join(dir, 'dist');
  });
  return sampleSite;
}

/** Ports for servers the bench starts: BENCH_PORT_BASE (default 4680) plus an offset per measure. */
export function benchPort(offset: number): number {
  return Number(process.env.BENCH_PORT_BASE ?? 4680) + offset;
}

/** Serves a built site for the duration of `work`. */
export async function withServer<T>(dir: string, port: number, work: (origin: string) => Promise<T>): Promise<T> {
  const server: Server = await serveStatic(dir, port);
  try {
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

export function figure(name: string, unit: Figure['unit'], samples: number[], note?: string): Figure {
  return note ? { name, unit, samples, note } : { name, unit, samples };
}

export const relativeTo = (root: string, path: string) => relative(root, path) || '.';
