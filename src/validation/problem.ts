/** One thing wrong (or worth a warning) in a source file, located for a person to fix. */
import { fieldLabel, messageLocale, say } from './messages.ts';

export interface Problem {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Field path such as `people[3]（qu-zhenyu 屈振宇）.support（支持度）`; empty for the file as a whole. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A path segment list as zod and our rules produce it. */
export type FieldPath = readonly PropertyKey[];

/**
 * `people[3].support` as written in YAML; with the file's data, each person is named by id and
 * name (`people[3]（qu-zhenyu 屈振宇）`, found by position alone is hard to read) and, in
 * Chinese, the last field carries its label (`.support（支持度）`).
 */
export function formatFieldPath(path: FieldPath, data?: unknown): string {
  let out = '';
  let node: unknown = data;
  let parent: PropertyKey | undefined;
  for (const segment of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      out += `[${segment}]`;
      if (parent === 'people') out += personTag(node);
    } else {
      out += out === '' ? String(segment) : `.${String(segment)}`;
    }
    parent = segment;
  }
  // `roles[0]（采购角色）`: an item takes its list's label, except a person, named already.
  const last = path.at(-1);
  const field = typeof last === 'number' && path.at(-2) !== 'people' ? path.at(-2) : last;
  const label = typeof field === 'string' ? fieldLabel(field) : undefined;
  return label ? `${out}（${label}）` : out;
}

function personTag(person: unknown): string {
  if (!person || typeof person !== 'object') return '';
  const { id, name } = person as Record<string, unknown>;
  const parts = [...new Set([id, name])].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  if (parts.length === 0) return '';
  return messageLocale() === 'en' ? ` (${parts.join(' ')})` : `（${parts.join(' ')}）`;
}

/** `file:line:column  path  message`, the form editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? say().warningPrefix() : '';
  return `${where}  ${problem.path || say().wholeFile()}  ${prefix}${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  // Most problems compared are of one file: equal names skip localeCompare, which is slow.
  return [...problems].sort(
    (a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column,
  );
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((problem) => problem.severity === 'error');

/** Shows a found value briefly and unambiguously: strings quoted, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return say().nothing();
  if (value === null) return say().nullValue();
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return say().listOf({ count: value.length });
  if (typeof value === 'object') return say().mapping();
  return String(value);
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const HAN = /\p{Script=Han}/u;

/**
 * The closest candidate when it is close enough to be a likely typo. A guess must never
 * mislead: Chinese words are not spelling variants of codes (支持 is not "-2"), and a
 * candidate that shares less than half of what was written is no typo of it.
 */
export function nearest(found: string, candidates: Iterable<string>): string | undefined {
  if (HAN.test(found)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(found.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(found.length / 3));
  const tooDifferent = best === undefined || bestDistance * 2 > Math.max(found.length, best.length);
  return !tooDifferent && bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(found: unknown, candidates: Iterable<string>): string {
  if (typeof found !== 'string') return '';
  const suggestion = nearest(found, candidates);
  return suggestion ? say().didYouMean({ suggestion }) : '';
}

/** A second file (account, scenario…) with the id of an earlier one, placed at the file's top. */
export function duplicateFileProblem(file: string, noun: string, id: string, firstFile: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    path: 'id',
    severity: 'error',
    message: say().duplicateId({ noun: say().noun({ noun }), id, first: firstFile }),
  };
}

/**
 * Keeps the first item of each id and reports every later one through `duplicate` (with the
 * first's index): the one duplicate-id loop for entries in a file and files in a project.
 */
export function collectUnique<T>(
  items: readonly T[],
  idOf: (item: T) => string | undefined,
  duplicate: (item: T, firstIndex: number, index: number) => void,
): { unique: T[]; firstIndex: Map<string, number> } {
  const firstIndex = new Map<string, number>();
  const unique: T[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      duplicate(item, first, index);
      return;
    }
    firstIndex.set(id, index);
    unique.push(item);
  });
  return { unique, firstIndex };
}

/** Thrown by a build or a loader when files have errors: every located error in one message. */
export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], where: string) {
    const errors = sortProblems(problems.filter((problem) => problem.severity === 'error'));
    super(`${say().problemsIn({ count: errors.length, where })}\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** Throws a `ValidationError` when any problem is an error; `where` says what was checked. */
export function throwIfProblems(problems: Problem[], where = say().whereCaseFiles()): void {
  if (hasErrors(problems)) throw new ValidationError(problems, where);
}
