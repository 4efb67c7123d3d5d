/**
 * The build caches do not grow without end (src/build/cachePruning.ts): generation folders no
 * build has used for an hour and entries no build has read for 30 days are removed after a build,
 * while everything a build reads has its time refreshed, so it stays.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BUILD_CACHE_ROOT, cached, codeFingerprint, generationDir } from '../../src/build/buildCache.ts';
import { pruneBuildCaches, UNUSED_ENTRY_MS, UNUSED_GENERATION_MS } from '../../src/build/cachePruning.ts';
import { diagramCache } from '../../src/build/diagramRenderer.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kam-cache-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Sets a path's time `ago` milliseconds before `now`. */
function usedAgo(path: string, ago: number, now = Date.now()): void {
  const when = new Date(now - ago);
  utimesSync(path, when, when);
}

function file(path: string, text = 'x'): string {
  writeFileSync(path, text);
  return path;
}

describe('pruning the build caches', () => {
  it('removes a generation no build has used for an hour, and keeps one used within the hour', () => {
    const root = join(tempDir(), 'kam-build');
    const now = Date.now();
    const old = join(root, 'kam-validation-0123456789abcdef');
    const recent = join(root, 'kam-validation-fedcba9876543210');
    for (const dir of [old, recent]) {
      mkdirSync(dir, { recursive: true });
      file(join(dir, 'a.bin'));
    }
    usedAgo(old, UNUSED_GENERATION_MS, now);
    usedAgo(recent, UNUSED_GENERATION_MS - 60_000, now);
    expect(pruneBuildCaches(root, now)).toEqual({ generations: 1, entries: 0 });
    expect(readdirSync(root)).toEqual(['kam-validation-fedcba9876543210']);
  });

  it('removes the entries of a kept generation that no build has read for 30 days', () => {
    const root = join(tempDir(), 'kam-build');
    const now = Date.now();
    const dir = join(root, 'maps-0123456789abcdef');
    mkdirSync(dir, { recursive: true });
    usedAgo(file(join(dir, 'stale.svg')), UNUSED_ENTRY_MS + DAY, now);
    usedAgo(file(join(dir, 'read-last-week.svg')), 7 * DAY, now);
    file(join(dir, 'fresh.svg'));
    usedAgo(dir, 0, now);
    expect(pruneBuildCaches(root, now)).toEqual({ generations: 0, entries: 1 });
    expect(readdirSync(dir).sort()).toEqual(['fresh.svg', 'read-last-week.svg']);
  });

  it('removes the cache folders of the layout before generations, and leaves the other caches alone', () => {
    const cacheDir = tempDir();
    const root = join(cacheDir, 'kam-build');
    for (const name of ['kam-validation', 'kam-yaml', 'kam-search', 'kam-maps', 'kam-map-worker', 'kam-node-compile']) {
      mkdirSync(join(cacheDir, name));
      file(join(cacheDir, name, 'entry'));
    }
    pruneBuildCaches(root);
    expect(readdirSync(cacheDir).sort()).toEqual(['kam-map-worker', 'kam-node-compile']);
  });

  it('does nothing where there is no cache yet', () => {
    expect(pruneBuildCaches(join(tempDir(), 'kam-build'))).toEqual({ generations: 0, entries: 0 });
  });

  it('names a generation after the cache and the code it depends on', () => {
    const root = tempDir();
    expect(generationDir(root, 'kam-yaml', 'a'.repeat(64))).toBe(join(root, `kam-yaml-${'a'.repeat(16)}`));
    expect(generationDir(root, 'kam-yaml', 'b'.repeat(64))).not.toBe(generationDir(root, 'kam-yaml', 'a'.repeat(64)));
  });
});

describe('what a build reads stays', () => {
  const name = `kam-prune-test-${process.pid}`;
  afterAll(() => rmSync(generationDir(BUILD_CACHE_ROOT, name, codeFingerprint()), { recursive: true, force: true }));

  it('refreshes the time of a case-file validation (or YAML read, or search record) it reads', () => {
    cached(name, ['text'], () => 1);
    const dir = generationDir(BUILD_CACHE_ROOT, name, codeFingerprint());
    const [entry] = readdirSync(dir);
    const path = join(dir, entry!);
    usedAgo(path, UNUSED_ENTRY_MS + DAY);
    expect(cached(name, ['text'], () => 2)).toBe(1);
    // So the pruning after this build keeps it.
    expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(HOUR);
  });

  it('refreshes the time of a drawn map it reads', async () => {
    const root = tempDir();
    const source = 'flowchart TB\n  A["甲"] --> B["乙"]';
    let drawn = 0;
    const draw = async () => {
      drawn++;
      return '<svg></svg>';
    };
    await diagramCache({ dir: root, draw })('map-a', source);
    const [generation] = readdirSync(root);
    const dir = join(root, generation!);
    const path = join(dir, readdirSync(dir)[0]!);
    usedAgo(path, UNUSED_ENTRY_MS + DAY);
    await diagramCache({ dir: root, draw })('map-b', source);
    expect(drawn).toBe(1);
    expect(pruneBuildCaches(root)).toEqual({ generations: 0, entries: 0 });
    expect(existsSync(path)).toBe(true);
  });
});
