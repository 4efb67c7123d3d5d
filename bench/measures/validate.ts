/**
 * `npm run validate` as a trainer runs it (a fresh process, all files), over 1,000 generated
 * accounts and over one 1,000-person account.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { figure, run, timeRuns, writeSyntheticAccounts } from '../lib.ts';
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
    const samples = await timeRuns(context.runs, () => run(process.execPath, [validateScript], dir));
    figures.push(figure(name, 'ms', samples, 'whole command, Node start included'));
  }
  return figures;
};
