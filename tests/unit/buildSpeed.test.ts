/**
 * The machinery that makes builds and rebuilds cheaper without changing what they write: the
 * incremental build's page keys, the disk cache of validations, and the map workers.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BUILD_CACHE_ROOT, cached, codeFingerprint, generationDir } from '../../src/build/buildCache.ts';
import { layoutInPool, mapWorkerCount, workerScript } from '../../src/build/mapLayoutPool.ts';
import { citedAccountIds, pageCacheKey, treeDigest } from '../../src/build/pageCacheKey.ts';
import { trustedPages } from '../../src/build/keptOutput.ts';
import { checkSources, sourcesCheckedBefore } from '../../src/build/sourceProblems.ts';
import { formatProblem, sortProblems, type Problem } from '../../src/validation/problem.ts';
import { validateWorkshopContent } from '../../src/workshops/load.ts';
import { formatPlace, placeWhenShown } from '../../src/validation/agendaPrerequisites.ts';
import { renderFlowchart } from '../../src/maps/flowchart/index.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { hostileAccount } from './diagramFixtures.ts';
import { SMALL_ACCOUNT_YAML, problemsOf, smallAccount, zhLabels } from './helpers.ts';
import { useYamlReadCache } from '../../src/validation/yamlSource.ts';

describe('incremental build keys', () => {
  it('gives the same key for the same account, edition, language and content', () => {
    expect(pageCacheKey('trainee', 'zh-CN', 'c1', smallAccount())).toBe(
      pageCacheKey('trainee', 'zh-CN', 'c1', smallAccount()),
    );
  });

  it('changes the key when the account, the edition, the language or the content changes', () => {
    const key = pageCacheKey('trainee', 'zh-CN', 'c1', smallAccount());
    const renamed = smallAccount((data) => {
      data.people[0].name = '改过的名字';
    });
    expect(pageCacheKey('trainee', 'zh-CN', 'c1', renamed)).not.toBe(key);
    expect(pageCacheKey('trainer', 'zh-CN', 'c1', smallAccount())).not.toBe(key);
    expect(pageCacheKey('trainee', 'en', 'c1', smallAccount())).not.toBe(key);
    expect(pageCacheKey('trainee', 'zh-CN', 'c2', smallAccount())).not.toBe(key);
  });

  it('digests a content folder by every file name and text, nested folders included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-digest-'));
    try {
      mkdirSync(join(dir, 'chapters'));
      writeFileSync(join(dir, 'chapters', '01.mdx'), '---\ntitle: 第一章\n---\n');
      writeFileSync(join(dir, 'glossary.yaml'), '- id: eb\n');
      const before = treeDigest(dir);
      expect(treeDigest(dir)).toBe(before);
      writeFileSync(join(dir, 'chapters', '01.mdx'), '---\ntitle: 第一章（改）\n---\n');
      const edited = treeDigest(dir);
      expect(edited).not.toBe(before);
      writeFileSync(join(dir, 'chapters', '02.mdx'), '');
      expect(treeDigest(dir)).not.toBe(edited);
      expect(treeDigest(join(dir, 'missing'))).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what a chapter cites', () => {
  it('finds the accounts of MDX props, frontmatter and self-check questions, once each', () => {
    const mdx = '<PeopleTable account="city-hospital" layer="decision" />\n<RedFlags account=\'tech-company\' />';
    const quiz = 'questions:\n  - { id: q1, kind: case, account: manufacturer, person: gm }\n';
    expect(citedAccountIds([mdx, 'account: city-hospital', quiz])).toEqual([
      'city-hospital',
      'tech-company',
      'manufacturer',
    ]);
    expect(citedAccountIds(['没有案例的章节'])).toEqual([]);
  });

  it('counts a chapter that names an account by an expression as citing every account', () => {
    expect(citedAccountIds(['<PeopleTable account={sample} />'])).toBe('all');
  });
});

describe('places in a teaching plan', () => {
  it('are located only when a message shows them, and once', () => {
    let located = 0;
    const place = placeWhenShown('content/chapters/05.mdx', () => {
      located++;
      return { line: 4, column: 11 };
    });
    expect(located).toBe(0);
    expect(formatPlace(place)).toBe('content/chapters/05.mdx:4:11');
    expect(formatPlace(place)).toBe('content/chapters/05.mdx:4:11');
    expect(located).toBe(1);
  });
});

describe('pages kept in the output folder', () => {
  const manifest = JSON.stringify({
    routes: { 'src/pages/a.astro': { paths: { '/a/x/': { outputFile: 'a/x/index.html' } } } },
  });
  const recordFor = (outDir: string, text: string) =>
    JSON.stringify({ outDir, manifest: createHash('sha256').update(text).digest('hex') });

  it('trusts the pages of the manifest that the last finished build into this folder wrote', () => {
    expect(trustedPages(manifest, recordFor('/p/dist', manifest), '/p/dist')).toEqual(new Set(['a/x/index.html']));
  });

  it('trusts nothing after a build into another folder, a changed manifest or a build that did not finish', () => {
    expect(trustedPages(manifest, recordFor('/p/dist-trainer', manifest), '/p/dist')).toBeUndefined();
    expect(trustedPages(manifest, recordFor('/p/dist', `${manifest} `), '/p/dist')).toBeUndefined();
    expect(trustedPages(manifest, undefined, '/p/dist')).toBeUndefined();
    expect(trustedPages(undefined, recordFor('/p/dist', manifest), '/p/dist')).toBeUndefined();
  });
});

describe('disk cache of repeated build work', () => {
  const name = `kam-test-${process.pid}`;
  afterAll(() => rmSync(generationDir(BUILD_CACHE_ROOT, name, codeFingerprint()), { recursive: true, force: true }));

  it('fingerprints the project code', () => {
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('computes a value once per key and returns it as it was, undefined fields and dates kept', () => {
    let computed = 0;
    const value = () => {
      computed++;
      return { account: { id: 'a', notes: undefined }, when: new Date(0), problems: [{ line: 3 }] };
    };
    const first = cached(name, ['zh-CN', 'accounts/a.yaml', 'text'], value);
    const again = cached(name, ['zh-CN', 'accounts/a.yaml', 'text'], value);
    expect(computed).toBe(1);
    expect(again).toEqual(first);
    expect('notes' in again.account).toBe(true);
    expect(again.when).toBeInstanceOf(Date);
    cached(name, ['zh-CN', 'accounts/a.yaml', 'other text'], value);
    cached(name, ['en', 'accounts/a.yaml', 'text'], value);
    expect(computed).toBe(3);
  });

  it('computes every time with BUILD_CACHE=0', () => {
    let computed = 0;
    process.env.BUILD_CACHE = '0';
    try {
      cached(name, ['off'], () => computed++);
      cached(name, ['off'], () => computed++);
    } finally {
      delete process.env.BUILD_CACHE;
    }
    expect(computed).toBe(2);
  });
});

describe('YAML reads kept by the build', () => {
  it('locates every problem of a text read from the cache as of one parsed afresh', () => {
    const broken = SMALL_ACCOUNT_YAML.replace(/^(\s+)power: \d/m, '$1power: 很高').replace(
      /^(\s+)reportsTo: (\S+)/m,
      '$1reportsTo: 不存在的人',
    );
    const fresh = problemsOf(broken);
    expect(fresh.length).toBeGreaterThan(1);
    // A stand-in for the disk: stored values come back as copies, as v8.deserialize gives them.
    const stored = new Map<string, unknown>();
    let computed = 0;
    useYamlReadCache((key, compute) => {
      const id = key.join('\0');
      if (!stored.has(id)) {
        computed++;
        stored.set(id, compute());
      }
      return structuredClone(stored.get(id)) as never;
    });
    try {
      expect(problemsOf(broken)).toEqual(fresh);
      expect(problemsOf(broken)).toEqual(fresh);
      expect(computed).toBe(1);
    } finally {
      useYamlReadCache((_, compute) => compute());
    }
  });
});

describe('map layout workers', () => {
  it('starts one worker less than the cores (at most 3), or as many as MAP_WORKERS says', () => {
    expect(mapWorkerCount(undefined, 1)).toBe(0);
    expect(mapWorkerCount(undefined, 2)).toBe(1);
    expect(mapWorkerCount(undefined, 16)).toBe(3);
    expect(mapWorkerCount('0', 16)).toBe(0);
    expect(mapWorkerCount('2', 2)).toBe(2);
    expect(mapWorkerCount('several', 4)).toBe(0);
  });

  it('draws the very SVG the main thread draws, hostile names included', async () => {
    const source = buildOrgChart(hostileAccount(), { labels: zhLabels }).source;
    const [inWorker, inThread] = await Promise.all([layoutInPool(source, 'w'), renderFlowchart(source, 'w')]);
    expect(inWorker).toBe(inThread);
  }, 60_000);

  it('draws the first maps of a rebuild in this thread and starts workers only after them', async () => {
    // A fresh copy of the pool, whose workers are counted instead of started.
    vi.resetModules();
    vi.stubEnv('MAP_WORKERS', '1');
    const started: string[] = [];
    vi.doMock('node:worker_threads', async (original) => {
      const { EventEmitter } = await import('node:events');
      class CountedWorker extends EventEmitter {
        constructor(file: string) {
          super();
          started.push(file);
        }
        ref() {}
        unref() {}
        postMessage({ job, source, idPrefix }: { job: number; source: string; idPrefix: string }) {
          void renderFlowchart(source, idPrefix).then((svg) => this.emit('message', { job, svg }));
        }
      }
      return { ...(await original<typeof import('node:worker_threads')>()), Worker: CountedWorker };
    });
    try {
      const pool = await import('../../src/build/mapLayoutPool.ts');
      const source = buildOrgChart(smallAccount(), { labels: zhLabels }).source;
      const expected = await renderFlowchart(source, 'r');
      pool.drawInThisThreadFirst(2);
      expect(await pool.layoutInPool(source, 'r')).toBe(expected);
      expect(await pool.layoutInPool(source, 'r')).toBe(expected);
      expect(started).toEqual([]);
      expect(await pool.layoutInPool(source, 'r')).toBe(expected);
      expect(started.length).toBe(1);
    } finally {
      vi.unstubAllEnvs();
      vi.doUnmock('node:worker_threads');
      vi.resetModules();
    }
  }, 60_000);

  it("starts a worker from one bundled JavaScript module that imports only Node's own modules", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-worker-'));
    try {
      const script = await workerScript(join(process.cwd(), 'src', 'build', 'mapLayoutWorker.ts'), dir);
      expect(script.startsWith(dir)).toBe(true);
      expect(script).toMatch(/\.mjs$/);
      const code = readFileSync(script, 'utf8');
      // Every import is a Node built-in: no TypeScript file is left for the worker to strip.
      const imported = [...code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']/g)].map(
        (match) => match[1] ?? match[2],
      );
      expect(imported.length).toBeGreaterThan(0);
      expect(imported.filter((specifier) => !specifier!.startsWith('node:'))).toEqual([]);
      expect(code).toContain('function layoutOrgChart');
      // The same code is kept under the same name: a second build finds it.
      expect(await workerScript(join(process.cwd(), 'src', 'build', 'mapLayoutWorker.ts'), dir)).toBe(script);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('removes bundles of older code an hour old, and keeps recent ones and other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-worker-'));
    try {
      const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
      const old = join(dir, 'mapLayoutWorker-0123456789abcdef.mjs');
      const recent = join(dir, 'mapLayoutWorker-fedcba9876543210.mjs');
      const other = join(dir, 'notes.txt');
      for (const file of [old, recent, other]) writeFileSync(file, '');
      utimesSync(old, hourAgo, hourAgo);
      utimesSync(other, hourAgo, hourAgo);
      const script = await workerScript(join(process.cwd(), 'src', 'build', 'mapLayoutWorker.ts'), dir);
      expect(readdirSync(dir).sort()).toEqual([basename(recent), basename(script), 'notes.txt'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts the worker from its TypeScript file when it cannot be bundled', async () => {
    const missing = join(tmpdir(), 'kam-no-such-worker.ts');
    expect(await workerScript(missing, tmpdir())).toBe(missing);
  });

  it('passes a syntax error of the flowchart text back with its message', async () => {
    const error = await layoutInPool('flowchart TB\n  this is not a line we know\n', 'bad').catch((caught) => caught);
    expect(error).toBeInstanceOf(Error);
    await expect(renderFlowchart('flowchart TB\n  this is not a line we know\n', 'bad')).rejects.toThrow(
      (error as Error).message,
    );
  }, 60_000);
});

describe('sources checked once per build', () => {
  const teachingRoot = fileURLToPath(new URL('../fixtures/teaching', import.meta.url));
  const agendaLines = (problems: Problem[]) =>
    sortProblems(problems.filter((problem) => problem.file.startsWith('content/workshops/'))).map(formatProblem);

  it('reports the agendas as validating them alone does, with the chapters and glossary read once for both', () => {
    const alone = agendaLines(validateWorkshopContent(teachingRoot, new Map()).problems);
    expect(alone.length).toBeGreaterThan(0);
    expect(agendaLines(checkSources(teachingRoot))).toEqual(alone);
  });

  it('gives the pages the scenarios and agendas the config hook validated, and nothing once a source is edited', () => {
    const root = mkdtempSync(join(tmpdir(), 'kam-checked-'));
    try {
      cpSync(teachingRoot, root, { recursive: true });
      expect(sourcesCheckedBefore(root)).toBeUndefined();
      checkSources(root);
      const kept = sourcesCheckedBefore(root);
      const fresh = validateWorkshopContent(root, new Map());
      expect(kept?.workshops.scenarios).toEqual(fresh.scenarios);
      expect(kept?.workshops.workshops).toEqual(fresh.workshops);
      expect(kept && agendaLines(kept.workshops.problems)).toEqual(agendaLines(fresh.problems));
      const scenario = join(root, 'accounts/demo/scenarios/demo-meeting.yaml');
      writeFileSync(scenario, `${readFileSync(scenario, 'utf8')}\n# 改过\n`);
      expect(sourcesCheckedBefore(root)).toBeUndefined();
      checkSources(root);
      expect(sourcesCheckedBefore(root)).toBeDefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
