/**
 * A scratch copy of the project's code under tmp/<name>/ beside a copy of the fixture site
 * (tests/fixtures/site, at <dir>/site), with its own node_modules/ of links to the installed
 * packages: Astro's caches and ours belong to the builds of one test file only.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const CODE = ['src', 'templates', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

export function scratchProject(name: string): string {
  const project = join(root, 'tmp', name);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  for (const entry of CODE) cpSync(join(root, entry), join(project, entry), { recursive: true });
  cpSync(join(root, 'tests', 'fixtures', 'site'), join(project, 'site'), { recursive: true });
  const installed = join(root, 'node_modules');
  for (const entry of readdirSync(installed)) {
    if (!entry.startsWith('.')) symlinkSync(join(installed, entry), join(project, 'node_modules', entry));
  }
  return project;
}
