/**
 * What `astro build` and `astro dev` print and show when sources have problems, and the bundler
 * messages kept out of the build output. The broken site is a temporary copy of
 * tests/fixtures/broken-site (one case file with two errors) with an empty glossary.
 */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHarmlessBundlerLog } from '../../src/build/buildLog.ts';
import {
  CHANGES_SETTLE_MS,
  devProblems,
  isSourceFile,
  overlayError,
  problemPage,
} from '../../src/build/devProblems.ts';
import { checkSources } from '../../src/build/sourceProblems.ts';
import { sourceValidation } from '../../src/build/sourceValidation.ts';
import { perSourceVersion, sourcesChanged } from '../../src/model/sourceVersion.ts';
import { setMessageLocale, type MessageLocale } from '../../src/validation/messages.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function brokenSiteCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kam-broken-site-'));
  cpSync(fileURLToPath(new URL('../fixtures/broken-site/accounts', import.meta.url)), join(dir, 'accounts'), {
    recursive: true,
  });
  mkdirSync(join(dir, 'content/chapters'), { recursive: true });
  writeFileSync(join(dir, 'content/glossary.yaml'), '[]\n');
  return dir;
}

/** Runs the integration's setup hook as Astro would, recording what it logs and whether it exits. */
function runSetup(root: string, command: 'build' | 'dev') {
  const log: string[] = [];
  const exits: number[] = [];
  const plugins: string[] = [];
  const logger = {
    info: (message: string) => log.push(`info: ${message}`),
    warn: (message: string) => log.push(`warn: ${message}`),
    error: (message: string) => log.push(`error: ${message}`),
  };
  const integration = sourceValidation({ exit: (code) => exits.push(code) });
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    config: { root: pathToFileURL(`${root}/`) },
    command,
    logger,
    updateConfig: (config: { vite: { plugins: { name: string }[] } }) =>
      plugins.push(...config.vite.plugins.map((plugin) => plugin.name)),
  });
  return { log, exits, plugins };
}

afterEach(() => setMessageLocale('zh-CN'));

describe('a build with problems in its sources', () => {
  it('prints every located problem and stops, in either language', () => {
    const root = brokenSiteCopy();
    const result = {} as Record<MessageLocale, ReturnType<typeof runSetup>>;
    for (const locale of ['zh-CN', 'en'] as const) {
      setMessageLocale(locale);
      result[locale] = runSetup(root, 'build');
    }
    expect(result).toMatchInlineSnapshot(`
      {
        "en": {
          "exits": [
            1,
          ],
          "log": [
            "error: 2 problems in the case files, scenarios, agendas, question files, chapters or glossary:
      accounts/bad/account.yaml:4:9  sector  expected one of government, public-institution, state-owned, private, foreign, joint-venture, other; found "govt"
      accounts/bad/account.yaml:10:44  people[0] (dean 院长).unit  unknown unit "ofice": expected the id of an entry in units; did you mean "office"?",
            "error: the build stopped: fix the problems above first (npm run validate checks them on their own)",
          ],
          "plugins": [],
        },
        "zh-CN": {
          "exits": [
            1,
          ],
          "log": [
            "error: 案例文件、场景、议程、题目、章节或术语表中有 2 个问题：
      accounts/bad/account.yaml:4:9  sector（性质）  应为 government、public-institution、state-owned、private、foreign、joint-venture 或 other；实际是 "govt"
      accounts/bad/account.yaml:10:44  people[0]（dean 院长）.unit（部门）  未知的部门 "ofice"：应为 units 中某一项的 id；是不是想写 "office"？",
            "error: 构建已停止：请先改好上面的问题（npm run validate 可以单独检查）",
          ],
          "plugins": [],
        },
      }
    `);
  });

  it('astro build shows the messages without "unhandled error" or a stack trace', () => {
    const root = brokenSiteCopy();
    const integration = pathToFileURL(join(projectRoot, 'src/build/sourceValidation.ts')).href;
    writeFileSync(
      join(root, 'astro.config.mjs'),
      `import { sourceValidation } from ${JSON.stringify(integration)};\nexport default { integrations: [sourceValidation()] };\n`,
    );
    const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    const run = spawnSync(process.execPath, [astro, 'build', '--root', root], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, UI_LOCALE: 'zh-CN', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${run.stdout}${run.stderr}`.replace(/^\d\d:\d\d:\d\d /gm, '');
    expect(run.status).toBe(1);
    expect(output).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
    expect(output.trim().split('\n')).toEqual([
      '[ERROR] [kam-workbook:source-validation] 案例文件、场景、议程、题目、章节或术语表中有 2 个问题：',
      'accounts/bad/account.yaml:4:9  sector（性质）  应为 government、public-institution、state-owned、private、foreign、joint-venture 或 other；实际是 "govt"',
      'accounts/bad/account.yaml:10:44  people[0]（dean 院长）.unit（部门）  未知的部门 "ofice"：应为 units 中某一项的 id；是不是想写 "office"？',
      '[ERROR] [kam-workbook:source-validation] 构建已停止：请先改好上面的问题（npm run validate 可以单独检查）',
    ]);
  }, 60_000);

  it('an account without confidentiality is named as internal, trainer edition only, and the build goes on', () => {
    const root = brokenSiteCopy();
    const small = readFileSync(new URL('../fixtures/small-account.yaml', import.meta.url), 'utf8');
    writeFileSync(join(root, 'accounts/bad/account.yaml'), small.replace('confidentiality: public\n', ''));
    setMessageLocale('en');
    expect(runSetup(root, 'build')).toMatchInlineSnapshot(`
      {
        "exits": [],
        "log": [
          "warn: accounts/bad/account.yaml:2:1  confidentiality  warning: no confidentiality: "small-clinic" is internal, so it appears only in the trainer edition (npm run build:trainer), not in the trainee edition; write confidentiality: public if it may be shown",
        ],
        "plugins": [],
      }
    `);
  });
});

describe('the dev server with problems in its sources', () => {
  it('starts anyway: the problems are logged and its plugin shows them on every page', () => {
    const { log, exits, plugins } = runSetup(brokenSiteCopy(), 'dev');
    expect(exits).toEqual([]);
    expect(plugins).toEqual(['kam-workbook:dev-problems']);
    expect(log[0]).toMatch(
      /^error: 案例文件、场景、议程、题目、章节或术语表中有 2 个问题：\naccounts\/bad\/account.yaml:4:9/,
    );
  });

  it('the page and the overlay show the problems with every user text escaped', () => {
    const root = brokenSiteCopy();
    const file = join(root, 'accounts/bad/account.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 院长,', 'name: "<img src=x onerror=alert(1)>",'));
    const problems = checkSources(root);
    const page = problemPage(problems, '/@vite/client');
    expect(page).not.toContain('<img');
    expect(page).toContain('people[0]（dean &lt;img src=x onerror=alert(1)&gt;）.unit（部门）');
    expect(page).toContain('<title>案例文件、场景、议程、题目、章节或术语表中有 2 个问题</title>');
    expect(page).toContain('<script type="module" src="/@vite/client"></script>');
    const overlay = overlayError(problems);
    expect(overlay.message).not.toContain('<img');
    expect(overlay.message.split('<br>')).toHaveLength(2);
    expect(overlay).toMatchObject({ stack: '', hint: '开发服务器照常运行：改好并保存文件，页面会自动刷新，不必重启' });
  });

  it('checks an edited file once its save settles, not while it is still empty', () => {
    vi.useFakeTimers();
    try {
      const root = brokenSiteCopy();
      const file = join(root, 'accounts/bad/account.yaml');
      const broken = readFileSync(file, 'utf8');
      const fixed = broken.replace('sector: govt', 'sector: government').replace('unit: ofice', 'unit: office');
      const log: string[] = [];
      const sent: unknown[] = [];
      const watcher = new EventEmitter();
      const logger = {
        info: (m: string) => log.push(m),
        warn: (m: string) => log.push(m),
        error: (m: string) => log.push(m),
      };
      const plugin = devProblems({ root, problems: checkSources(root), logger });
      const server = {
        watcher,
        ws: { on: () => {}, send: (message: unknown) => sent.push(message) },
        middlewares: { use: () => {} },
        config: { base: '/' },
      };
      (plugin.configureServer as (server: unknown) => void)(server);

      // A save as the watcher may report it: one event at the truncation; the write's own event,
      // a few milliseconds later, is dropped.
      writeFileSync(file, '');
      watcher.emit('all', 'change', file);
      writeFileSync(file, fixed);
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(CHANGES_SETTLE_MS);
      expect(sent).toEqual([{ type: 'full-reload' }]);
      expect(log).toEqual(['问题都已改好，页面已刷新']);

      // Several files saved together are checked once.
      writeFileSync(file, broken);
      for (const name of ['account.yaml', 'account.yaml', 'README.md'])
        watcher.emit('all', 'change', join(root, 'accounts/bad', name));
      vi.advanceTimersByTime(CHANGES_SETTLE_MS);
      expect(sent).toHaveLength(2);
      expect(sent[1]).toMatchObject({
        type: 'error',
        err: { title: '案例文件、场景、议程、题目、章节或术语表中有 2 个问题：' },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('watches the sources it checks, nothing else', () => {
    expect(
      [
        'accounts/city-hospital/account.yaml',
        'accounts/city-hospital/scenarios/first-meeting.yaml',
        'content/chapters/04-buying-roles.mdx',
        'content/glossary.yaml',
        'content/workshops/assessments/one-day.yml',
        'src/site/data.ts',
        'dist/index.html',
        'accounts/README.md',
      ].filter(isSourceFile),
    ).toEqual([
      'accounts/city-hospital/account.yaml',
      'accounts/city-hospital/scenarios/first-meeting.yaml',
      'content/chapters/04-buying-roles.mdx',
      'content/glossary.yaml',
      'content/workshops/assessments/one-day.yml',
    ]);
  });

  it("pages' caches load again once the sources change", () => {
    let loads = 0;
    const accounts = perSourceVersion(() => ++loads);
    expect([accounts(), accounts()]).toEqual([1, 1]);
    sourcesChanged();
    expect([accounts(), accounts()]).toEqual([2, 2]);
  });
});

describe('bundler messages left out of the build output', () => {
  it('only the "use astro:head-inject" directive warning', () => {
    const directive = (name: string) => ({
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: `The semantics of the module level directive "${name}" in "content/chapters/02-five-parts.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
    });
    expect(isHarmlessBundlerLog(directive('use astro:head-inject'))).toBe(true);
    expect(isHarmlessBundlerLog(directive('use client'))).toBe(false);
    expect(isHarmlessBundlerLog({ code: 'CIRCULAR_DEPENDENCY', message: 'astro:head-inject' })).toBe(false);
  });
});
