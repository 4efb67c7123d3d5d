/**
 * Spreadsheet files ⇄ tables of cell texts, through SheetJS: `.xlsx` workbooks, and `.csv` in
 * UTF-8 (with or without BOM) or GB18030/GBK, which Excel writes for Chinese by default.
 * Every cell comes out as trimmed text, dates as YYYY-MM-DD, so the import reads one kind of
 * value whatever the file. Bytes in, bytes out: no file access here.
 */
import * as XLSX from '@e965/xlsx';
import { say } from '../validation/messages.ts';

export interface Table {
  /** The sheet's name; undefined for a CSV file, which has none. */
  sheet?: string;
  /** Row by row from row 1 (the headers), each cell as text ('' when empty). */
  rows: string[][];
}

export interface ReadWorkbook {
  tables: Table[];
  /** The text encoding a CSV file was read in. */
  encoding?: 'utf-8' | 'gb18030';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 when the bytes are valid UTF-8 (BOM or not), else GB18030, the superset of GBK. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (hasBom) throw new Error('UTF-8 BOM with invalid UTF-8 bytes');
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export const isCsv = (file: string) => /\.csv$/i.test(file);
export const isXlsx = (file: string) => /\.xlsx$/i.test(file);

/** Reads a `.xlsx` or `.csv` file's bytes. Throws with SheetJS's reason when the bytes do not read. */
export function readWorkbook(file: string, bytes: Uint8Array): ReadWorkbook {
  if (isCsv(file)) {
    const { text, encoding } = decodeText(bytes);
    // raw: no guessing of numbers or dates in CSV text; the columns' own readers do that.
    const book = XLSX.read(text, { type: 'string', raw: true, dense: true });
    const rows = sheetRows(book.Sheets[book.SheetNames[0]!]!).map((row) => row.map(unguardFormula));
    return { tables: [{ rows }], encoding };
  }
  // An .xlsx is a zip; SheetJS would read anything else as text, so say it is not one.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new Error(say().notXlsx());
  // Values and number formats only: no formatted text, HTML or formulas, which the import never reads.
  const book = XLSX.read(bytes, {
    type: 'array',
    cellDates: false,
    cellNF: true,
    dense: true,
    cellText: false,
    cellHTML: false,
    cellFormula: false,
  });
  return { tables: book.SheetNames.map((sheet) => ({ sheet, rows: sheetRows(book.Sheets[sheet]!) })) };
}

function sheetRows(sheet: XLSX.WorkSheet): string[][] {
  const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : undefined;
  if (!range) return [];
  const dense = (sheet as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(cellText(dense[r]?.[c]));
    rows.push(row);
  }
  return rows;
}

/** Whether a number format shows a date, once per format (a sheet has few, and many cells). */
const dateFormats = new Map<string, boolean>();
function isDateFormat(format: XLSX.NumberFormat | undefined): boolean {
  if (format === undefined) return false;
  const key = String(format);
  const known = dateFormats.get(key);
  if (known !== undefined) return known;
  const isDate = XLSX.SSF.is_date(format);
  dateFormats.set(key, isDate);
  return isDate;
}

/** A cell as the trainer sees it: numbers without float noise, date cells as YYYY-MM-DD. */
function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (isDateFormat(cell.z)) {
      const { y, m, d } = XLSX.SSF.parse_date_code(cell.v);
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    return String(Number(cell.v.toPrecision(12)));
  }
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return String(cell.v).trim();
}

export interface SheetOut {
  name: string;
  rows: (string | number)[][];
  /** Column widths in characters. */
  widths?: number[];
}

/** An `.xlsx` workbook of the given sheets, the header row frozen. */
export function writeXlsx(sheets: readonly SheetOut[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
    if (sheet.widths) ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/**
 * A text cell Excel would run as a formula when it opens a CSV (`=…`, `+…`, `@…`, `-…` that is
 * no number) is written behind an apostrophe, as Excel itself marks text; the import takes it off.
 */
const FORMULA_START = /^[=+@-]/;
const guardFormula = (cell: string | number) =>
  typeof cell === 'string' && FORMULA_START.test(cell) && !Number.isFinite(Number(cell)) ? `'${cell}` : cell;
const unguardFormula = (cell: string) => (/^'[=+@-]/.test(cell) ? cell.slice(1) : cell);

/** One sheet as CSV, UTF-8 with a BOM so that Excel opens the Chinese text correctly. */
export function writeCsv(rows: readonly (string | number)[][]): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map(guardFormula)));
  const text = XLSX.utils.sheet_to_csv(ws, { blankrows: true, forceQuotes: false });
  return new TextEncoder().encode(`\uFEFF${text.endsWith('\n') ? text : `${text}\n`}`);
}

/** Excel's letters for a 0-based column index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
