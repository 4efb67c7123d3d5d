import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The publish path end to end on a scratch copy of the fixture site (the samples stay as they
 * are), built from there with KAM_CONTENT_ROOT: a case with personal data planted everywhere is
 * sanitized and published, and the same file unsanitized but claiming to be public and sanitized
 * stops the public build.
 */
const SITE = resolve('tmp/publish-site');
const FIXTURE = resolve('tests/fixtures/sanitize/planted');
const planted: string[] = JSON.parse(readFileSync(join(FIXTURE, 'planted.json'), 'utf8'));
const env = { ...process.env, KAM_CONTENT_ROOT: SITE };

function scratchSite() {
  rmSync(SITE, { recursive: true, force: true });
  cpSync('tests/fixtures/site', SITE, { recursive: true });
  // The project's accepted false positives (the SVG namespace our maps write, among others).
  cpSync('scan-allow.yaml', join(SITE, 'scan-allow.yaml'));
}

function buildPublic() {
  return spawnSync('npx', ['astro', 'build', '--outDir', join(SITE, 'dist-public')], {
    env: { ...env, EDITION: 'public' },
    encoding: 'utf8',
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test.describe('publishing a sanitized case', () => {
  test.describe.configure({ mode: 'serial' });
  test.afterAll(() => rmSync(SITE, { recursive: true, force: true }));

  test('after sanitize the public build passes and no planted string reaches dist-public', () => {
    test.setTimeout(240_000);
    scratchSite();
    const raw = join(SITE, 'real-cases', 'planted', 'account.yaml');
    cpSync(FIXTURE, join(SITE, 'real-cases', 'planted'), { recursive: true });
    for (const [id, seed] of [
      ['planted-case', '1'],
      ['planted-edited', '2'],
    ]) {
      execFileSync(process.execPath, ['scripts/sanitize.ts', raw, '--id', id!, '--seed', seed!], {
        env,
        stdio: 'pipe',
      });
    }
    // A reviewer's hand edit after sanitizing: allowed with a clean scan, and the build says so.
    const edited = join(SITE, 'accounts', 'planted-edited', 'account.yaml');
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8').replace(/^summary: .*$/m, 'summary: 审阅后改写的概况，不含个人信息。'),
    );
    const build = buildPublic();
    const log = build.stdout + build.stderr;
    expect(build.status, log).toBe(0);
    expect(log).toContain('planted-case：由脱敏工具生成，扫描通过，予以发布');
    expect(log).toContain('planted-edited：脱敏后有手工修改（account.yaml），重新扫描已通过，予以发布');
    const out = join(SITE, 'dist-public');
    for (const id of ['planted-case', 'planted-edited']) {
      expect(statSync(join(out, 'accounts', id, 'index.html')).isFile()).toBe(true);
    }
    const found = filesUnder(out)
      .filter((path) => /\.(html|json|xml|txt|svg|js)$/.test(path))
      .flatMap((path) => {
        const text = readFileSync(path, 'utf8');
        return planted.filter((needle) => text.includes(needle)).map((needle) => `${path}: ${needle}`);
      });
    expect(found).toEqual([]);
  });

  test('the same file unsanitized but marked public and sanitized stops the public build with a located list', () => {
    test.setTimeout(240_000);
    scratchSite();
    cpSync(FIXTURE, join(SITE, 'accounts', 'planted'), { recursive: true });
    rmSync(join(SITE, 'accounts', 'planted', 'planted.json'));
    const build = buildPublic();
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    expect(output).toContain('公开版构建已停止');
    expect(output).toMatch(/accounts\/planted\/account\.yaml:\d+:\d+ {2}手机号 {2}.*13\*+78/);
    expect(output).toMatch(/accounts\/planted\/scenarios\/planted-meeting\.yaml:\d+:\d+ {2}/);
    expect(output).not.toContain('13812345678');
  });
});
