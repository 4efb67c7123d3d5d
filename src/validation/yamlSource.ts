/**
 * Reads YAML text into plain data while keeping a map back to the source, so that every problem
 * found later (by zod or by our rules) can be reported at its file, line and column.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { FieldPath, Problem } from './problem.ts';

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
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'this field appears twice in the same entry; keep one',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML indents with spaces only',
  BAD_INDENT: 'the indentation does not line up with the entry above',
  MISSING_CHAR: 'a closing quote or bracket is missing; the text runs from the last opening quote or bracket to here',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines; is a colon or quote missing above?',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block is used as a field name; check the indentation',
  UNEXPECTED_TOKEN: 'unexpected text here',
};

/** What the whole file should hold, for the message when it holds something else. */
export interface TopLevelExpectation {
  shape: 'mapping' | 'list';
  /** e.g. "one account as a mapping of fields (id: …, name: …, people: …)". */
  description: string;
}

const ONE_ACCOUNT: TopLevelExpectation = {
  shape: 'mapping',
  description: 'one account as a mapping of fields (id: …, name: …, people: …)',
};

export function readYamlSource(file: string, rawText: string, expectation = ONE_ACCOUNT): YamlSource {
  const problems: Problem[] = [];
  let text = rawText;
  if (text.startsWith(BOM)) {
    text = text.slice(1);
    problems.push({
      file,
      line: 1,
      column: 1,
      path: '',
      severity: 'warning',
      message: 'the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM',
    });
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };

  for (const error of doc.errors) {
    const friendly = YAML_MESSAGES[error.code];
    const original = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      file,
      ...position(error.pos[0]),
      path: '',
      severity: 'error',
      message: `YAML syntax: ${friendly ?? original}${friendly ? ` (${original})` : ''}`,
    });
  }

  // A tab inside an indented block is sometimes accepted by the parser but almost always a
  // mistake copied from a word processor; report each line where tabs indent.
  if (!doc.errors.some((error) => error.code === 'TAB_AS_INDENT')) {
    text.split('\n').forEach((lineText, index) => {
      if (/^ *\t/.test(lineText)) {
        problems.push({
          file,
          line: index + 1,
          column: lineText.indexOf('\t') + 1,
          path: '',
          severity: 'error',
          message: 'a tab is used for indentation; YAML indents with spaces only',
        });
      }
    });
  }

  const hasErrors = problems.some((problem) => problem.severity === 'error');
  const data = hasErrors ? undefined : doc.toJS({ maxAliasCount: 100 });
  if (!hasErrors) {
    const shapeProblem = describeTopLevel(data, expectation);
    if (shapeProblem) problems.push({ file, line: 1, column: 1, path: '', severity: 'error', message: shapeProblem });
  }

  return {
    file,
    data,
    problems,
    locate: (path, options) => position(offsetOf(doc, path, options?.key ?? false)),
  };
}

function describeTopLevel(data: unknown, expectation: TopLevelExpectation): string | undefined {
  const expected = `expected ${expectation.description}`;
  if (data === null || data === undefined) return `the file is empty; ${expected}`;
  if (Array.isArray(data)) {
    return expectation.shape === 'list' ? undefined : `the file is a list of ${data.length} items; ${expected}`;
  }
  if (expectation.shape === 'list') return `the file is not a list; ${expected}`;
  if (typeof data !== 'object') return `the file holds a single value (${JSON.stringify(data)}); ${expected}`;
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

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
