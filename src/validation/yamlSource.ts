/**
 * Reads YAML text into plain data while keeping a map back to the source, so that every problem
 * found later (by zod or by our rules) can be reported at its file, line and column.
 */
import {
  LineCounter,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { messageLocale, say } from './messages.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** Problems of the text itself: syntax, duplicate keys, tabs, BOM, empty file. */
  problems: Problem[];
  /** Locates a field path in the source; falls back to the nearest enclosing node. */
  locate(path: FieldPath, options?: { key?: boolean }): { line: number; column: number };
}

const BOM = '\uFEFF';

/** yaml's error codes, said the way a trainer would understand them. */
const YAML_MESSAGES: Record<string, () => string> = {
  DUPLICATE_KEY: () => say().duplicateKey(),
  BAD_INDENT: () => say().badIndent(),
  MISSING_CHAR: () => say().missingChar(),
  MULTILINE_IMPLICIT_KEY: () => say().multilineKey(),
  BLOCK_AS_IMPLICIT_KEY: () => say().blockAsKey(),
  UNEXPECTED_TOKEN: () => say().unexpected(),
  // yaml's parser ran out of stack: nesting hundreds of levels deep.
  RESOURCE_EXHAUSTION: () => say().tooDeep({ limit: String(MAX_NESTING) }),
};

/**
 * Deeper than any source needs (a case file nests about six levels); the schema and our rules
 * walk data level by level, so a text nested deeper is refused before they see it.
 */
export const MAX_NESTING = 64;
/**
 * How many values the aliases of one text may stand for in all: sources need no aliases, an
 * alias bomb ("billion laughs") stands for billions, which the schema would walk one by one.
 */
export const MAX_ALIAS_VALUES = 10_000;

/** What the whole file should hold, for the message when it holds something else. */
export interface TopLevelExpectation {
  shape: 'mapping' | 'list';
  /** e.g. "one account as a mapping of fields (id: …, name: …, people: …)", in the current language. */
  description: string;
}

const HAN = /\p{Script=Han}/u;
const KEY = String.raw`^(\s*(?:-\s+)?)([A-Za-z][\w-]*)`;
/** `title：党委书记`: a field name and a full-width colon. */
const FULL_WIDTH_COLON = new RegExp(`${KEY}\\s*：`);
/** `power:4`: a field name and a colon with no space after it (YAML reads one plain text). */
const COLON_NO_SPACE = new RegExp(`${KEY}:(?=[^\\s:/])`);
/** `notes: 他说: 明天再谈`: an unquoted value that holds ": " (YAML reads a second field). */
const COLON_IN_TEXT = new RegExp(`${KEY}:[ \\t]+([^'"\\s\\[{|>&*!#][^#]*?):(?:[ \\t]|$)`);
/** `notes: 第一 #2 人选`: an unquoted text whose rest YAML drops as a comment. */
const HASH_IN_TEXT = new RegExp(`${KEY}:[ \\t]+([^'"\\s\\[{|>&*!#][^#]*?)[ \\t]#`);

/**
 * Mistakes that YAML reports only by their consequences (a field name "over two lines", a nested
 * mapping), found on their own line so the message names the real cause.
 */
function lineHints(file: string, text: string, parsedWithErrors: boolean): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number, column: number, message: string, severity: Problem['severity'] = 'error'): Problem => ({
    file,
    line,
    column,
    path: '',
    severity,
    message,
  });
  const check = (lineText: string, index: number) => {
    const line = index + 1;
    if (/^ *\t/.test(lineText)) {
      problems.push(at(line, lineText.indexOf('\t') + 1, say().yamlSyntax({ text: say().tabIndent() })));
      return;
    }
    const fullWidthSpace = parsedWithErrors
      ? /^[ \t]*(?:-[ \t]*)?\u3000|^[ \t]*(?:-[ \t]+)?[A-Za-z][\w-]*:\u3000/.exec(lineText)
      : null;
    if (fullWidthSpace) {
      problems.push(at(line, lineText.indexOf('\u3000') + 1, say().fullWidthSpace()));
      return;
    }
    // `- FABE：特征…` is fine text in a list; a full-width colon is a mistake only where YAML failed.
    const fullWidth = parsedWithErrors ? FULL_WIDTH_COLON.exec(lineText) : null;
    if (fullWidth) {
      problems.push(at(line, lineText.indexOf('：') + 1, say().fullWidthColon({ key: fullWidth[2]! })));
      return;
    }
    const noSpace = parsedWithErrors ? COLON_NO_SPACE.exec(lineText) : null;
    if (noSpace) {
      problems.push(at(line, noSpace[0].length, say().colonNoSpace({ key: noSpace[2]! })));
      return;
    }
    const colon = COLON_IN_TEXT.exec(lineText);
    if (colon) {
      const column = lineText.indexOf(': ', colon[1]!.length + colon[2]!.length + 1) + 1;
      problems.push(at(line, column, say().colonInText({ key: colon[2]! })));
      return;
    }
    const hash = HASH_IN_TEXT.exec(lineText);
    // Free text (Chinese, or several words); `stage: tender # 九月定` is a code and a comment.
    if (hash && (HAN.test(hash[3]!) || /\S\s+\S/.test(hash[3]!))) {
      const column = lineText.indexOf(' #', hash[1]!.length) + 2;
      problems.push(at(line, column, say().hashInText({ key: hash[2]! }), 'warning'));
    }
  };
  if (parsedWithErrors) {
    text.split('\n').forEach(check);
    return problems;
  }
  // In a text that reads, only a line with a tab, a "#" or two colons can hold a mistake
  // (tabIndent, hashInText, colonInText): the other lines are not tested one by one.
  let line = 0;
  let counted = 0;
  let checked = -1;
  for (const found of text.matchAll(/[\t#]|:[^\n]*:/g)) {
    const start = text.lastIndexOf('\n', found.index - 1) + 1;
    for (let next = text.indexOf('\n', counted); next >= 0 && next < start; next = text.indexOf('\n', counted)) {
      line++;
      counted = next + 1;
    }
    if (line === checked) continue;
    checked = line;
    const end = text.indexOf('\n', start);
    check(text.slice(start, end < 0 ? text.length : end), line);
  }
  return problems;
}

const defaultExpectation = (): TopLevelExpectation => ({ shape: 'mapping', description: say().expectAccount() });

/**
 * Keeps what reading a text gave across builds: `compute()`'s value for `key` (every input of the
 * read). The build installs one on disk (src/build/buildCache.ts); without it (the browser, the
 * command line) every text is read afresh.
 */
export type ReadCache = <T>(key: readonly string[], compute: () => T) => T;
const READ_CACHE = Symbol.for('kam-workbook.yamlReadCache');
type ReadCacheHolder = { [READ_CACHE]?: ReadCache };

/** Installs the cache `readYamlSource` uses from now on in this process (all module instances). */
export function useYamlReadCache(cache: ReadCache): void {
  (globalThis as ReadCacheHolder)[READ_CACHE] = cache;
}

/**
 * `compute()` with texts read afresh, not kept: for a caller that keeps its whole result by the
 * same text (a case file's validation), where a second entry of the reading would never be found.
 */
export function withoutYamlReadCache<T>(compute: () => T): T {
  const holder = globalThis as ReadCacheHolder;
  const cache = holder[READ_CACHE];
  delete holder[READ_CACHE];
  try {
    return compute();
  } finally {
    if (cache) holder[READ_CACHE] = cache;
  }
}

/**
 * A faster reading of the texts it can read alike (plainYaml.ts, js-yaml): `read` gives the data
 * of a text, `locator` the source offset of a field path (the start of the value, or of the key),
 * each undefined when only `yaml`'s Document can tell. Node installs it (the build, `npm run
 * validate`, the import); the browser reads with `yaml` alone and so ships one YAML parser.
 */
export interface QuickYamlReader {
  /** The data, and the locator of the same reading (built when first asked for). */
  read(text: string): { data: unknown; locator(): QuickLocator | undefined } | undefined;
  locator(text: string): QuickLocator | undefined;
}
type QuickLocator = (path: FieldPath, key: boolean) => number | undefined;
const QUICK_READER = Symbol.for('kam-workbook.quickYamlReader');
type QuickReaderHolder = { [QUICK_READER]?: QuickYamlReader };

/** Installs the quick reading `readYamlSource` tries first from now on in this process. */
export function useQuickYamlReader(reader: QuickYamlReader | undefined): void {
  (globalThis as QuickReaderHolder)[QUICK_READER] = reader;
}

/** `yaml`'s Document of a text, with the line counter that turns its offsets into lines. */
export function parseLocated(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
}

/**
 * The data and problems of a YAML text, every problem located. When the text was read in an
 * earlier build, both come from the read cache; a text read afresh is read the quick way
 * (plainYaml.ts, when Node installed it: useQuickYamlReader) when it has nothing to report. A field is located the quick way too when it can
 * be, so `yaml` parses the text into a located Document only for a text or a field the quick
 * reading leaves to it, not for every file of every build.
 */
export function readYamlSource(file: string, rawText: string, expectation = defaultExpectation()): YamlSource {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const cache = (globalThis as ReadCacheHolder)[READ_CACHE] ?? ((_, compute) => compute());
  const quick = (globalThis as QuickReaderHolder)[QUICK_READER];
  let parsed: ReturnType<typeof parseLocated> | undefined;
  let locatorOfRead: (() => QuickLocator | undefined) | undefined;
  const read = cache(['yaml', messageLocale(), file, rawText, expectation.shape, expectation.description], () => {
    const quickly = quick && readQuickly(quick, file, rawText, text, expectation);
    if (quickly) {
      locatorOfRead = quickly.locator;
      return { data: quickly.data, problems: quickly.problems };
    }
    parsed = parseLocated(text);
    return readParsed(file, rawText, text, parsed.doc, parsed.lineCounter, expectation);
  });
  let quickLocator: QuickLocator | null | undefined = parsed || !quick ? null : undefined;
  let lines: LineCounter | undefined;
  return {
    file,
    data: read.data,
    problems: read.problems,
    locate: (path, options) => {
      const key = options?.key ?? false;
      // The quick reading's own locator, or (a text read in an earlier build) a reading for it.
      if (quickLocator === undefined) quickLocator = (locatorOfRead ? locatorOfRead() : quick?.locator(text)) ?? null;
      const offset = quickLocator?.(path, key);
      if (offset !== undefined) return positionIn((lines ??= countLines(text)), text, offset);
      return locateInDocument((parsed ??= parseLocated(text)), text, path, key);
    },
  };
}

/** Where `path` is, as `yaml`'s located Document alone tells: what the quick locating matches. */
export function locateInDocument(
  { doc, lineCounter }: ReturnType<typeof parseLocated>,
  text: string,
  path: FieldPath,
  key: boolean,
): { line: number; column: number } {
  return positionIn(lineCounter, text, offsetOf(doc, path, key));
}

/** `yaml`'s line counter of `text`, holding the line starts its parsing records. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}

/** What reading a text gives: its data and the problems of the text itself. */
interface TextRead {
  data: unknown;
  problems: Problem[];
}

/**
 * The quick reading, for a text with nothing wrong in it but perhaps its BOM or its top-level
 * shape (problems without a field path); undefined sends it to `yaml`'s Document.
 */
function readQuickly(
  quick: QuickYamlReader,
  file: string,
  rawText: string,
  text: string,
  expectation: TopLevelExpectation,
) {
  if (lineHints(file, text, false).length > 0) return undefined;
  const plain = quick.read(text);
  if (!plain) return undefined;
  const problems: Problem[] = [];
  if (rawText.startsWith(BOM)) problems.push(bomWarning(file));
  const shapeProblem = describeTopLevel(plain.data, expectation);
  if (shapeProblem) problems.push({ file, line: 1, column: 1, path: '', severity: 'error', message: shapeProblem });
  return { data: plain.data, problems, locator: plain.locator };
}

/**
 * The text read by `yaml`'s Document alone, as every text was before the quick reading: what
 * tests/unit/plainYaml.test.ts holds the quick reading to.
 */
export function readYamlDocument(file: string, rawText: string, expectation = defaultExpectation()): TextRead {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const { doc, lineCounter } = parseLocated(text);
  return readParsed(file, rawText, text, doc, lineCounter, expectation);
}

const bomWarning = (file: string): Problem => ({
  file,
  line: 1,
  column: 1,
  path: '',
  severity: 'warning',
  message: say().bom(),
});

function positionIn(lineCounter: LineCounter, text: string, offset: number) {
  const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  return { line, column: col };
}

function readParsed(
  file: string,
  rawText: string,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  expectation: TopLevelExpectation,
): TextRead {
  const problems: Problem[] = [];
  if (rawText.startsWith(BOM)) problems.push(bomWarning(file));
  const position = (offset: number) => positionIn(lineCounter, text, offset);

  const hints = lineHints(file, text, doc.errors.length > 0);
  const lineProblems = [...hints];
  // One syntax error makes the parser misread what follows: keep the first real one (a hint on
  // its own line, or yaml's own) and drop the follow-on messages; duplicate keys stand alone.
  const firstHintLine = Math.min(...hints.filter((hint) => hint.severity === 'error').map((hint) => hint.line));
  const hintLines = new Set(hints.map((hint) => hint.line));
  let reportedSyntax = false;
  for (const error of doc.errors) {
    // Where yaml's stack ran out depends on the stack's size: placed where the nesting begins to exceed the limit.
    const deep = error.code === 'RESOURCE_EXHAUSTION' ? tooDeepOffset(text) : undefined;
    const at = position(deep ?? error.pos[0]);
    if (error.code === 'TAB_AS_INDENT' || hintLines.has(at.line)) continue;
    if (error.code !== 'DUPLICATE_KEY') {
      if (reportedSyntax || at.line >= firstHintLine) continue;
      reportedSyntax = true;
    }
    const friendly = YAML_MESSAGES[error.code]?.();
    const original = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    lineProblems.push({
      file,
      ...at,
      path: '',
      severity: 'error',
      message: say().yamlSyntax({ text: friendly ? `${friendly} (${original})` : original }),
    });
  }
  problems.push(...lineProblems);
  // Aliases and nesting are checked on a document that reads; what they find is located exactly.
  const structure = doc.errors.every((error) => error.code === 'DUPLICATE_KEY') ? structureProblems(doc) : [];

  const failed = structure.length > 0 || problems.some((problem) => problem.severity === 'error');
  // structureProblems bounds what the aliases stand for (MAX_ALIAS_VALUES) instead of yaml's count.
  const data = failed ? undefined : doc.toJS({ maxAliasCount: -1 });
  // Each problem of a line names where it is: the field, when the file reads (a " #" warning:
  // people[3]（qu-zhenyu 屈振宇）.notes); else the entry it stands in, as far as the text before
  // the first error reads (the line itself may be misread: a tab-indented field lands elsewhere).
  const lineOf = (offset: number) => position(offset).line;
  const named = failed ? partialData(doc) : data;
  for (const problem of lineProblems) {
    const path = (!failed && pathOfKeyOnLine(doc, lineOf, problem.line)) || enclosingEntry(doc, lineOf, problem.line);
    problem.path = path.length > 0 ? formatFieldPath(path, named) : say().thisLine();
  }
  for (const { offset, path, message } of structure) {
    problems.push({
      file,
      ...position(offset),
      // Each sits on a line of its own (a top-level key, say), as the line problems above do.
      path: path.length > 0 ? formatFieldPath(path, named) : say().thisLine(),
      severity: 'error',
      message: say().yamlSyntax({ text: message }),
    });
  }
  if (!failed) {
    const shapeProblem = describeTopLevel(data, expectation);
    if (shapeProblem) problems.push({ file, line: 1, column: 1, path: '', severity: 'error', message: shapeProblem });
  }

  return { data, problems };
}

/** Where brackets, or else indentation, first nest deeper than MAX_NESTING (read roughly: quotes are not skipped). */
function tooDeepOffset(text: string): number | undefined {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '[' || char === '{') {
      if (++depth > MAX_NESTING) return at;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return new RegExp(`^ {${MAX_NESTING + 1}}`, 'm').exec(text)?.index;
}

function describeTopLevel(data: unknown, expectation: TopLevelExpectation): string | undefined {
  const expected = expectation.description;
  if (data === null || data === undefined) return say().emptyFile({ expected });
  if (Array.isArray(data)) {
    return expectation.shape === 'list' ? undefined : say().fileIsList({ count: data.length, expected });
  }
  if (expectation.shape === 'list') return say().fileNotList({ expected });
  if (typeof data !== 'object') return say().fileIsScalar({ value: JSON.stringify(data), expected });
  return undefined;
}

/** Walks the parsed document along `path` and returns the source offset of what it finds. */
function offsetOf(doc: Document, path: FieldPath, wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** The path of the field whose name stands on `line`, searching the whole document. */
function pathOfKeyOnLine(doc: Document, lineOf: (offset: number) => number, line: number): FieldPath | undefined {
  const search = (node: unknown, path: PropertyKey[]): FieldPath | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const keyPath = [...path, pair.key.value as PropertyKey];
        const start = rangeStart(pair.key);
        if (start !== undefined && lineOf(start) === line) return keyPath;
        const found = search(pair.value, keyPath);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const found = search(item, [...path, index]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(doc.contents, []);
}

/**
 * The path of the innermost list item or field value that spans `line`, stopping above a field
 * whose name is on that line (on a line YAML could not read, the name itself may be the mistake).
 */
function enclosingEntry(doc: Document, lineOf: (offset: number) => number, line: number): FieldPath {
  const spans = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range !== undefined && lineOf(range[0]) <= line && line <= lineOf(Math.max(range[0], range[1] - 1));
  };
  const path: PropertyKey[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    let next: { node: unknown; segment: PropertyKey } | undefined;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && lineOf(rangeStart(item.key) ?? 0) !== line && spans(item.value),
      );
      if (pair && isScalar(pair.key)) next = { node: pair.value, segment: pair.key.value as PropertyKey };
    } else if (isSeq(node)) {
      const index = node.items.findIndex(spans);
      if (index >= 0) next = { node: node.items[index], segment: index };
    }
    if (!next) return path;
    path.push(next.segment);
    node = next.node;
  }
}

/**
 * The document's data as far as it reads (names for a path), every alias read as empty (one may
 * have no anchor, or stand inside its own) and every field whose name is a list or map left out
 * (reported as such); undefined when it does not read.
 */
function partialData(doc: Document): unknown {
  try {
    const copy = doc.clone();
    visit(copy, {
      Alias: () => copy.createNode(null),
      Pair: (_, pair) => (isCollection(pair.key) ? visit.REMOVE : undefined),
    });
    return copy.toJS();
  } catch {
    return undefined;
  }
}

/** A problem of the document's structure, at a source offset and a field path. */
interface StructureProblem {
  offset: number;
  path: FieldPath;
  message: string;
}

/**
 * Aliases that name no anchor before them or stand inside their own anchor, aliases that stand
 * for more than MAX_ALIAS_VALUES values in all, and collections nested deeper than MAX_NESTING:
 * found by counting, without expanding anything, so an alias bomb is refused at once.
 */
function structureProblems(doc: Document): StructureProblem[] {
  const problems: StructureProblem[] = [];
  /** Each anchor's number of values when expanded; undefined while its own node is being read. */
  const anchors = new Map<string, number | undefined>();
  let aliasValues = 0;
  let reportedBomb = false;
  let reportedDepth = false;
  const report = (node: unknown, path: FieldPath, message: string) =>
    problems.push({ offset: rangeStart(node) ?? 0, path, message });
  const walk = (node: unknown, path: PropertyKey[], depth: number): number => {
    if (isAlias(node)) {
      const name = node.source;
      if (!anchors.has(name)) {
        report(node, path, say().unknownAlias({ name }));
        return 1;
      }
      const values = anchors.get(name);
      if (values === undefined) {
        report(node, path, say().selfAlias({ name }));
        return 1;
      }
      aliasValues += values;
      if (aliasValues > MAX_ALIAS_VALUES && !reportedBomb) {
        reportedBomb = true;
        report(node, path, say().aliasBomb({ name, limit: MAX_ALIAS_VALUES.toLocaleString('en') }));
      }
      return values;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, undefined);
    let values = 1;
    if (isCollection(node) && depth > MAX_NESTING) {
      if (!reportedDepth) report(node, path, say().tooDeep({ limit: String(MAX_NESTING) }));
      reportedDepth = true;
    } else if (isCollection(node)) {
      node.items.forEach((item, index) => {
        if (isPair(item)) {
          // JavaScript keys are text: `yaml` would stringify such a key ("[ a, b ]") with a warning.
          if (isCollection(item.key)) report(item.key, path, say().collectionKey());
          values += walk(item.key, path, depth + 1);
          const key = isScalar(item.key) ? (item.key.value as PropertyKey) : index;
          values += walk(item.value, [...path, key], depth + 1);
        } else {
          values += walk(item, [...path, index], depth + 1);
        }
      });
    }
    if (anchor) anchors.set(anchor, values);
    return values;
  };
  walk(doc.contents, [], 1);
  return problems;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
