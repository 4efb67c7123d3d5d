/**
 * A rebuild renders again exactly the pages whose sources changed and keeps the others, and
 * what it leaves in the output folder is what a build from nothing writes.
 *
 * The fixture site (tests/fixtures/site) is built in a scratch copy of the project under tmp/,
 * with its own node_modules/ of links to the installed packages, so Astro's incremental cache
 * and ours belong to these builds only. A page the build kept is left untouched on disk (same
 * modification time); one it rendered again is written anew. fixture-clinic is cited by both
 * fixture chapters (tables, an exercise, the self-check); fixture-works by none.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject } from './scratchProject.ts';

const root = process.cwd();
const project = join(root, 'tmp', 'rebuild-test');
const site = join(project, 'site');
const clinic = join(site, 'accounts', 'fixture-clinic', 'account.yaml');
const works = join(site, 'accounts', 'fixture-works', 'account.yaml');
const chapter = join(site, 'content', 'chapters', '02-fixture-roles.mdx');

function build(outDir = 'dist') {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, EDITION: 'trainer', KAM_CONTENT_ROOT: 'site', ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

interface Built {
  text: string;
  mtime: number;
}

/** Every file of an output folder: its text and when it was written. */
function snapshot(outDir = 'dist'): Map<string, Built> {
  const dir = join(project, outDir);
  const files = new Map<string, Built>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), { text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs });
  }
  return files;
}

/** The pages of `before` that `after` wrote anew, as sorted paths. */
const rewritten = (before: Map<string, Built>, after: Map<string, Built>) =>
  [...after].filter(([path, file]) => before.get(path)?.mtime !== file.mtime).map(([path]) => path);

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replaceAll(from, to));
};

const CHAPTER_PAGES = [
  'book/index.html',
  'chapters/01-fixture-maps/index.html',
  'chapters/01-fixture-maps/slides/index.html',
  'chapters/02-fixture-roles/index.html',
  'chapters/02-fixture-roles/slides/index.html',
];
const pagesOf = (account: string, built: Map<string, Built>) =>
  [...built.keys()].filter((path) => path.split('/').includes(account) && path.endsWith('.html'));

/** Each page was written anew by the build from `before` to `after`, and now shows `text`. */
function expectRenderedAgain(pages: string[], before: Map<string, Built>, after: Map<string, Built>, text: string) {
  const again = rewritten(before, after);
  for (const page of pages) {
    expect(again).toContain(page);
    expect(after.get(page)!.text).toContain(text);
  }
}

/** Each page was kept by the build from `before` to `after`: not written anew, the same text. */
function expectKept(pages: string[], before: Map<string, Built>, after: Map<string, Built>) {
  const again = rewritten(before, after);
  for (const page of pages) {
    expect(again).not.toContain(page);
    expect(after.get(page)!.text).toBe(before.get(page)!.text);
  }
}

describe('a rebuild of the fixture site', () => {
  let first: Map<string, Built>;
  beforeAll(() => {
    scratchProject('rebuild-test');
    build();
    first = snapshot();
  }, 300_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('renders again the pages of an account no chapter cites, and keeps every chapter', () => {
    edit(works, '严松', '严松改');
    build();
    const after = snapshot();
    const worksPages = pagesOf('fixture-works', after);
    expect(worksPages.length).toBeGreaterThan(1);
    expectRenderedAgain(worksPages, first, after, '严松改');
    expectKept([...CHAPTER_PAGES, ...pagesOf('fixture-clinic', after)], first, after);
    first = after;
  }, 300_000);

  it('renders again the chapters, slides and book that cite a changed account, with its new text', () => {
    edit(clinic, '周文博', '周文博改');
    build();
    const after = snapshot();
    expectRenderedAgain([...CHAPTER_PAGES, 'accounts/fixture-clinic/index.html'], first, after, '周文博改');
    expectKept(pagesOf('fixture-works', after), first, after);
    first = after;
  }, 300_000);

  it('shows an edited chapter, drops the pages of a removed account, and equals a build from nothing', () => {
    edit(chapter, '这一章同样只服务于测试', '这一章改过了，同样只服务于测试');
    rmSync(join(site, 'accounts', 'fixture-works'), { recursive: true });
    build();
    const rebuilt = snapshot();
    expect(rebuilt.get('chapters/02-fixture-roles/index.html')!.text).toContain('这一章改过了');
    expect(rebuilt.get('book/index.html')!.text).toContain('这一章改过了');
    expect(pagesOf('fixture-works', rebuilt)).toEqual([]);

    for (const cache of ['node_modules/.astro', 'node_modules/.cache'])
      rmSync(join(project, cache), { recursive: true, force: true });
    build('dist-clean');
    const clean = snapshot('dist-clean');
    expect([...rebuilt.keys()].sort()).toEqual([...clean.keys()].sort());
    for (const [path, file] of clean) expect(rebuilt.get(path)!.text, path).toBe(file.text);
  }, 300_000);
});
