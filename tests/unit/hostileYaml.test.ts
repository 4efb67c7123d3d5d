/**
 * Hostile YAML (an alias without anchor, an alias bomb, nesting hundreds of levels deep,
 * duplicate keys, tabs, a BOM) becomes located problems in every reader of sources: case files,
 * scenarios, agendas, question files, chapters, the glossary, the browser's own-account import,
 * `npm run validate`, `npm run sanitize`, the scan's allow list and the publish gate. Nothing throws, nothing hangs, and Node's quick reading (plainYaml.ts) and
 * the browser's `yaml` alone give the same problems.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCaseFile } from '../../src/ownAccounts/caseFile.ts';
import { gateDecisions } from '../../src/sanitize/gateFiles.ts';
import { loadScanRules, parseAllowList } from '../../src/sanitize/scan.ts';
import { validateSelfCheckText } from '../../src/assessment/validate.ts';
import { checkContent } from '../../src/validation/contentFiles.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';
import { readYamlQuickly } from '../../src/validation/plainYaml.ts';
import { formatProblem, type Problem } from '../../src/validation/problem.ts';
import { validateAccountText } from '../../src/validation/validateAccount.ts';
import { validateScenarioText, validateWorkshopText } from '../../src/validation/workshopFiles.ts';
import { MAX_ALIAS_VALUES, MAX_NESTING, readYamlSource, useQuickYamlReader } from '../../src/validation/yamlSource.ts';
import { SMALL_ACCOUNT_YAML } from './helpers.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');
afterEach(() => useQuickYamlReader(undefined));

const root = fileURLToPath(new URL('../..', import.meta.url));
const lines = (problems: readonly Problem[]) => problems.map(formatProblem);

/** Nine anchors, each a list of nine aliases of the one before: 9⁹ values when expanded. */
const ALIAS_BOMB = [
  'id: bomb',
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'.split('').map((name, index) => {
    const before = 'abcdefghi'[index]!;
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${before}`).join(', ')}]`;
  }),
  '',
].join('\n');

/** The small fixture with one line added at its end. */
const withLine = (line: string) => `${SMALL_ACCOUNT_YAML.trimEnd()}\n${line}\n`;

/** The same problems whether Node's quick reading is installed or not (the browser's case). */
function bothWays(read: () => Problem[]): string[] {
  useQuickYamlReader(undefined);
  const browser = lines(read());
  readYamlQuickly();
  expect(lines(read())).toEqual(browser);
  useQuickYamlReader(undefined);
  return browser;
}

describe('hostile YAML in a case file becomes located problems', () => {
  it('reports an alias with no anchor at the alias, with its field path', () => {
    const text = SMALL_ACCOUNT_YAML.replace(/^(name: ).*$/m, '$1*clinic-name');
    expect(bothWays(() => validateAccountText('accounts/test.yaml', text).problems)).toEqual([
      'accounts/test.yaml:3:7  name  YAML syntax: the alias *clinic-name has no anchor: expected content marked &clinic-name earlier in the file; write &clinic-name first, or replace *clinic-name with the content itself',
    ]);
  });

  it('names the person an unknown alias stands in', () => {
    const text = SMALL_ACCOUNT_YAML.replace(/^( {4}unit: ).*$/m, '$1*office');
    const [line] = bothWays(() => validateAccountText('accounts/test.yaml', text).problems);
    expect(line).toMatch(
      /^accounts\/test\.yaml:\d+:11 {2}people\[0\] \([^)]+\)\.unit {2}YAML syntax: the alias \*office/,
    );
  });

  it('reports an alias inside its own anchor instead of reading endless data', () => {
    expect(bothWays(() => validateAccountText('accounts/test.yaml', 'id: x\nname: &n [a, *n]\n').problems)).toEqual([
      'accounts/test.yaml:2:14  name[1]  YAML syntax: the alias *n stands inside its own anchor &n, so it never ends; write the content out instead',
    ]);
  });

  it('refuses an alias bomb at once, at the alias that goes over the limit', () => {
    const started = performance.now();
    const problems = bothWays(() => validateAccountText('accounts/test.yaml', ALIAS_BOMB).problems);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([
      `accounts/test.yaml:6:8  e[0]  YAML syntax: the alias *d makes the file expand to more than ${MAX_ALIAS_VALUES.toLocaleString('en')} values, which would exhaust time and memory (an "alias bomb"); write the content out and use fewer aliases`,
    ]);
  });

  it('reads aliases a file may fairly use, beyond the hundred that yaml counts', () => {
    const uses = Array.from({ length: 150 }, (_, index) => `  - { id: u${index}, name: *n }`).join('\n');
    const source = readYamlSource('accounts/test.yaml', `title: &n 院办\nunits:\n${uses}\n`);
    expect(source.problems).toEqual([]);
    expect((source.data as { units: { name: string }[] }).units[149]!.name).toBe('院办');
  });

  it('refuses lists nested deeper than the limit, in brackets and by indentation alike', () => {
    const depth = MAX_NESTING + 1;
    const flow = `id: x\nname: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    expect(bothWays(() => validateAccountText('accounts/test.yaml', flow).problems)).toEqual([
      `accounts/test.yaml:2:${5 + depth}  name${'[0]'.repeat(depth - 2)}  YAML syntax: lists or fields are nested more than ${MAX_NESTING} levels deep; expected a few levels of fields and lists: check that brackets are paired`,
    ]);
    const block = `id: x\nnotes:\n${Array.from({ length: depth }, (_, level) => `${' '.repeat(level + 1)}k:`).join('\n')} 1\n`;
    const [line, ...rest] = bothWays(() => validateAccountText('accounts/test.yaml', block).problems);
    expect(rest).toEqual([]);
    expect(line).toMatch(
      /^accounts\/test\.yaml:\d+:\d+ {2}notes(\.k)+ {2}YAML syntax: lists or fields are nested more than 64/,
    );
  });

  it('refuses a field name written as a list or map where it is, and the reader warns of nothing', () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const text = withLine('[a, b]: 1\n? {k: v}\n: 2');
      const problems = bothWays(() => validateAccountText('accounts/test.yaml', text).problems);
      const firstLine = SMALL_ACCOUNT_YAML.trimEnd().split('\n').length + 1;
      const message =
        'YAML syntax: a field name is written as a list or map (square or curly brackets); a field name is text, as in name: …; to write a list, put it after the colon';
      expect(problems).toEqual([
        `accounts/test.yaml:${firstLine}:1  (this line)  ${message}`,
        `accounts/test.yaml:${firstLine + 1}:3  (this line)  ${message}`,
      ]);
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      warnings.mockRestore();
    }
  });

  it('reports nesting thousands of levels deep as too deep, not as a crash', () => {
    const started = performance.now();
    const text = `id: x\nname: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const problems = bothWays(() => validateAccountText('accounts/test.yaml', text).problems);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^accounts\/test\.yaml:2:\d+ {2}\(this line\) {2}YAML syntax: lists or fields are nested more than 64/,
    );
  });

  it('reports duplicate keys, tab indentation and a BOM alike with and without the quick reading', () => {
    expect(bothWays(() => validateAccountText('accounts/test.yaml', withLine('id: again')).problems)).toEqual([
      expect.stringMatching(/^accounts\/test\.yaml:\d+:1 {2}\(this line\) {2}YAML syntax: this field appears twice/),
    ]);
    expect(bothWays(() => validateAccountText('accounts/test.yaml', 'id: a\npeople:\n\t- id: x\n').problems)).toEqual([
      expect.stringMatching(
        /^accounts\/test\.yaml:3:1 {2}people\[0\] \(x\) {2}YAML syntax: a tab is used for indentation/,
      ),
    ]);
    expect(bothWays(() => validateAccountText('accounts/test.yaml', `\uFEFF${SMALL_ACCOUNT_YAML}`).problems)).toEqual([
      'accounts/test.yaml:1:1  (file)  warning: the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM',
    ]);
  });
});

describe('hostile YAML in every other reader of sources', () => {
  const known = {
    accounts: new Map(),
    chapters: new Set<string>(),
    scenarios: new Map(),
    workshops: new Set<string>(),
  };
  const fileInput = (file: string, text: string) => ({ file, text, expectedId: 'x' });

  it.each([
    ['an unknown alias', 'id: x\ntitle: *nope\n', /alias \*nope has no anchor/],
    ['an alias bomb', ALIAS_BOMB, /alias bomb/],
    ['deep nesting', `id: x\ntitle: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, /nested more than 64 levels/],
  ])(
    '%s: scenarios, agendas, question files, chapters, the glossary and the own-account import',
    (_, text, message) => {
      const readers: [string, () => Problem[]][] = [
        ['scenario', () => validateScenarioText(fileInput('accounts/x/scenarios/x.yaml', text), known).problems],
        ['agenda', () => validateWorkshopText(fileInput('content/workshops/x.yaml', text), known).problems],
        ['question file', () => validateSelfCheckText(fileInput('content/quizzes/x.yaml', text), known).problems],
        [
          'chapter',
          () =>
            checkContent({
              chapters: [{ file: 'content/chapters/x.mdx', text: `---\n${text}---\n` }],
              glossary: { file: 'content/glossary.yaml', text: '[]\n' },
              accountIds: new Set(),
            }).problems,
        ],
        [
          'glossary',
          () =>
            checkContent({ chapters: [], glossary: { file: 'content/glossary.yaml', text }, accountIds: new Set() })
              .problems,
        ],
        [
          'own-account import',
          () => importCaseFile('x.yaml', text, { trainee: 't', group: 'g' }, '2026-01-01T00:00:00Z').problems,
        ],
      ];
      for (const [reader, read] of readers) {
        const problems = bothWays(read);
        expect(
          problems.some((line) => message.test(line)),
          `${reader}: ${problems.join('\n')}`,
        ).toBe(true);
      }
    },
  );

  it('npm run validate prints the problem and exits 1, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-hostile-'));
    writeFileSync(join(dir, 'alias.yaml'), 'id: x\nname: *nope\n');
    writeFileSync(join(dir, 'bomb.yaml'), ALIAS_BOMB);
    const result = spawnSync(
      process.execPath,
      ['scripts/validate.ts', '--lang', 'en', join(dir, 'alias.yaml'), join(dir, 'bomb.yaml')],
      { cwd: root, encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('alias.yaml:2:7  name  YAML syntax: the alias *nope has no anchor');
    expect(result.stdout).toContain('bomb.yaml:6:8  e[0]  YAML syntax: the alias *d makes the file expand');
    expect(result.stderr).not.toContain('    at ');
  });

  it('npm run sanitize lists every file it cannot read, with lines, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-hostile-sanitize-'));
    mkdirSync(join(dir, 'real', 'scenarios'), { recursive: true });
    writeFileSync(join(dir, 'real', 'account.yaml'), ALIAS_BOMB);
    writeFileSync(join(dir, 'real', 'scenarios', 'talk.yaml'), 'id: talk\ntitle: *nope\n');
    writeFileSync(join(dir, 'org.yaml'), 'name: [市一院\n');
    const result = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'sanitize.ts'), 'real/account.yaml', '--id', 'case-x', '--org', 'org.yaml'],
      { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, UI_LOCALE: 'en' } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      '3 problems in the files to sanitize:',
      'org.yaml:2:1  (this line)  YAML syntax: the indentation does not line up with the entry above (Flow sequence in block collection must be sufficiently indented and end with a ])',
      'real/account.yaml:6:8  e[0]  YAML syntax: the alias *d makes the file expand to more than 10,000 values, which would exhaust time and memory (an "alias bomb"); write the content out and use fewer aliases',
      'real/scenarios/talk.yaml:2:8  title  YAML syntax: the alias *nope has no anchor: expected content marked &nope earlier in the file; write &nope first, or replace *nope with the content itself',
      '',
    ]);
    expect(existsSync(join(dir, 'accounts'))).toBe(false);
  });

  it('the allow list and the publish gate report or skip a text that does not read, without throwing', () => {
    expect(parseAllowList('- text: *nope\n', 'scan-allow.yaml').problems).toEqual([
      'scan-allow.yaml:1:9  [0].text  YAML syntax: the alias *nope has no anchor: expected content marked &nope earlier in the file; write &nope first, or replace *nope with the content itself',
    ]);
    expect(parseAllowList('', 'scan-allow.yaml')).toEqual({ allow: new Set(), problems: [] });
    const dir = mkdtempSync(join(tmpdir(), 'kam-hostile-gate-'));
    mkdirSync(join(dir, 'accounts', 'bomb'), { recursive: true });
    writeFileSync(join(dir, 'accounts', 'bomb', 'account.yaml'), ALIAS_BOMB);
    expect(gateDecisions(dir, loadScanRules(dir)).size).toBe(0);
  });
});
