/**
 * `npm run import` of a 1,000-row people spreadsheet (with its units, relations and team sheets)
 * into a new case file, in a fresh process (Node start included; target under 1 s), and the
 * same import in this process without Node's start. The spreadsheet is a synthetic account's
 * export, so every row is valid and the whole path (read, plan, write, validate) runs.
 * `npm run import` keeps Node's compile cache (NODE_COMPILE_CACHE in package.json): the first run
 * here starts with an empty one, as on a fresh checkout, the later runs reuse it, as a trainer's
 * next import does.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountSchema } from '../../src/schemas/account.ts';
import { accountSheets } from '../../src/spreadsheet/exportSheets.ts';
import { importSpreadsheet } from '../../src/spreadsheet/importAccount.ts';
import { writeXlsx } from '../../src/spreadsheet/workbook.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { figure, timeNode, type Timing } from '../lib.ts';
import type { Measure } from '../types.ts';

export const measure: Measure = async (context) => {
  const rows = context.quick ? 200 : 1000;
  const dir = join(context.workDir, 'import-large');
  const account = accountSchema.parse(syntheticAccount({ id: 'sheet-source', people: rows, seed: 7 }));
  const bytes = writeXlsx(accountSheets(account));
  const compileCache = join(dir, '..', 'import-compile-cache');
  rmSync(compileCache, { recursive: true, force: true });
  const cli: Timing[] = [];
  const inProcess: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'accounts'), { recursive: true });
    writeFileSync(join(dir, 'people.xlsx'), bytes);
    cli.push(
      timeNode(join(context.root, 'scripts', 'import.ts'), ['people.xlsx', '--id', 'imported'], dir, {
        NODE_COMPILE_CACHE: compileCache,
      }),
    );
    const started = performance.now();
    const result = importSpreadsheet({
      files: [{ file: 'people.xlsx', bytes }],
      target: 'x.yaml',
      id: 'x',
      today: '2026-11-26',
    });
    inProcess.push(performance.now() - started);
    if (result.text === undefined) throw new Error(`import bench: ${result.lines.slice(0, 3).join('\n')}`);
  }
  const name = `a ${rows.toLocaleString('en')}-row people sheet (xlsx)`;
  const [first, ...next] = cli;
  return [
    figure(`npm run import: ${name}, first run (empty compile cache)`, 'ms', [first!.wall]),
    figure(`npm run import: ${name}, first run: CPU`, 'ms', [first!.cpu]),
    ...(next.length > 0
      ? [
          figure(
            `npm run import: ${name}, next runs`,
            'ms',
            next.map((timing) => timing.wall),
            'target < 1000 ms',
          ),
          figure(
            `npm run import: ${name}, next runs: CPU`,
            'ms',
            next.map((timing) => timing.cpu),
          ),
        ]
      : []),
    figure(`import in process (no Node start): ${name}`, 'ms', inProcess),
  ];
};
