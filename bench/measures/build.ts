/**
 * Build scaling, and what our schema, analysis and components cost on top of Astro itself.
 *
 * A scratch copy of the project builds a generated corpus at 1×, 2× and 4× a base size
 * (accounts of N people, plus extra copies of the chapters). In the same run, a bare Astro
 * project of the same installed Astro version builds the same number of plain Markdown pages.
 * Builds alternate between the two so that load from other work on the machine hits both alike,
 * and each is reported as wall-clock time and as CPU time (steadier on a busy machine).
 *
 * The rebuild: at 1×, one account (ours) or one page (plain Astro) is edited and the project
 * built again with the caches of the build before it, as a trainer's next build would be.
 * Targets (issue 13): build ≤ 2× plain Astro wall-clock and ≤ 1.5× CPU, rebuild ≤ 1.2× plain
 * Astro's rebuild, growth per doubling ≤ 2.05×.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  coldBuild,
  figure,
  linkNodeModules,
  median,
  multiplyChapters,
  scratchProject,
  writeSyntheticAccounts,
  warmBuild,
  type Timing,
} from '../lib.ts';
import type { BenchContext, Figure, Measure } from '../types.ts';

/** A bare Astro project: no integrations, no layout, `pages` Markdown pages of chapter-like text. */
function plainAstroProject(context: BenchContext, pages: number): string {
  const dir = join(context.workDir, 'plain-astro');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plain-astro', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  const chapters = join(context.root, 'content', 'chapters');
  const body = readdirSync(chapters)
    .filter((file) => file.endsWith('.mdx'))
    .slice(0, 1)
    .map((file) =>
      readFileSync(join(chapters, file), 'utf8')
        .replace(/^---[\s\S]*?---/, '')
        .replace(/^(import|export) .*$/gm, ''),
    )
    .join('');
  for (let page = 1; page <= pages; page++) {
    writeFileSync(
      join(dir, 'src', 'pages', 'p', `${page}.md`),
      `---\ntitle: 第 ${page} 页\n---\n\n# 第 ${page} 页\n${body}`,
    );
  }
  linkNodeModules(context.root, dir);
  return dir;
}

const KINDS = ['wall', 'cpu'] as const;
const KIND_LABEL = { wall: 'wall-clock', cpu: 'CPU' } as const;
const TARGET = { wall: 'target ≤ 2', cpu: 'target ≤ 1.5' } as const;

/** Our rebuild after one account changed, against plain Astro's after one page changed. */
function rebuildFigures(context: BenchContext, project: string, plainProject: string): Figure[] {
  const ours: Timing[] = [];
  const plain: Timing[] = [];
  const account = join(project, 'accounts', 'synthetic-0001', 'account.yaml');
  const page = join(plainProject, 'src', 'pages', 'p', '1.md');
  for (let run = 0; run < context.runs; run++) {
    // A name the maps draw changes, again in each run, so no run finds its result in a cache.
    writeFileSync(account, readFileSync(account, 'utf8').replace(/^(\s+name: .*)$/m, `$1改${run}`));
    ours.push(warmBuild(context.root, project));
    appendFileSync(page, `\n改 ${run}\n`);
    plain.push(warmBuild(context.root, plainProject));
  }
  return [
    figure(
      'rebuild after one account changed: total',
      'ms',
      ours.map((build) => build.wall),
    ),
    figure(
      'plain Astro rebuild after one page changed: total',
      'ms',
      plain.map((build) => build.wall),
    ),
    ...KINDS.map((kind) =>
      figure(
        `rebuild ÷ plain Astro rebuild (${KIND_LABEL[kind]})`,
        'ratio',
        ours.map((build, run) => build[kind] / plain[run]![kind]),
        'target ≤ 1.2',
      ),
    ),
  ];
}

export const measure: Measure = async (context) => {
  const base = context.quick ? { accounts: 10, people: 20 } : { accounts: 50, people: 40 };
  const factors = context.quick ? [1, 2] : [1, 2, 4];
  const figures: Figure[] = [];
  const ourRuns: Timing[][] = [];
  // One untimed build first, so the first timed build does not also pay for a cold disk cache.
  coldBuild(context.root, plainAstroProject(context, 1));
  for (const factor of factors) {
    const accounts = base.accounts * factor;
    // The sample accounts stay (chapters and agendas refer to them); synthetic ones are added.
    const project = scratchProject(context, 'build-corpus');
    writeSyntheticAccounts(project, accounts, base.people);
    multiplyChapters(project, factor - 1);
    let pages = 0;
    const ours: Timing[] = [];
    const plain: Timing[] = [];
    let plainProject: string | undefined;
    for (let run = 0; run < context.runs; run++) {
      // Each pair's order alternates, so neither build is always the one that runs on a machine
      // just warmed (or just loaded) by the other.
      const plainFirst = run % 2 === 1 && plainProject !== undefined;
      const plainBuild = plainFirst ? coldBuild(context.root, plainProject!) : undefined;
      const build = coldBuild(context.root, project);
      pages = build.pages;
      ours.push(build);
      plainProject ??= plainAstroProject(context, pages);
      plain.push(plainBuild ?? coldBuild(context.root, plainProject));
    }
    ourRuns.push(ours);
    const label = `${factor}× (${accounts} accounts × ${base.people} people, ${pages} pages)`;
    figures.push(
      figure(
        `build ${label}: total`,
        'ms',
        ours.map((build) => build.wall),
      ),
      figure(
        `build ${label}: CPU`,
        'ms',
        ours.map((build) => build.cpu),
      ),
      figure(
        `build ${factor}×: CPU per page`,
        'ms',
        ours.map((build) => build.cpu / pages),
      ),
      figure(
        `plain Astro, ${pages} Markdown pages: total`,
        'ms',
        plain.map((build) => build.wall),
      ),
      figure(
        `plain Astro, ${pages} Markdown pages: CPU`,
        'ms',
        plain.map((build) => build.cpu),
      ),
      ...KINDS.map((kind) =>
        figure(
          `build ${factor}× ÷ plain Astro (${KIND_LABEL[kind]})`,
          'ratio',
          ours.map((build, run) => build[kind] / plain[run]![kind]),
          TARGET[kind],
        ),
      ),
    );
    if (factor === 1 && plainProject) figures.push(...rebuildFigures(context, project, plainProject));
  }
  for (let step = 1; step < factors.length; step++) {
    for (const kind of KINDS) {
      const before = median(ourRuns[step - 1]!.map((build) => build[kind]));
      figures.push(
        figure(
          `build growth ${factors[step - 1]}× → ${factors[step]}× (${KIND_LABEL[kind]})`,
          'ratio',
          ourRuns[step]!.map((build) => build[kind] / before),
          'target ≤ 2.05',
        ),
      );
    }
  }
  return figures;
};
