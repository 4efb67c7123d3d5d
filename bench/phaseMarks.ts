/**
 * Where a build's CPU time goes by phase: an integration that notes the process's CPU time (every
 * thread: the bundler's own threads included, which V8's profiler does not see) and the wall
 * clock at Astro's hooks and at each Vite environment's build hooks, and counts the modules each
 * environment bundled. `npm run bench:profile -- --phases` builds with it (through a config that
 * wraps the project's, so astro.config.mjs stays as it is) and prints the table.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

interface Mark {
  name: string;
  cpuMs: number;
  wallMs: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The table: each mark with the CPU and wall time since the one before. */
export function phaseTable(marks: readonly Mark[], modules: Readonly<Record<string, number>>): string {
  const lines = marks.map((mark, index) => {
    const before = marks[index - 1] ?? { cpuMs: 0, wallMs: 0 };
    return (
      `${mark.name.padEnd(26)} CPU ${(mark.cpuMs - before.cpuMs).toFixed(0).padStart(6)} ms` +
      `   wall ${(mark.wallMs - before.wallMs).toFixed(0).padStart(6)} ms`
    );
  });
  const counts = Object.entries(modules).map(([name, count]) => `${name} ${count}`);
  return [...lines, `modules and chunks per environment: ${counts.join(', ')}`].join('\n');
}

/** Writes the table to `file` when the build ends. */
export function phaseMarks(file: string): AstroIntegration {
  const marks: Mark[] = [];
  const modules: Record<string, number> = {};
  // Before the build starts, Vite's environments load the content config (the content sync).
  let stage = 'sync ';
  const mark = (name: string) => {
    marks.push({ name, cpuMs: cpuMs(), wallMs: performance.now() });
  };
  const plugin: Plugin = {
    name: 'bench:phase-marks',
    buildStart() {
      mark(`${stage}${this.environment.name}: build start`);
    },
    buildEnd() {
      mark(`${stage}${this.environment.name}: modules read`);
      modules[`${stage}${this.environment.name} modules`] = [...this.getModuleIds()].length;
    },
    renderStart() {
      mark(`${this.environment.name}: render start`);
    },
    generateBundle(_options, bundle) {
      mark(`${this.environment.name}: chunks rendered`);
      modules[`${this.environment.name} chunks`] = Object.keys(bundle).length;
    },
    writeBundle() {
      mark(`${this.environment.name}: written`);
    },
  };
  return {
    name: 'bench:phase-marks',
    hooks: {
      // The first integration (the wrapping config puts it first): Astro's start and our config before it.
      'astro:config:setup': ({ updateConfig }) => {
        mark('start, config loaded');
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': () => mark('integrations set up'),
      'astro:build:start': () => {
        mark('build:start');
        stage = '';
      },
      'astro:build:setup': () => mark('build:setup'),
      'astro:build:generated': () => mark('build:generated (pages)'),
      'astro:build:done': () => {
        mark('build:done');
        writeFileSync(file, phaseTable(marks, modules) + '\n');
      },
    },
  };
}
