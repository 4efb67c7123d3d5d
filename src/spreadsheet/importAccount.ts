/**
 * The whole import, without touching a file: spreadsheet bytes (and the case file's text when
 * merging) in; the new case-file text out, or every problem and no text. The result has passed
 * the same schema and rules as every case file (`validateWrittenAccount`); a problem they find
 * in an entry the spreadsheet wrote is shown at that entry's row.
 */
import { parse } from 'yaml';
import { say } from '../validation/messages.ts';
import { formatProblem, hasErrors, type Problem } from '../validation/problem.ts';
import { asEntry } from '../validation/rawData.ts';
import { validateWrittenAccount } from '../validation/validateAccount.ts';
import {
  formatCellProblem,
  planImport,
  readSheets,
  type CellProblem,
  type ImportPlan,
  type SpreadsheetFile,
} from './importSheets.ts';
import { applyPlan, caseFileText, parseCaseFile } from './mergeDocument.ts';
import { scaffoldText } from './scaffold.ts';
import { readWorkbook } from './workbook.ts';

export interface ImportInput {
  files: readonly { file: string; bytes: Uint8Array }[];
  /** The case file written, as shown in messages (accounts/<id>/account.yaml). */
  target: string;
  /** The case file's current text, to merge into; absent for a new case. */
  existing?: string;
  /** For a new case: its id and its date (asOf). */
  id?: string;
  today?: string;
}

export interface ImportResult {
  /** The case file's new text; absent when anything is wrong. */
  text?: string;
  /** True when the text differs from what was there. */
  changed: boolean;
  /** Every problem, formatted for the terminal, errors and warnings. */
  lines: string[];
  errors: number;
  warnings: number;
  /** Notes that are no problem (a CSV read as GB18030). */
  notes: string[];
  counts?: ImportPlan['counts'];
}

export function importSpreadsheet(input: ImportInput): ImportResult {
  const cellProblems: CellProblem[] = [];
  const notes: string[] = [];
  const files: SpreadsheetFile[] = [];
  for (const { file, bytes } of input.files) {
    try {
      const book = readWorkbook(file, bytes);
      if (book.encoding === 'gb18030') notes.push(`${file}  ${say().gb18030()}`);
      files.push({ file, tables: book.tables });
    } catch (error) {
      cellProblems.push({
        file,
        row: 1,
        message: say().unreadableFile({ reason: (error as Error).message }),
        severity: 'error',
      });
    }
  }
  const base = input.existing ?? scaffoldText({ id: input.id ?? 'x', today: input.today ?? '', examples: false });
  const { sheets, problems } = readSheets(files);
  cellProblems.push(...problems);
  const plan = planImport(sheets, asEntry(parse(base)));
  cellProblems.push(...plan.problems);
  const fail = (lines: string[], errors: number, warnings: number): ImportResult => ({
    changed: false,
    lines,
    errors,
    warnings,
    notes,
  });
  const errors = cellProblems.filter((problem) => problem.severity === 'error').length;
  const warnings = cellProblems.length - errors;
  const cellLines = sortCells(cellProblems).map(formatCellProblem);
  if (errors > 0) return fail(cellLines, errors, warnings);

  const doc = parseCaseFile(base);
  applyPlan(doc, plan);
  // Nothing to change: the file stays byte for byte as it was.
  const text = plan.changes.length === 0 ? base : caseFileText(doc);
  const checked = validateWrittenAccount(input.target, text, doc.toJS());
  if (hasErrors(checked.problems)) {
    const lines = [
      say().resultInvalid(),
      ...checked.problems.filter((p) => p.severity === 'error').map((p) => located(p, plan, base)),
    ];
    return fail([...cellLines, ...lines], lines.length - 1, warnings);
  }
  return { text, changed: text !== base, lines: cellLines, errors: 0, warnings, notes, counts: plan.counts };
}

function sortCells(problems: CellProblem[]): CellProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      a.row - b.row ||
      (a.column ?? -1) - (b.column ?? -1),
  );
}

/** A problem in an entry the spreadsheet added is shown at its row; any other at its place in the file. */
function located(problem: Problem, plan: ImportPlan, base: string): string {
  const match = /^(people|units|relationships|team)\[(\d+)\]/.exec(problem.path);
  if (match) {
    const [, list, index] = match;
    const before = (asEntry(parse(base))[list!] as unknown[] | undefined)?.length ?? 0;
    const added = plan.changes.filter((change) => change.list === list && change.index === undefined);
    const origin =
      added[Number(index) - before]?.origin ??
      plan.changes.find((c) => c.list === list && c.index === Number(index))?.origin;
    if (origin) {
      const sheet = origin.sheet === undefined ? '' : `!${origin.sheet}`;
      return `${origin.file}${sheet}:${origin.row}  ${problem.path}  ${problem.message}`;
    }
  }
  return formatProblem(problem);
}
