/**
 * `npm run sanitize` and `npm run scan` as a team runs them on a real case: one 1,000-person
 * account, in a fresh process each (Node start included). The sanitizer scans what it wrote, so
 * its figure is "sanitize + scan" (target under 2 s); a later `npm run scan` of the copy is
 * reported apart. CPU time beside wall-clock: on a busy machine the CPU figures are steadier.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { figure, timeNode, writeSyntheticAccounts, type Timing } from '../lib.ts';
import type { Figure, Measure } from '../types.ts';

export const measure: Measure = async (context) => {
  const people = context.quick ? 200 : 1000;
  const dir = join(context.workDir, 'sanitize-large');
  const timings = { sanitize: [] as Timing[], scan: [] as Timing[] };
  for (let run = 0; run < context.runs; run++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'accounts'), { recursive: true });
    writeSyntheticAccounts(dir, 1, people, 'real');
    const source = join('accounts', 'real-0001', 'account.yaml');
    timings.sanitize.push(timeNode(join(context.root, 'scripts', 'sanitize.ts'), [source, '--id', 'case-0001'], dir));
    timings.scan.push(timeNode(join(context.root, 'scripts', 'scan.ts'), [join('accounts', 'case-0001')], dir));
  }
  const name = `one ${people.toLocaleString('en')}-person account`;
  const figures: Figure[] = [
    figure(
      `sanitize + scan (npm run sanitize): ${name}`,
      'ms',
      timings.sanitize.map((timing) => timing.wall),
      'target < 2000 ms',
    ),
    figure(
      `sanitize + scan (npm run sanitize): ${name}: CPU`,
      'ms',
      timings.sanitize.map((timing) => timing.cpu),
    ),
    figure(
      `npm run scan of the sanitized copy: ${name}`,
      'ms',
      timings.scan.map((timing) => timing.wall),
    ),
    figure(
      `npm run scan of the sanitized copy: ${name}: CPU`,
      'ms',
      timings.scan.map((timing) => timing.cpu),
    ),
  ];
  return figures;
};
