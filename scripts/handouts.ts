/**
 * npm run handouts -- <workshop-id> [--per-role]
 * npm run handouts -- --book [--edition trainee|trainer|public]
 * (either form takes --out <dir>, handouts/ when absent, and --dist <dir> to print from a site
 * built elsewhere, such as the tests' fixture site, instead of the edition's own folder)
 *
 * A workshop: A4 PDFs into <out>/<workshop-id>/: the agenda, one role card per page (public and
 * secret brief of that role only), one observer sheet per role play and the blank worksheets the
 * agenda uses. With --per-role: one PDF per role instead, <out>/<workshop-id>/roles/<scenario>--<role>.pdf,
 * so each player can be sent only their own card. Uses the trainer edition in dist-trainer/.
 *
 * --book: the whole workbook of an edition (the trainee edition unless --edition says otherwise)
 * as one A4 PDF, <out>/book.pdf (book-trainer.pdf, book-public.pdf), with page numbers in the
 * footer and in the contents: a first print finds the page each part starts on, a second print
 * carries those numbers and is checked against them.
 *
 * Builds the edition first when its output has no such pages. Prints with the same Chromium as
 * the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { contentRoot } from '../src/model/contentRoot.ts';
import { EDITION_OUT_DIRS, editionFromEnv, editionWith, featuresOf, type Edition } from '../src/model/edition.ts';
import { findCaseFiles, validateFiles } from '../src/model/loadAccounts.ts';
import { formatProblem } from '../src/validation/problem.ts';
import { scenariosUsed, worksheetsUsed } from '../src/workshops/agenda.ts';
import { HANDOUT_PARTS, expectedPages, handoutPath } from '../src/workshops/handouts.ts';
import { validateWorkshopContent } from '../src/workshops/load.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/build/chromium.ts';
import { namedDestinationPages, pdfPageCount } from './pdf.ts';
import { serveStatic } from './serve.ts';

const USAGE = 'Usage: npm run handouts -- <workshop-id> [--per-role] | --book [--edition trainee|trainer|public]';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    book: { type: 'boolean', default: false },
    'per-role': { type: 'boolean', default: false },
    edition: { type: 'string' },
    out: { type: 'string', default: 'handouts' },
    dist: { type: 'string' },
  },
});
const outRoot = options.out;

/** Builds the edition when its folder lacks the page the command prints from (never a --dist site). */
function ensureBuilt(edition: Edition, page: string) {
  const dir = options.dist ?? EDITION_OUT_DIRS[edition];
  if (existsSync(join(dir, page, 'index.html'))) return dir;
  if (options.dist) {
    console.error(`${dir}/ has no ${page}/: build that site first`);
    process.exit(1);
  }
  console.log(`${dir}/ has no ${page}/: building the ${edition} edition first…`);
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, EDITION: edition } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return dir;
}

/** Serves `dir`, opens one Chromium tab, and closes both whatever happens. */
async function withPage<T>(dir: string, work: (page: Page, base: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(dir, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    return await work(page, base);
  } finally {
    await browser.close();
    server.close();
  }
}

const report = (ok: boolean, file: string, pages: number, note = '') =>
  console.log(`${ok ? '✓' : '✗'} ${file}  ${pages} page${pages === 1 ? '' : 's'}${note}`);

async function printBook(): Promise<boolean> {
  let edition: Edition;
  try {
    edition = editionFromEnv(options.edition);
  } catch {
    console.error(`--edition must be one of trainee, trainer, public; found "${options.edition}"\n${USAGE}`);
    return false;
  }
  const dir = ensureBuilt(edition, 'book');
  const file = join(outRoot, featuresOf(edition).bookPdf);
  return withPage(dir, async (page, base) => {
    await page.goto(`${base}/book/`, { waitUntil: 'load' });
    const print = () =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
        headerTemplate:
          '<div style="font-size:7pt;width:100%;margin:0 14mm;color:#4a5568;text-align:right"><span class="title"></span></div>',
        footerTemplate:
          '<div style="font-size:8pt;width:100%;text-align:center;color:#4a5568"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
    const entries = await page
      .locator('[data-page-of]')
      .evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.pageOf!));
    // Every contents entry is a link, so Chromium records the page its target landed on.
    const first = namedDestinationPages(await print());
    const missing = entries.filter((id) => !first.has(id));
    if (missing.length > 0) {
      console.error(`✗ ${file}: no page found for ${missing.join(', ')} (is each one linked from the contents?)`);
      return false;
    }
    const numbers = Object.fromEntries(entries.map((id) => [id, first.get(id)!]));
    await page.evaluate((pages) => {
      document.querySelectorAll<HTMLElement>('[data-page-of]').forEach((span) => {
        span.textContent = String(pages[span.dataset.pageOf!]);
      });
    }, numbers);
    const pdf = await print();
    const second = namedDestinationPages(pdf);
    const moved = entries.filter((id) => second.get(id) !== numbers[id]);
    mkdirSync(outRoot, { recursive: true });
    writeFileSync(file, pdf);
    report(moved.length === 0, file, pdfPageCount(pdf), `, contents with ${entries.length} entries and page numbers`);
    if (moved.length > 0) console.error(`  page numbers moved in the second print: ${moved.join(', ')}`);
    return moved.length === 0;
  });
}

async function printWorkshop(id: string | undefined): Promise<boolean> {
  const root = contentRoot();
  const caseFiles = validateFiles(root, findCaseFiles(root));
  const content = validateWorkshopContent(root, caseFiles.known);
  const errors = [...caseFiles.problems, ...content.problems].filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    console.error(errors.map(formatProblem).join('\n'));
    return false;
  }
  const workshop = content.workshops.find((candidate) => candidate.id === id);
  if (!workshop) {
    const known = content.workshops.map((candidate) => candidate.id).join(', ');
    console.error(`${id ? `No workshop "${id}". ` : ''}${USAGE}  (workshops: ${known})`);
    return false;
  }
  const dir = ensureBuilt(editionWith('handouts'), join('workshops', workshop.id, 'handouts', 'role-cards'));
  const scenarios = scenariosUsed(workshop).flatMap((scenarioId) =>
    content.scenarios.filter((s) => s.id === scenarioId),
  );
  const outDir = join(outRoot, workshop.id);
  mkdirSync(outDir, { recursive: true });

  return withPage(dir, async (page, base) => {
    let ok = true;
    const save = async (name: string, expected?: number) => {
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const file = join(outDir, `${name}.pdf`);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, pdf);
      const pages = pdfPageCount(pdf);
      const fits = expected === undefined || pages === expected;
      if (!fits) ok = false;
      report(fits, file, pages, fits ? '' : `; expected ${expected}: something runs over one A4 page, shorten it`);
    };

    if (options['per-role']) {
      // One card per file: every other card is taken out of the page before it prints.
      for (const scenario of scenarios) {
        for (const role of scenario.roles) {
          await page.goto(`${base}${handoutPath(workshop.id, 'role-cards')}`, { waitUntil: 'load' });
          const kept = await page.evaluate(
            ([scenarioId, roleId]) => {
              const cards = [...document.querySelectorAll<HTMLElement>('[data-handout-page][data-role]')];
              const others = cards.filter(
                (card) => card.dataset.scenario !== scenarioId || card.dataset.role !== roleId,
              );
              others.forEach((card) => card.remove());
              return cards.length - others.length;
            },
            [scenario.id, role.id] as const,
          );
          if (kept !== 1) {
            console.error(`✗ ${scenario.id} / ${role.id}: ${kept} cards found on the role-cards page, expected 1`);
            ok = false;
            continue;
          }
          await save(join('roles', `${scenario.id}--${role.id}`), 1);
        }
      }
      return ok;
    }

    for (const part of HANDOUT_PARTS) {
      await page.goto(`${base}${handoutPath(workshop.id, part)}`, { waitUntil: 'load' });
      await save(part, expectedPages(part, scenarios));
    }
    for (const kind of worksheetsUsed(workshop)) {
      // `?blank`: the sheet as a trainee prints it for paper, empty lines and nothing saved.
      await page.goto(`${base}/worksheets/${kind}/blank/?blank`, { waitUntil: 'load' });
      await page.locator('#ws-body > *').first().waitFor({ state: 'attached' });
      await save(`worksheet-${kind}`);
    }
    return ok;
  });
}

const ok = options.book ? await printBook() : await printWorkshop(positionals[0]);
process.exit(ok ? 0 : 1);
