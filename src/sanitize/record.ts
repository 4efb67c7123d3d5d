/**
 * The sanitizer's record: `accounts/<id>/sanitize-record.json` holds a hash of every file it
 * wrote. The publish gate compares it with the files as they are now: equal means the case is
 * exactly what the sanitizer produced; different means someone edited it by hand since, which is
 * allowed but only with a clean scan, and the build says so. The record names no original.
 */
import { createHash } from 'node:crypto';

export const RECORD_FILE = 'sanitize-record.json';
export const RECORD_TOOL = 'kam-workbook sanitize';

export interface SanitizeRecord {
  tool: typeof RECORD_TOOL;
  version: 1;
  /** Path inside the account folder → sha256 of its text (line endings normalised). */
  files: Record<string, string>;
}

export function hashText(text: string): string {
  return `sha256:${createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex')}`;
}

export function makeRecord(files: Record<string, string>): SanitizeRecord {
  return {
    tool: RECORD_TOOL,
    version: 1,
    files: Object.fromEntries(Object.entries(files).map(([path, text]) => [path, hashText(text)])),
  };
}

export function parseRecord(text: string): SanitizeRecord | undefined {
  try {
    const data = JSON.parse(text) as Partial<SanitizeRecord>;
    if (data.tool !== RECORD_TOOL || data.version !== 1 || !data.files || typeof data.files !== 'object')
      return undefined;
    return data as SanitizeRecord;
  } catch {
    return undefined;
  }
}

/** Files whose text differs from what the sanitizer wrote, or that it never wrote. */
export function editedFiles(record: SanitizeRecord, files: Record<string, string>): string[] {
  const edited = Object.entries(files)
    .filter(([path, text]) => record.files[path] !== hashText(text))
    .map(([path]) => path);
  const removed = Object.keys(record.files).filter((path) => !(path in files));
  return [...edited, ...removed].sort();
}
