/**
 * npm run scan [-- <paths>]: the PII scan. Without paths it scans every case file and scenario
 * under accounts/ (of KAM_CONTENT_ROOT when it is set). Each hit: `file:line:col  kind  excerpt`,
 * the sensitive part masked. Messages in Chinese, or English with UI_LOCALE=en.
 */

import { join } from 'node:path';
import { contentRoot } from '../src/model/contentRoot.ts';
import { formatHit, listScannable, loadScanRules, scanFiles } from '../src/sanitize/scan.ts';
import { say } from '../src/validation/messages.ts';

const root = contentRoot();
const paths = process.argv.slice(2);
const targets = paths.length > 0 ? paths : [join(root, 'accounts')];
const rules = loadScanRules(root);
for (const problem of rules.problems) console.error(problem);
const files = listScannable(targets).filter((path) => !/\.schema\.json$|sanitize-record\.json$/.test(path));
const hits = files.flatMap((path) => scanFiles(root, [path], rules));
for (const hit of hits) console.log(formatHit(hit));
const totals = { files: files.length, denylist: rules.denylist.length, allow: rules.allow.size, hits: hits.length };
if (hits.length > 0 || rules.problems.length > 0) {
  console.error(`\n${say().scanFound(totals)}`);
  process.exit(1);
}
console.log(say().scanClean(totals));
