/**
 * The quick YAML reading (js-yaml with yaml's core schema, src/validation/plainYaml.ts) against
 * `yaml`'s located Document: the same data and the same problems for every sample, fixture and
 * synthetic case file, for hostile texts and for thousands of small mistakes typed into them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { seededRandom, syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { plainYamlLocator, readPlainYaml, readYamlQuickly } from '../../src/validation/plainYaml.ts';
import type { FieldPath } from '../../src/validation/problem.ts';
import { locateInDocument, parseLocated, readYamlDocument, readYamlSource } from '../../src/validation/yamlSource.ts';
import { SMALL_ACCOUNT_YAML } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Node's reading, as the build and `npm run validate` install it; readYamlDocument is the browser's.
readYamlQuickly();

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name) && !name.includes('node_modules'))
    .map((name) => join(ROOT, dir, name));
}

/** What `yaml` alone reads, as the data the quick reading must give (undefined: an error). */
function documentData(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: -1 });
}

/** What a reading gives, or the error it throws (an alias bomb), to compare as a value. */
function outcome<T>(read: () => T): T | { threw: string } {
  try {
    return read();
  } catch (error) {
    return { threw: String(error) };
  }
}

/** Every node's path in `data`, and a field and an entry that are not there. */
function pathsIn(data: unknown, path: FieldPath = []): FieldPath[] {
  const paths = [path];
  if (Array.isArray(data)) {
    data.forEach((item, index) => paths.push(...pathsIn(item, [...path, index])));
    paths.push([...path, data.length], [...path, 'missing']);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) paths.push(...pathsIn(value, [...path, key]));
    paths.push([...path, 'missing', 'deeper'], [...path, 0]);
  } else {
    paths.push([...path, 'inside']);
  }
  return paths;
}

/**
 * Both readings of a text give the same data and the same located problems, and place every
 * field (its value and its key) alike; when the quick reading alone reads it, `yaml` reads it
 * without error and to the same data.
 */
function expectSameReading(text: string, file = 'accounts/test.yaml') {
  const quick = outcome(() => {
    const source = readYamlSource(file, text);
    return { data: source.data, problems: source.problems };
  });
  expect(quick).toStrictEqual(outcome(() => readYamlDocument(file, text)));
  const withoutBom = text.replace(/^\uFEFF/, '');
  const plain = readPlainYaml(withoutBom);
  if (plain) expect(plain.data).toStrictEqual(documentData(withoutBom));
  if (!plain) return;
  const source = readYamlSource(file, text);
  const document = parseLocated(withoutBom);
  for (const path of pathsIn(plain.data)) {
    for (const key of [false, true]) {
      const where = `${JSON.stringify(path)}${key ? ' (key)' : ''}`;
      expect(source.locate(path, { key }), where).toEqual(locateInDocument(document, withoutBom, path, key));
    }
  }
}

const samples = [...yamlFilesUnder('accounts'), ...yamlFilesUnder('content'), ...yamlFilesUnder('tests/fixtures')];
const synthetic = [
  { id: 'synthetic-a', people: 40, seed: 1 },
  { id: 'synthetic-b', people: 40, seed: 7 },
  { id: 'synthetic-c', people: 300, seed: 3 },
].map((options) => ({ name: `${options.id} (${options.people} people)`, text: stringify(syntheticAccount(options)) }));

describe('the quick YAML reading gives what yaml gives', () => {
  it.each(samples.map((path) => [relative(ROOT, path), path]))('%s', (file, path) => {
    expectSameReading(readFileSync(path, 'utf8'), file);
  });

  it('reads and locates in every case file of the samples and the fixtures the quick way', () => {
    const caseFiles = samples.filter((path) => /account\.yaml$|-account\.yaml$/.test(path));
    expect(caseFiles.length).toBeGreaterThan(5);
    const declined = caseFiles.filter((path) => {
      const text = readFileSync(path, 'utf8');
      return !readPlainYaml(text) || !plainYamlLocator(text);
    });
    expect(declined.map((path) => relative(ROOT, path))).toEqual([]);
  });

  it.each(synthetic.map(({ name, text }) => [name, text]))('synthetic account %s, read the quick way', (_, text) => {
    expect(readPlainYaml(text)?.data).toStrictEqual(documentData(text));
    expectSameReading(text);
  });
});

/** Texts where YAML readers are known to differ, or that attack what reads them. */
const HOSTILE: Record<string, string> = {
  'dates stay text': 'asOf: 2026-11-20\nat: 2026-11-20T10:00:00Z\n',
  'yes, no, on, off stay text': 'a: yes\nb: no\nc: on\nd: off\ne: Y\nf: n\n',
  'booleans of YAML 1.2 only': 'a: true\nb: True\nc: TRUE\nd: false\ne: FALSE\nf: tRue\n',
  'nulls of YAML 1.2 only': 'a: ~\nb: null\nc: Null\nd: NULL\ne: nUll\nf:\ng: ""\n',
  'integers: octal 0o, hex 0x; no binary, no underscores, no old octal':
    'a: 0o17\nb: 0x1F\nc: 0b101\nd: 1_000\ne: 012\nf: +12\ng: -0\nh: 0o8\ni: 0X1F\nj: 99999999999999999999\n',
  'floats and their odd spellings':
    'a: .5\nb: 1.\nc: 1e3\nd: -1.5E-3\ne: .inf\nf: -.Inf\ng: +.INF\nh: .nan\ni: .NaN\nj: 1.0\nk: 1e\nl: 1.2.3\n',
  'keys that are numbers, booleans or null': '1: a\n0x10: b\n1.50: c\ntrue: d\n~: e\nnull: f\n',
  'a key that is empty': ': a\nb: c\n',
  'the same key plain and quoted': 'id: a\n"id": b\n',
  'a number key and its text': '1: a\n"1": b\n',
  'a duplicate key deep inside': 'people:\n  - id: a\n    name: x\n    name: y\n',
  'a key named __proto__': '__proto__: { polluted: true }\nid: a\n',
  'anchors and aliases': 'a: &x { b: 1 }\nc: *x\n',
  'an alias bomb':
    'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: [*f, *f, *f]\n',
  'merge keys are plain keys in YAML 1.2': 'base: &b { x: 1 }\nitem:\n  <<: *b\n  y: 2\n',
  'a plain << key': '<<: a\nb: c\n',
  'explicit tags': 'a: !!str 5\nb: !!int "7"\nc: !custom x\nd: !!binary aGVsbG8=\n',
  'a YAML 1.1 directive': '%YAML 1.1\n---\na: yes\nb: 0b1\n',
  'complex keys': '? [a, b]\n: c\n[d]: e\n{f: g}: h\n',
  'a flow list key in a flow map': 'a: {[b]: c}\n',
  'two documents': 'a: 1\n---\nb: 2\n',
  'a document start and end': '---\na: 1\n...\n',
  'only comments': '# nothing here\n# still nothing\n',
  empty: '',
  'only spaces': '   \n\n',
  'a list at the top': '- a\n- b\n',
  'a scalar at the top': 'just text\n',
  'a BOM': '\uFEFFid: a\n',
  'CRLF line endings': 'id: a\r\nname: 医院\r\nnotes: |\r\n  第一行\r\n  第二行\r\n',
  'a lone CR': 'id: a\rname: b\n',
  'tabs as indentation': 'people:\n\t- id: x\n',
  'a tab after a value': 'id: a\t\nname: b\t# note\n',
  'a tab inside text': 'notes: a\tb\n',
  'full-width colon and space': 'title：院长\nname:\u3000张三\n',
  'a colon with no space': 'power:4\n',
  'a colon inside text': 'notes: 他说: 明天再谈\n',
  'a hash inside text': 'notes: 第一 #2 人选\nstage: tender # 九月定\n',
  'a hash with no space': 'notes: a#b\n',
  'a value and a second field on one line': 'a: b: c\n',
  'reserved characters': 'a: @home\nb: `cmd`\n',
  'escapes in double quotes':
    'a: "\\x41\\u4e2d\\U0001F600\\N\\_\\L\\P\\e\\0\\a\\b\\t\\n\\v\\f\\r\\ \\/\\"\\\\"\nb: "line\n  folded\n\n  kept"\n',
  'a bad escape': 'a: "\\q"\n',
  'single quotes': "a: 'it''s'\nb: 'multi\n  line'\n",
  'block scalars with every indicator':
    'a: |\n  x\n   y\n\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\nd: |+\n  keep\n\ne: >2\n   indented\nf: |\n\n  leading blank\n',
  'a block scalar with trailing spaces': 'a: |\n  x  \n  y\t\nb: >\n  p  \n  q\n',
  'plain text over several lines': 'a: one\n  two\n\n  three\nb: x\n',
  'flow collections': 'a: [1, "2", three, {b: c}]\nb: {x: 1, y: [2, 3]}\nc: []\nd: {}\n',
  'a flow collection over several lines': 'a: [\n  1,\n  2\n]\nb: { c: d,\n  e: f }\n',
  'an unterminated quote': 'a: "open\nb: c\n',
  'an unterminated flow list': 'a: [1, 2\nb: c\n',
  'text after a quote': 'a: "x" y\n',
  'a comment touching a quote': 'a: "x"#c\n',
  'bad indentation': 'a:\n  b: 1\n c: 2\n',
  'a list under a key at the same indent': 'a:\n- 1\n- 2\nb: 3\n',
  'a list item with a map': '- id: a\n  name: b\n-   id: c\n    name: d\n',
  'a very long key': `${'k'.repeat(1100)}: v\n`,
  'HTML and mermaid in text': 'name: "<script>alert(1)</script>"\ntitle: A --> B; click A call x()\nnotes: "]]>&lt;"\n',
  'unicode beyond the BMP and control characters': 'name: "😀\\u0007"\ntitle: 𠀀\n',
  'a string that looks like a number with spaces': 'a: 1 2\nb: - 1\nc: -\n',
  'special keys': '"": a\n" ": b\n"a:b": c\n',
  'a question mark in text': 'notes: 为什么 ? 没说\ntitle: why?\n',
  'a list inside a flow map, as a key with no value': 'v: {x: 1, [2, 3]}\nw: {x: 1, y: ,[2]}\n',
  'a tab at the start of a line in a block of text': 'c: |-\n\t#  strip\nd: |\n  x\n \t# y\n',
  'an empty entry of a list started on its parent line': 'x:\n- -\n- 2\n',
  'an empty list entry before an outer entry': 'x:\n  - id: g\n    levels:\n      - a\n      - # 待补充\n  - id: c\n',
  'an escaped line break before a blank line': 'r: "line\n  folde\\\n\n  kept"\n',
};

describe('hostile YAML reads the same both ways', () => {
  it.each(Object.entries(HOSTILE))('%s', (_, text) => {
    expectSameReading(text);
  });

  it('leaves anchors, tags, directives, complex keys and null keys to yaml', () => {
    for (const name of [
      'anchors and aliases',
      'an alias bomb',
      'explicit tags',
      'a YAML 1.1 directive',
      'complex keys',
      'keys that are numbers, booleans or null',
    ]) {
      expect(readPlainYaml(HOSTILE[name]!), name).toBeUndefined();
    }
  });

  it('leaves a duplicate key to yaml, which locates it', () => {
    expect(readPlainYaml(HOSTILE['a duplicate key deep inside']!)).toBeUndefined();
    expect(readYamlSource('accounts/test.yaml', HOSTILE['a duplicate key deep inside']!).problems).toMatchObject([
      { line: 4, column: 5, severity: 'error' },
    ]);
  });
});

/** Small typing mistakes: a character added, dropped or changed, a line doubled or moved. */
function mistakesIn(text: string, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // prettier-ignore
  const typed = [' ', '  ', '\t', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-',
    '>+', '\n', '\r', '\\', '：', '\u3000', '&', '*', '!', '?', '%', '@', '~', '0', '0x', '.5', 'null', 'x', '中', '---'];
  return Array.from({ length: count }, () => {
    const at = Math.floor(random() * text.length);
    const lines = text.split('\n');
    const line = Math.floor(random() * lines.length);
    switch (Math.floor(random() * 5)) {
      case 0:
        return text.slice(0, at) + pick(typed) + text.slice(at);
      case 1:
        return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      case 2:
        return text.slice(0, at) + pick(typed) + text.slice(at + 1);
      case 3:
        lines.splice(line, 0, lines[line]!);
        return lines.join('\n');
      default:
        lines[line] = lines[line]!.replace(/^( *)/, (indent) => (random() < 0.5 ? indent.slice(1) : `${indent} `));
        return lines.join('\n');
    }
  });
}

/** Every kind of scalar, block and flow collection that the quick reading reads. */
const EVERY_SHAPE = [
  'a: |\n  x\n   y\n\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\nd: |+\n  keep\n\ne: >2\n   indented',
  "q: \"\\x41\\u4e2d\\N\\_ \\t\"\nr: \"line\n  folded\n\n  kept\"\ns: 'it''s'\nt: 'multi\n  line'",
  'u: [1, "2", three, {b: c}]\nv: {x: 1, y: 2, z}\nvv: [a, [b, c], {d: e}]\nw: one\n  two\n\n  three',
  'x:\n- 1\n- 2\ny:\n  - id: a\n    n: 0o17\n  - id: b\n    n: .5\n',
].join('\n');

describe('small mistakes typed into YAML read the same both ways', () => {
  const sample = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  it.each([
    ['the small fixture', SMALL_ACCOUNT_YAML, 1],
    ['a synthetic account', stringify(syntheticAccount({ id: 'typed', people: 6, seed: 11 })), 2],
    ['a sample scenario', sample('accounts/city-bank/scenarios/bank-risk-committee-pitch.yaml'), 3],
    ['a sample question file', sample('content/quizzes/04-buying-roles.yaml'), 4],
    ['every shape of YAML the quick reading reads', EVERY_SHAPE, 5],
  ])(
    '%s, 120 mistakes',
    (_, text, seed) => {
      for (const mistaken of mistakesIn(text, 120, seed)) expectSameReading(mistaken);
    },
    // Each mistake is read and every field located both ways: seconds on a busy machine.
    60_000,
  );
});

describe('the browser reads with yaml alone', () => {
  /** The modules `file` imports (not types only), followed through relative imports. */
  function reachable(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
      if (specifier!.startsWith('.')) reachable(join(file, '..', specifier!), seen);
      else seen.add(specifier!);
    }
    return seen;
  }

  it('the own-account case-file import and every client script reach neither js-yaml nor plainYaml.ts', () => {
    const entries = [
      join(ROOT, 'src/ownAccounts/caseFile.ts'),
      ...readdirSync(join(ROOT, 'src/client'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(ROOT, 'src/client', name)),
    ];
    const modules = new Set(entries.flatMap((entry) => [...reachable(entry)]));
    expect(modules.has(join(ROOT, 'src/validation/yamlSource.ts'))).toBe(true);
    expect(modules.has('yaml')).toBe(true);
    expect([...modules].filter((module) => /js-yaml|plainYaml/.test(module))).toEqual([]);
  });
});
