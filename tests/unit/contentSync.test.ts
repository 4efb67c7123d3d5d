/**
 * Loading the content config (src/content.config.ts) transforms only our own modules: Node
 * loads Astro's loaders as they are (see `environments.astro` in astro.config.mjs), instead of
 * Vite transforming them and the 50-odd modules they import on every build and sync.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { scratchProject } from './scratchProject.ts';

const root = process.cwd();

describe('astro sync of the fixture site', () => {
  let project: string;
  let transformed: string[];
  beforeAll(() => {
    project = scratchProject('content-sync-test');
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: project,
      encoding: 'utf8',
      // Vite names every module it transforms on this debug channel.
      env: { ...process.env, KAM_CONTENT_ROOT: 'site', ASTRO_TELEMETRY_DISABLED: '1', DEBUG: 'vite:transform' },
    });
    if (result.status !== 0) throw new Error(`astro sync failed:\n${result.stdout}\n${result.stderr}`);
    transformed = result.stderr.split('\n').filter((line) => line.includes('vite:transform'));
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('transforms the content config and our schemas, none of Astro’s own modules', () => {
    expect(transformed.some((line) => line.includes('src/content.config.ts'))).toBe(true);
    expect(transformed.some((line) => line.includes('src/schemas/chapter.ts'))).toBe(true);
    expect(transformed.filter((line) => line.includes('node_modules/'))).toEqual([]);
  });
});
