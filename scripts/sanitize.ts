/**
 * npm run sanitize -- <account.yaml> [--id <new-id>] [--seed N] [--org mapping.yaml]
 *
 * Writes a sanitized copy of a real case (and its scenarios) to accounts/<new-id>/, with the
 * sanitizer's record beside it; the original is never touched. The mapping original → pseudonym
 * goes to .private/mappings/<new-id>.yaml and the originals to .private/denylist.txt, both
 * ignored by git. Then the copy is scanned; anything left is listed for review.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { editedFiles, makeRecord, parseRecord, RECORD_FILE } from '../src/sanitize/record.ts';
import { DEFAULT_SEED, sanitizeCase, type OrgMapping } from '../src/sanitize/sanitizeCase.ts';
import { DENYLIST_FILE, formatHit, loadScanRules, parseDenylist, PRIVATE_DIR, scanText } from '../src/sanitize/scan.ts';

const root = process.cwd();
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
  fail('用法：npm run sanitize -- <account.yaml> [--id <新 id>] [--seed <整数>] [--org <映射文件.yaml>]');
}
if (!existsSync(source)) fail(`${source}：找不到这个案例文件`);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed 应为整数；实际为“${values.seed}”`);
if (values.id !== undefined && !/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(values.id)) {
  fail(`--id 应为小写字母、数字和连字符，例如 case-hospital-a；实际为“${values.id}”`);
}
const org = values.org ? ((parse(readFileSync(values.org, 'utf8')) ?? {}) as OrgMapping) : undefined;

const account = parse(readFileSync(source, 'utf8')) as Record<string, unknown>;
const scenarioDir = join(dirname(source), 'scenarios');
const scenarios =
  /^account\.ya?ml$/.test(basename(source)) && existsSync(scenarioDir)
    ? readdirSync(scenarioDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => ({
          id: name.replace(/\.ya?ml$/, ''),
          data: parse(readFileSync(join(scenarioDir, name), 'utf8')),
        }))
    : [];

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
    fail(`accounts/${newId}/ 已存在，且不是脱敏工具上次原样写出的：请换一个 --id，或先备份、删除这个副本`);
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
console.log(`已写出 ${Object.keys(files).length} 个文件到 ${outDir.replace(`${root}/`, '')}/（原文件未改动）`);
console.log(
  `人员 ${result.mapping.people.length} 人已替换为化名，日期整体平移 ${result.mapping.offsetDays} 天，映射表见 ${PRIVATE_DIR}/mappings/${newId}.yaml（不进仓库）`,
);
if (hits.length > 0) {
  console.error(`\n扫描发现 ${hits.length} 处疑似个人信息，请人工审阅后再发布：`);
  for (const hit of hits) console.error(formatHit(hit));
  process.exit(1);
}
console.log('扫描通过。下一步：通读副本，确认无误后提交，公开版构建（npm run build:public）会再检查一次。');
