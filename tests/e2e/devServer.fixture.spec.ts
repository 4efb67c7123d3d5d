import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * `npm run dev` with a broken case file, on a scratch copy of the project with the fixture site's
 * content (tests/fixtures/site: small, never edited by trainers) and a port of its own: the server
 * starts, the page and Vite's overlay show the located problem (and only it: the scenario, the
 * chapters and the self-check naming the account report nothing), the terminal lists it, and
 * fixing the file brings the page back without a restart. A broken chapter frontmatter is shown
 * and recovers the same way.
 */
const SITE = resolve('tmp/dev-site');
const PORT = Number(process.env.E2E_PORT_BASE ?? 4610) + 5;
const URL_ROOT = `http://127.0.0.1:${PORT}`;
const FIXTURE_SITE = 'tests/fixtures/site';
const CASE_FILE = join(SITE, 'accounts/fixture-clinic/account.yaml');

let server: ChildProcess | undefined;
let terminal = '';

function scratchSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scan-allow.yaml', 'src']) {
    cpSync(entry, join(SITE, entry), { recursive: true });
  }
  for (const entry of ['content', 'accounts']) {
    cpSync(join(FIXTURE_SITE, entry), join(SITE, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(SITE, 'node_modules'));
}

/** Waits for the page's heading; if it never comes, says what the page and the terminal showed. */
async function expectHeading(page: Page, name: string) {
  try {
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 60_000 });
  } catch (error) {
    const shown = await page
      .locator('h1')
      .allTextContents()
      .catch(() => []);
    const lastLines = terminal.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `${String(error)}\npage ${page.url()} shows h1 ${JSON.stringify(shown)}\nterminal ends:\n${lastLines}`,
      { cause: error },
    );
  }
}

async function waitForServer(timeout: number) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (/ready in/.test(terminal)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`astro dev did not start:\n${terminal}`);
}

test.describe('the dev server and a broken case file', () => {
  test.describe.configure({ mode: 'serial' });
  test.afterAll(() => {
    server?.kill();
    rmSync(SITE, { recursive: true, force: true });
  });

  test('starts, shows the located problem, and recovers when the file is fixed', async ({ page }) => {
    test.setTimeout(360_000);
    scratchSite();
    const original = readFileSync(CASE_FILE, 'utf8');
    const broken = original.replace(/^ {4}support: 1$/m, '    support: 支持');
    expect(broken).not.toBe(original);
    writeFileSync(CASE_FILE, broken);

    server = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
      { cwd: SITE, env: { ...process.env, UI_LOCALE: 'zh-CN', FORCE_COLOR: '0' }, stdio: 'pipe' },
    );
    server.stdout!.on('data', (chunk) => (terminal += String(chunk)));
    server.stderr!.on('data', (chunk) => (terminal += String(chunk)));
    await waitForServer(150_000);

    // The terminal names the file, line, person, field and the code to write.
    expect(terminal).toMatch(
      /中有 1 个问题：\naccounts\/fixture-clinic\/account\.yaml:\d+:\d+ {2}people\[\d+\]（[a-z-]+ [^）]+）\.support（支持度） {2}应为 -2、-1、0、1、2 或 unknown；实际是 "支持"；“支持”请写成代码 1/,
    );
    expect(terminal).not.toContain('未知的客户');

    const response = await page.goto(`${URL_ROOT}/accounts/fixture-clinic/`);
    expect(response?.status()).toBe(500);
    await expect(page.locator('#source-problems')).toContainText('“支持”请写成代码 1');
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText('.support（支持度）', { timeout: 30_000 });
    await expect(overlay).toContainText('改好并保存文件，页面会自动刷新');
    await expect(overlay).not.toContainText('未知的客户');

    // Fixed and saved: the page reloads by itself and shows the account.
    writeFileSync(CASE_FILE, original);
    const name = /^name: (.+)$/m.exec(original)![1]!;
    await expectHeading(page, name);
    await expect(overlay).toHaveCount(0);
    await expect.poll(() => terminal).toContain('问题都已改好，页面已刷新');

    // A chapter's frontmatter broken and fixed the same way (Astro's own content check would stop the server).
    const chapterFile = join(SITE, 'content/chapters/01-fixture-maps.mdx');
    const chapter = readFileSync(chapterFile, 'utf8');
    writeFileSync(chapterFile, chapter.replace(/^duration: .+$/m, 'duration: 半小时'));
    // The open page gets the overlay at once; the chapter's own page shows the problem too.
    await expect(overlay).toContainText('duration（时长）  应为数字；实际是 "半小时"', { timeout: 30_000 });
    // The dev server may be reloading the open page right then (ERR_ABORTED), or still compiling the
    // chapter on a busy machine: a goto that does not land is given up and tried again.
    await expect(async () => {
      await page.goto(`${URL_ROOT}/chapters/01-fixture-maps/`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await expect(page.locator('#source-problems')).toContainText('duration（时长）', { timeout: 5_000 });
    }).toPass({ timeout: 120_000 });
    writeFileSync(chapterFile, chapter);
    const title = /^title: (.+)$/m.exec(chapter)![1]!;
    await expectHeading(page, title);

    // A later edit to a valid case file shows too, with no restart.
    // A goto that the dev server's reload leaves hanging is given up and tried again.
    await expect(async () => {
      await page.goto(`${URL_ROOT}/accounts/fixture-clinic/`, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    }).toPass({ timeout: 60_000 });
    writeFileSync(CASE_FILE, original.replace(/^name: .+$/m, 'name: 改过名字的医院'));
    await expectHeading(page, '改过名字的医院');
  });
});
