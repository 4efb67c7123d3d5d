/**
 * npm run scan [-- <paths>]: the PII scan. Without paths it scans every case file and scenario
 * under accounts/. Each hit: `file:line:col  kind  excerpt`, the sensitive part masked.
 */

import { formatHit, listScannable, loadScanRules, scanFiles } from '../src/sanitize/scan.ts';

const root = process.cwd();
const paths = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['accounts'];
const rules = loadScanRules(root);
for (const problem of rules.problems) console.error(problem);
const files = listScannable(targets).filter((path) => !/\.schema\.json$|sanitize-record\.json$/.test(path));
const hits = files.flatMap((path) => scanFiles(root, [path], rules));
for (const hit of hits) console.log(formatHit(hit));
const scanned = `${files.length} 个文件（本地名单 ${rules.denylist.length} 项，放行 ${rules.allow.size} 项）`;
if (hits.length > 0 || rules.problems.length > 0) {
  console.error(`\n扫描了 ${scanned}：发现 ${hits.length} 处疑似个人信息。`);
  process.exit(1);
}
console.log(`扫描了 ${scanned}：未发现个人信息。`);
