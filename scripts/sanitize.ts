/**
 * npm run sanitize -- <account.yaml> [--id <new-id>] [--seed N] [--org mapping.yaml]
 *
 * Writes a sanitized copy of a real case (and its scenarios) to accounts/<new-id>/, with the
 * sanitizer's record beside it; the original is never touched. The mapping original → pseudonym
 * goes to .private/mappings/<new-id>.yaml and the originals to .private/denylist.txt, both
 * ignored by git (all under KAM_CONTENT_ROOT when it is set). Then the copy is scanned; anything left is listed for review. Messages in
 * Chinese, or English with UI_LOCALE=en.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { contentRoot } from '../src/model/contentRoot.ts';
import { editedFiles, makeRecord, parseRecord, RECORD_FILE } from '../src/sanitize/record.ts';
import { DEFAULT_SEED, sanitizeCase, type OrgMapping } from '../src/sanitize/sanitizeCase.ts';
import { DENYLIST_FILE, formatHit, loadScanRules, parseDenylist, PRIVATE_DIR, scanText } from '../src/sanitize/scan.ts';
import { say } from '../src/validation/messages.ts';
import { formatProblem, hasErrors, sortProblems, type Problem } from '../src/validation/problem.ts';
import { readYamlSource, type TopLevelExpectation } from '../src/validation/yamlSource.ts';

const root = contentRoot();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, seed: { type: 'string' }, org: { type: 'string' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const source = positionals[0];
if (!source || positionals.length > 1) {
  fail(say().sanitizeUsage());
}
if (!existsSync(source)) fail(say().sanitizeNoSource({ file: source }));
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(seed)) fail(say().sanitizeBadSeed({ value: String(values.seed) }));
if (values.id !== undefined && !/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(values.id)) {
  fail(say().sanitizeBadId({ value: values.id }));
}
// Every file is read before anything is written, and any that does not read as YAML stops the
// sanitizer with all their problems located, instead of a parser's stack trace.
const unreadable: Problem[] = [];
function readYaml<T = Record<string, unknown>>(file: string, expectation: TopLevelExpectation): T {
  const { data, problems } = readYamlSource(file, readFileSync(file, 'utf8'), expectation);
  unreadable.push(...problems.filter((problem) => problem.severity === 'error'));
  return data as T;
}

const org = values.org
  ? (readYaml<OrgMapping | null>(values.org, { shape: 'mapping', description: say().expectOrgMapping() }) ?? {})
  : undefined;
const account = readYaml(source, { shape: 'mapping', description: say().expectAccount() });
const scenarioDir = join(dirname(source), 'scenarios');
const scenarios =
  /^account\.ya?ml$/.test(basename(source)) && existsSync(scenarioDir)
    ? readdirSync(scenarioDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => ({
          id: name.replace(/\.ya?ml$/, ''),
          data: readYaml(join(scenarioDir, name), { shape: 'mapping', description: say().expectScenario() }),
        }))
    : [];
if (hasErrors(unreadable)) {
  fail(
    [
      say().problemsIn({ count: unreadable.length, where: say().whereSanitizeSources() }),
      ...sortProblems(unreadable).map(formatProblem),
    ].join('\n'),
  );
}

const result = sanitizeCase({
  account,
  scenarios,
  seed,
  ...(values.id ? { newId: values.id } : {}),
  ...(org ? { org } : {}),
});
const newId = result.mapping.account.to;
const outDir = join(root, 'accounts', newId);
// A rerun may replace the sanitizer's own earlier output, never a copy someone has edited since.
if (existsSync(join(outDir, 'account.yaml'))) {
  const recordPath = join(outDir, RECORD_FILE);
  const record = existsSync(recordPath) ? parseRecord(readFileSync(recordPath, 'utf8')) : undefined;
  const current = Object.fromEntries(
    Object.keys(record?.files ?? {})
      .filter((path) => existsSync(join(outDir, path)))
      .map((path) => [path, readFileSync(join(outDir, path), 'utf8')]),
  );
  if (!record || editedFiles(record, current).length > 0) {
    fail(say().sanitizeOutExists({ dir: `accounts/${newId}` }));
  }
  for (const path of Object.keys(record.files)) rmSync(join(outDir, path), { force: true });
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
const files: Record<string, string> = {
  'account.yaml': `# yaml-language-server: $schema=../account.schema.json\n${yaml(result.account)}`,
};
for (const scenario of result.scenarios) {
  files[`scenarios/${scenario.id}.yaml`] =
    `# yaml-language-server: $schema=../../scenario.schema.json\n${yaml(scenario.data)}`;
}
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), text);
}
writeFileSync(join(outDir, RECORD_FILE), `${JSON.stringify(makeRecord(files), null, 2)}\n`);

// The mapping and the originals stay on this machine (the folder is ignored by git).
mkdirSync(join(root, PRIVATE_DIR, 'mappings'), { recursive: true });
writeFileSync(join(root, PRIVATE_DIR, 'mappings', `${newId}.yaml`), yaml(result.mapping));
const denylistPath = join(root, DENYLIST_FILE);
const known = existsSync(denylistPath) ? readFileSync(denylistPath, 'utf8') : '# 真实姓名与机构：本地名单，不进仓库\n';
const listed = new Set(parseDenylist(known));
const added = result.denylist.filter((entry) => !listed.has(entry));
writeFileSync(denylistPath, known.replace(/\n?$/, '\n') + added.map((entry) => `${entry}\n`).join(''));

const rules = loadScanRules(root);
const hits = Object.entries(files).flatMap(([path, text]) =>
  scanText(join(outDir, path).replace(`${root}/`, ''), text, rules),
);
console.log(say().sanitizeWrote({ count: Object.keys(files).length, dir: outDir.replace(`${root}/`, '') }));
console.log(
  say().sanitizeMapped({
    renamed: result.mapping.people.length,
    days: result.mapping.offsetDays,
    mapping: `${PRIVATE_DIR}/mappings/${newId}.yaml`,
  }),
);
if (hits.length > 0) {
  console.error(`\n${say().sanitizeHits({ count: hits.length })}`);
  for (const hit of hits) console.error(formatHit(hit));
  process.exit(1);
}
console.log(say().sanitizeClean());
