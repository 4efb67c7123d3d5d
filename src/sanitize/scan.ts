/**
 * The PII scan over files: every hit located as `file:line:col  kind  excerpt`, the sensitive
 * part masked so the report itself leaks nothing. Used by `npm run scan`, the sanitizer's own
 * check and the public build (`src/build/publishGate.ts`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { say } from '../validation/messages.ts';
import { formatProblem } from '../validation/problem.ts';
import { readYamlSource } from '../validation/yamlSource.ts';
import { detectPii, mask, type PiiKind, type PiiMatch } from './pii.ts';

/** Local, git-ignored folder: the denylist of real names and the sanitizer's mappings. */
export const PRIVATE_DIR = '.private';
export const DENYLIST_FILE = `${PRIVATE_DIR}/denylist.txt`;
/** In the repository: false positives accepted by exact text, each with a reason. */
export const ALLOW_FILE = 'scan-allow.yaml';

export interface ScanHit {
  file: string;
  line: number;
  column: number;
  kind: PiiKind;
  /** The line around the hit, every hit on it masked. */
  excerpt: string;
}

export interface ScanRules {
  denylist: readonly string[];
  /** Exact texts that are not personal data after all. */
  allow: ReadonlySet<string>;
}

const CONTEXT = 12;

/**
 * Hits in one text, located by line and column (both 1-based, columns in characters). The
 * detectors run once over the whole text (no pattern crosses a line break); hits are then
 * grouped by line so each excerpt shows its line with every hit on it masked.
 */
export function scanText(file: string, text: string, rules: ScanRules): ScanHit[] {
  const matches = detectPii(text, { denylist: rules.denylist }).filter((match) => !rules.allow.has(match.text));
  if (matches.length === 0) return [];
  const hits: ScanHit[] = [];
  let lineStart = 0;
  let lineNumber = 1;
  for (let at = 0; at < matches.length;) {
    const first = matches[at]!;
    // Move to the line of the next match.
    for (
      let next = text.indexOf('\n', lineStart);
      next !== -1 && next < first.index;
      next = text.indexOf('\n', lineStart)
    ) {
      lineStart = next + 1;
      lineNumber += 1;
    }
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const onLine: PiiMatch[] = [];
    while (at < matches.length && matches[at]!.index < lineEnd) {
      const match = matches[at++]!;
      onLine.push({ ...match, index: match.index - lineStart });
    }
    const line = text.slice(lineStart, lineEnd);
    const masked = maskAll(line, onLine);
    for (const match of onLine) {
      const offset = masked.offsets.get(match)!;
      const start = Math.max(0, offset - CONTEXT);
      const end = Math.min(masked.text.length, offset + mask(match.text).length + CONTEXT);
      hits.push({
        file,
        line: lineNumber,
        column: [...line.slice(0, match.index)].length + 1,
        kind: match.kind,
        excerpt: `${start > 0 ? '…' : ''}${masked.text.slice(start, end).trim()}${end < masked.text.length ? '…' : ''}`,
      });
    }
  }
  return hits;
}

function maskAll(line: string, matches: readonly PiiMatch[]) {
  let text = '';
  let from = 0;
  const offsets = new Map<PiiMatch, number>();
  for (const match of matches) {
    text += line.slice(from, match.index);
    offsets.set(match, text.length);
    text += mask(match.text);
    from = match.index + match.text.length;
  }
  return { text: text + line.slice(from), offsets };
}

export function formatHit(hit: ScanHit): string {
  return `${hit.file}:${hit.line}:${hit.column}  ${say().piiKind({ pii: hit.kind })}  ${hit.excerpt}`;
}

/** The local denylist: one real name or organisation per line, `#` starts a comment. */
export function readDenylist(root: string): string[] {
  const path = join(root, DENYLIST_FILE);
  if (!existsSync(path)) return [];
  return parseDenylist(readFileSync(path, 'utf8'));
}

export function parseDenylist(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .filter((line) => line.length >= 2),
    ),
  ];
}

/**
 * `scan-allow.yaml`: a list of `{ text, reason }`. An entry without a reason is a mistake the
 * scan reports rather than a silent pass.
 */
export function readAllowList(root: string): { allow: Set<string>; problems: string[] } {
  const path = join(root, ALLOW_FILE);
  if (!existsSync(path)) return { allow: new Set(), problems: [] };
  return parseAllowList(readFileSync(path, 'utf8'), ALLOW_FILE);
}

export function parseAllowList(text: string, file: string): { allow: Set<string>; problems: string[] } {
  // A text that does not read as YAML is reported with its lines (formatProblem); what a text that
  // reads holds is checked here, an empty file being an empty list.
  const read = readYamlSource(file, text, { shape: 'list', description: say().allowListNotList() });
  if (read.data === undefined) return { allow: new Set(), problems: read.problems.map(formatProblem) };
  const data: unknown = read.data ?? [];
  const allow = new Set<string>();
  const problems: string[] = [];
  if (!Array.isArray(data)) {
    return { allow, problems: [`${file}  ${say().allowListNotList()}`] };
  }
  data.forEach((entry: unknown, index) => {
    const item = (entry ?? {}) as { text?: unknown; reason?: unknown };
    if (typeof item.text !== 'string' || item.text.trim() === '') {
      problems.push(`${file}  [${index}].text  ${say().allowListNoText()}`);
    } else if (typeof item.reason !== 'string' || item.reason.trim() === '') {
      problems.push(`${file}  [${index}].reason  ${say().allowListNoReason({ text: item.text })}`);
    } else {
      allow.add(item.text);
    }
  });
  return { allow, problems };
}

export function loadScanRules(root: string): ScanRules & { problems: string[] } {
  const { allow, problems } = readAllowList(root);
  return { denylist: readDenylist(root), allow, problems };
}

const SCANNED = /\.(ya?ml|html?|json|md|mdx|txt|xml|js|css|svg|csv)$/i;

/** Every text file under the given paths (a folder is walked; other files are skipped). */
export function listScannable(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (SCANNED.test(path)) {
      files.push(path);
    }
  };
  for (const path of paths) if (existsSync(path)) walk(path);
  return files;
}

export function scanFiles(root: string, paths: readonly string[], rules: ScanRules): ScanHit[] {
  return listScannable(paths).flatMap((path) =>
    scanText(relative(root, path) || path, readFileSync(path, 'utf8'), rules),
  );
}
