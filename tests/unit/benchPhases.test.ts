/**
 * The bench's phase marks (`npm run bench:profile -- --phases`): the integration notes CPU and
 * wall time at Astro's hooks and at each Vite environment's build hooks, and writes one table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phaseMarks, phaseTable } from '../../bench/phaseMarks.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-phases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Hook = (...args: unknown[]) => unknown;
interface PluginHooks {
  buildStart: Hook;
  buildEnd: Hook;
  renderStart: Hook;
  generateBundle: Hook;
  writeBundle: Hook;
}

describe('bench phase marks', () => {
  it('prints each phase with the CPU and wall time since the one before, and the module counts', () => {
    const table = phaseTable(
      [
        { name: 'start, config loaded', cpuMs: 900, wallMs: 1000 },
        { name: 'client: modules read', cpuMs: 1500, wallMs: 1300 },
      ],
      { 'client modules': 266 },
    );
    expect(table.split('\n')).toEqual([
      'start, config loaded       CPU    900 ms   wall   1000 ms',
      'client: modules read       CPU    600 ms   wall    300 ms',
      'modules and chunks per environment: client modules 266',
    ]);
  });

  it('marks Astro’s hooks and every environment’s build, the content sync apart, and writes the table at the end', () => {
    const file = join(dir, 'phases.txt');
    const integration = phaseMarks(file);
    const hooks = integration.hooks as Record<string, Hook>;
    let plugin: PluginHooks | undefined;
    hooks['astro:config:setup']!({
      updateConfig: (config: { vite: { plugins: PluginHooks[] } }) => (plugin = config.vite.plugins[0]),
    });
    hooks['astro:config:done']!();
    const environment = (name: string, modules: string[]) => ({
      environment: { name },
      getModuleIds: () => modules.values(),
    });
    plugin!.buildStart.call(environment('client', []));
    plugin!.buildEnd.call(environment('client', []));
    hooks['astro:build:start']!();
    const client = environment('client', ['a.ts', 'b.ts', 'zod/index.js']);
    plugin!.buildStart.call(client);
    plugin!.buildEnd.call(client);
    plugin!.renderStart.call(client);
    plugin!.generateBundle.call(client, {}, { 'a.js': {}, 'b.js': {} });
    plugin!.writeBundle.call(client);
    hooks['astro:build:generated']!();
    hooks['astro:build:done']!();

    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.replace(/\s+CPU.*/, ''))).toEqual([
      'start, config loaded',
      'integrations set up',
      'sync client: build start',
      'sync client: modules read',
      'build:start',
      'client: build start',
      'client: modules read',
      'client: render start',
      'client: chunks rendered',
      'client: written',
      'build:generated (pages)',
      'build:done',
      'modules and chunks per environment: sync client modules 0, client modules 3, client chunks 2',
    ]);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/CPU +\d+ ms {3}wall +\d+ ms$/);
  });
});
