/** One thing wrong (or worth a warning) in a source file, located for a person to fix. */
export interface Problem {
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Field path such as `people[3].support`; empty for the file as a whole. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A path segment list as zod and our rules produce it. */
export type FieldPath = readonly PropertyKey[];

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** `file:line:column  path  message`, the form editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${problem.path || '(file)'}  ${prefix}${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Shows a found value briefly and unambiguously: strings quoted, long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value (null)';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a mapping (field: value pairs)';
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

/** The closest candidate when it is close enough to be a likely typo. */
export function nearest(found: string, candidates: Iterable<string>): string | undefined {
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
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(found: unknown, candidates: Iterable<string>): string {
  if (typeof found !== 'string') return '';
  const suggestion = nearest(found, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}
