/**
 * `npm run validate` as a trainer runs it (a fresh process, all files), over 1,000 generated
 * accounts and over one 1,000-person account: wall-clock and CPU time, Node start included.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { figure, timeNode, writeSyntheticAccounts, type Timing } from '../lib.ts';
import type { Figure, Measure } from '../types.ts';

export const measure: Measure = async (context) => {
  const validateScript = join(context.root, 'scripts', 'validate.ts');
  const corpus = (name: string, accounts: number, people: number) => {
    const dir = join(context.workDir, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'accounts'), { recursive: true });
    writeSyntheticAccounts(dir, accounts, people);
    return dir;
  };
  const accounts = context.quick ? 100 : 1000;
  const people = context.quick ? 200 : 1000;
  const cases = [
    {
      name: `validate: ${accounts.toLocaleString('en')} accounts of 20 people`,
      dir: corpus('validate-many', accounts, 20),
    },
    { name: `validate: one ${people.toLocaleString('en')}-person account`, dir: corpus('validate-large', 1, people) },
  ];
  const figures: Figure[] = [];
  for (const { name, dir } of cases) {
    const timings: Timing[] = [];
    for (let run = 0; run < context.runs; run++) timings.push(timeNode(validateScript, [], dir));
    figures.push(
      figure(
        `${name}: total`,
        'ms',
        timings.map((timing) => timing.wall),
      ),
      figure(
        `${name}: CPU`,
        'ms',
        timings.map((timing) => timing.cpu),
      ),
    );
  }
  return figures;
};
