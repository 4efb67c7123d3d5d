/**
 * npm run handouts -- <workshop-id>
 *
 * Prints a workshop's handouts as A4 PDFs into handouts/<workshop-id>/: the agenda, one role
 * card per page (public and secret brief of that role only) and one observer sheet per role
 * play, plus blank worksheets once the worksheet pages exist. Uses the trainer edition in
 * dist-trainer/ (built first when missing) and the same Chromium as the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findCaseFiles, validateFiles } from '../src/model/loadAccounts.ts';
import { formatProblem } from '../src/validation/problem.ts';
import { scenariosUsed, worksheetsUsed } from '../src/workshops/agenda.ts';
import { HANDOUT_PARTS, expectedPages, handoutPath } from '../src/workshops/handouts.ts';
import { validateWorkshopContent } from '../src/workshops/load.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { serveStatic } from './serve.ts';

const DIST = 'dist-trainer';
const root = process.cwd();
const id = process.argv.slice(2).find((arg) => !arg.startsWith('-'));

const caseFiles = validateFiles(root, findCaseFiles(root));
const content = validateWorkshopContent(root, caseFiles.known);
const errors = [...caseFiles.problems, ...content.problems].filter((problem) => problem.severity === 'error');
if (errors.length > 0) {
  console.error(errors.map(formatProblem).join('\n'));
  process.exit(1);
}
const workshop = content.workshops.find((candidate) => candidate.id === id);
if (!workshop) {
  const known = content.workshops.map((candidate) => candidate.id).join(', ');
  console.error(`${id ? `No workshop "${id}". ` : ''}Usage: npm run handouts -- <workshop-id>  (one of: ${known})`);
  process.exit(1);
}

if (!existsSync(join(DIST, 'workshops', workshop.id, 'handouts'))) {
  console.log(
    `${DIST}/ has no handouts for ${workshop.id}: building the trainer edition first (npm run build:trainer)…`,
  );
  const build = spawnSync('npm', ['run', '-s', 'build:trainer'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Pages of a PDF as Chromium writes them (one `/Type /Page` object per page). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

const scenarios = scenariosUsed(workshop).flatMap((scenarioId) => content.scenarios.filter((s) => s.id === scenarioId));
const outDir = join('handouts', workshop.id);
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(DIST, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage();
  const print = async (path: string, name: string, expected?: number) => {
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = join(outDir, `${name}.pdf`);
    writeFileSync(file, pdf);
    const pages = pageCount(pdf);
    const ok = expected === undefined || pages === expected;
    if (!ok) failed = true;
    console.log(
      `${ok ? '✓' : '✗'} ${file}  ${pages} page${pages === 1 ? '' : 's'}${ok ? '' : `; expected ${expected}: something runs over one A4 page, shorten it`}`,
    );
  };
  for (const part of HANDOUT_PARTS) await print(handoutPath(workshop.id, part), part, expectedPages(part, scenarios));
  for (const kind of worksheetsUsed(workshop)) {
    const blank = `/worksheets/${kind}/blank/`;
    if (existsSync(join(DIST, blank, 'index.html'))) await print(blank, `worksheet-${kind}`);
    else console.log(`· worksheet ${kind}: no page ${blank} in this build yet, skipped`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
