/**
 * npm run bench                 every measure in bench/measures/, full sizes (about 10 minutes)
 * npm run bench -- --quick      smaller sizes, one run each
 * npm run bench -- build weight only the named measures (file names without .ts)
 * npm run bench -- --runs 5     repeat each timing 5 times (default 3, 1 with --quick)
 *
 * Prints a table (median, min, max per figure) and writes the same figures as JSON to
 * bench/results/latest.json. A measure that fails is reported and the others still run.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumPath } from '../src/build/chromium.ts';
import { median } from './lib.ts';
import type { BenchContext, Figure, Measure } from './types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : quick ? 1 : 3;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs expects a whole number of at least 1; found ${args[runsIndex + 1] ?? 'nothing'}`);
  process.exit(1);
}
const only = args.filter((arg, index) => !arg.startsWith('--') && (runsIndex < 0 || index !== runsIndex + 1));
const measuresDir = join(root, 'bench', 'measures');
const available = readdirSync(measuresDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => basename(file, '.ts'))
  .sort();
const unknown = only.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`bench: no measure named ${unknown.join(', ')}; expected one of ${available.join(', ')}`);
  process.exit(1);
}
const selected = only.length > 0 ? available.filter((name) => only.includes(name)) : available;

const context: BenchContext = {
  root,
  quick,
  runs,
  chromiumPath: chromiumPath(),
  workDir: join(root, 'bench', 'work'),
};
mkdirSync(context.workDir, { recursive: true });

interface MeasureResult {
  measure: string;
  seconds: number;
  figures: Figure[];
  error?: string;
}

const results: MeasureResult[] = [];
const started = performance.now();
for (const name of selected) {
  const measureStarted = performance.now();
  process.stdout.write(`▶ ${name}… `);
  try {
    const module = (await import(pathToFileURL(join(measuresDir, `${name}.ts`)).href)) as { measure?: Measure };
    if (typeof module.measure !== 'function')
      throw new Error(`bench/measures/${name}.ts exports no \`measure\` function`);
    const figures = await module.measure(context);
    const seconds = (performance.now() - measureStarted) / 1000;
    results.push({ measure: name, seconds, figures });
    console.log(`${figures.length} figures in ${seconds.toFixed(0)} s`);
  } catch (error) {
    const seconds = (performance.now() - measureStarted) / 1000;
    const message = error instanceof Error ? error.message : String(error);
    results.push({ measure: name, seconds, figures: [], error: message });
    console.log(`failed after ${seconds.toFixed(0)} s`);
    console.error(`  ${message.split('\n').join('\n  ')}`);
  }
}
const totalSeconds = (performance.now() - started) / 1000;

function format(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
    case 'bytes':
      return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    default:
      return `${Math.round(value * 100) / 100}`;
  }
}

const rows = results.flatMap((result) =>
  result.error
    ? [[result.measure, 'FAILED', '', '', '', result.error.split('\n')[0]!]]
    : result.figures.map((figure) => {
        const present = figure.samples.length > 0;
        return [
          result.measure,
          figure.name,
          present ? format(median(figure.samples), figure.unit) : 'absent',
          present ? format(Math.min(...figure.samples), figure.unit) : '',
          present ? format(Math.max(...figure.samples), figure.unit) : '',
          figure.note ?? '',
        ];
      }),
);
const header = ['measure', 'figure', 'median', 'min', 'max', 'note'];
// Width by code points: Chinese names would need a display-width library to align exactly.
const width = (text: string) => [...text].length;
const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column]!))));
const line = (cells: string[]) =>
  cells
    .map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell)))
    .join('  ')
    .trimEnd();
console.log(`\n${line(header)}\n${line(widths.map((size) => '-'.repeat(size)))}`);
for (const row of rows) console.log(line(row));

const astroVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }
).version;
const report = {
  date: new Date().toISOString(),
  quick,
  runs: context.runs,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, astro: astroVersion },
  totalSeconds,
  measures: results.map((result) => ({
    ...result,
    figures: result.figures.map((figure) => ({
      ...figure,
      median: figure.samples.length ? median(figure.samples) : null,
      min: figure.samples.length ? Math.min(...figure.samples) : null,
      max: figure.samples.length ? Math.max(...figure.samples) : null,
    })),
  })),
};
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\n${selected.length} measures in ${(totalSeconds / 60).toFixed(1)} min; figures in bench/results/latest.json`,
);
process.exit(results.some((result) => result.error) ? 1 : 0);
