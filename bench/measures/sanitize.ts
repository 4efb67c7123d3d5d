/**
 * `npm run sanitize` and `npm run scan` as a team runs them on a real case: one 1,000-person
 * account, in a fresh process each (Node start included). The sanitizer's time includes its own
 * scan of what it wrote. Target: sanitize + scan under 2 s.
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
  const total = timings.sanitize.map((timing, index) => timing.wall + timings.scan[index]!.wall);
  const figures: Figure[] = [
    figure(
      `sanitize (with its scan): ${name}`,
      'ms',
      timings.sanitize.map((timing) => timing.wall),
    ),
    figure(
      `scan of the sanitized copy: ${name}`,
      'ms',
      timings.scan.map((timing) => timing.wall),
    ),
    figure(`sanitize + scan: ${name}: total`, 'ms', total, 'target < 2000 ms'),
    figure(
      `sanitize + scan: ${name}: CPU`,
      'ms',
      timings.sanitize.map((timing, index) => timing.cpu + timings.scan[index]!.cpu),
    ),
  ];
  return figures;
};
