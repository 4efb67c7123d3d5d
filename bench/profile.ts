/**
 * Where a build spends its CPU: builds a scratch copy of the project holding the build measure's
 * 1× corpus (50 synthetic accounts × 40 people beside the samples) with V8's CPU profiler on,
 * then sums self time per package or source file and per function, from every thread's profile.
 *
 *   npm run bench:profile                       cold caches
 *   npm run bench:profile -- --warm             a second build over the first one's caches
 *   npm run bench:profile -- --accounts 10 --people 20 --edition trainer --top 40
 *   npm run bench:profile -- --focus '^astro$'   total time of Astro's own functions
 *   npm run bench:profile -- --reuse            the last run's profiles again (another --focus)
 *   npm run bench:profile -- --phases           CPU and wall time by phase instead (no profiler)
 *
 * The profiles stay in bench/work/profile/cpu/ (open one in Chrome DevTools' Performance panel);
 * the summary prints. Not a measure: a tool for finding what to cut.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { astroBin, coldBuild, countHtml, run, scratchProject, writeSyntheticAccounts } from './lib.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const warm = args.includes('--warm');
const phases = args.includes('--phases');
const accounts = Number(option('accounts', '50'));
const people = Number(option('people', '40'));
const edition = option('edition', 'trainee');
const top = Number(option('top', '30'));
/** Whose functions the total-time table lists: the project's (and its built chunks) by default. */
const focus = new RegExp(option('focus', String.raw`^(src\/|astro\.config|\(built chunk\))`));

const root = fileURLToPath(new URL('..', import.meta.url));
const workDir = join(root, 'bench', 'work');
const reuse = args.includes('--reuse');
const project = reuse
  ? join(workDir, 'profile')
  : scratchProject({ root, quick: false, runs: 1, chromiumPath: '', workDir }, 'profile');
const profileDir = join(project, 'cpu');
const env = { EDITION: edition, ASTRO_TELEMETRY_DISABLED: '1' };
let log = '';
let wall = 0;
if (!reuse) {
  writeSyntheticAccounts(project, accounts, people);
  // The warm case: one build first, whose caches (maps, Astro, Vite) the profiled build finds.
  if (warm) coldBuild(root, project, 'dist', env);
  else {
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'])
      rmSync(join(project, cache), { recursive: true, force: true });
  }
  rmSync(profileDir, { recursive: true, force: true });
  if (phases) {
    printPhases();
    process.exit(0);
  }
  const started = performance.now();
  log = run(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, astroBin(root), 'build', '--outDir', 'dist'],
    project,
    env,
  );
  wall = performance.now() - started;
}

/**
 * The build once more, without the profiler, through a config that wraps the project's and adds
 * the phase marks (bench/phaseMarks.ts) first; prints the process's CPU time by phase.
 */
function printPhases() {
  const table = join(project, 'phases.txt');
  const marks = pathToFileURL(fileURLToPath(new URL('phaseMarks.ts', import.meta.url))).href;
  writeFileSync(
    join(project, 'phases.config.mjs'),
    `import config from './astro.config.mjs';\nimport { phaseMarks } from ${JSON.stringify(marks)};\n` +
      `export default { ...config, integrations: [phaseMarks(${JSON.stringify(table)}), ...(config.integrations ?? [])] };\n`,
  );
  const started = performance.now();
  run(process.execPath, [astroBin(root), 'build', '--outDir', 'dist', '--config', 'phases.config.mjs'], project, env);
  console.log(
    `${warm ? 'warm' : 'cold'} ${edition} build, ${accounts} accounts × ${people} people: ${countHtml(join(project, 'dist'))} pages, ` +
      `wall ${((performance.now() - started) / 1000).toFixed(1)} s; CPU time of the build's process by phase (every thread):`,
  );
  console.log(readFileSync(table, 'utf8'));
}

/** Where a script comes from: an npm package, a project source file, Node itself, or V8. */
function origin(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  // The map worker runs the renderer bundled into one file (mapLayoutPool.ts: workerScript).
  if (url.includes('/kam-map-worker/')) return 'src/maps/flowchart (bundled in the map worker)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const source = /\/(src\/.*?|astro\.config\.mjs|content\/.*?)(\?.*)?$/.exec(url);
  if (source) return source[1]!;
  if (url.includes('/dist/')) return '(built chunk) ' + url.replace(/.*\/dist\//, 'dist/');
  return url.replace(/^file:\/\//, '').replace(project, '.');
}

const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
const inclusive = new Map<string, number>();
const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'}  ${origin(node.callFrame.url, node.callFrame.functionName)}:${node.callFrame.lineNumber + 1}`;
let total = 0;
const files = readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile'));
for (const file of files) {
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id)!;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    if (node.callFrame.functionName === '(idle)') return;
    total += ms;
    const where = origin(node.callFrame.url, node.callFrame.functionName);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + ms);
    const self = label(node);
    byFunction.set(self, (byFunction.get(self) ?? 0) + ms);
    // Inclusive time of the project's own functions: each counted once per sample.
    const seen = new Set<string>();
    for (let frame: ProfileNode | undefined = node; frame; frame = nodes.get(parents.get(frame.id) ?? -1)) {
      if (!focus.test(origin(frame.callFrame.url, frame.callFrame.functionName))) continue;
      const name = label(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
};
console.log(
  `${warm ? 'warm' : 'cold'} ${edition} build, ${accounts} accounts × ${people} people: ${countHtml(join(project, 'dist'))} pages, ` +
    `wall ${(wall / 1000).toFixed(1)} s; ${files.length} thread profile(s), ${(total / 1000).toFixed(1)} s sampled (not idle)`,
);
// Astro's own account of its phases, and the slowest pages it names.
console.log(
  log
    .split('\n')
    .filter((line) => /Completed in|built in|\d+ page\(s\) built/.test(line))
    .join('\n'),
);
print('Self time by package or source file', byOrigin);
print('Self time by function', byFunction);
print(`Total time (self and callees) of the functions of ${focus.source}`, inclusive);
