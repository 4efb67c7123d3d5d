/**
 * Reading a worksheet file a trainee (or anyone) hands us. Nothing here trusts the file: size is
 * checked before parsing, JSON before shape, kind and account before the rows, and the result
 * is either a valid current-version worksheet or a refusal that says why, with every problem.
 */
import { say } from '../validation/messages.ts';
import { valueProblems } from '../validation/valueProblems.ts';
import {
  MAX_WORKSHEET_BYTES,
  WORKSHEET_FORMAT,
  WORKSHEET_KINDS,
  WORKSHEET_VERSION,
  worksheetSchema,
  worksheetV1Schema,
  type Worksheet,
  type WorksheetKind,
} from '../schemas/worksheet.ts';
import { migrateV1, type PeopleLookup } from './migrations.ts';
import type { WorksheetSlot } from './worksheet.ts';

export const IMPORT_REFUSALS = [
  'too-large',
  'not-json',
  'not-worksheet',
  'newer-version',
  'wrong-kind',
  'wrong-account',
  'invalid',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

export type ImportResult =
  | { ok: true; worksheet: Worksheet; migratedFrom?: number }
  | {
      ok: false;
      refusal: ImportRefusal;
      /** Field-level problems (`rows[2].money  expected one of …; found "maybe"`), at most 20. */
      details: string[];
      /** For wrong-kind / wrong-account: what the file holds. */
      found?: string;
    };

const MAX_DETAILS = 20;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Parses and checks a worksheet file meant for `slot` (the page it is imported on), or for any
 * slot (`'any'`, the debrief).
 * `lookup` names the people of the page's account, for files saved in version 1.
 */
export function readWorksheetFile(
  text: string,
  slot: WorksheetSlot | 'any',
  lookup: PeopleLookup = () => undefined,
): ImportResult {
  const tooLarge = sizeRefusal(byteLength(text));
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // A truncated download ends mid-value: JSON.parse says where.
    return refuse('not-json', [error instanceof Error ? error.message : String(error)]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return refuse('not-worksheet', []);
  const record = data as Record<string, unknown>;
  const version = record.version;
  const isV1 = version === 1 && record.format === undefined && 'answers' in record;
  if (!isV1 && record.format !== WORKSHEET_FORMAT) return refuse('not-worksheet', []);
  if (typeof version === 'number' && version > WORKSHEET_VERSION) {
    return refuse('newer-version', [say().newerVersion({ version, supported: WORKSHEET_VERSION })]);
  }
  // The debrief ('any') takes files of every kind and account.
  if (slot !== 'any' && record.kind !== slot.kind) {
    const found = (WORKSHEET_KINDS as readonly unknown[]).includes(record.kind) ? (record.kind as WorksheetKind) : '?';
    return { ok: false, refusal: 'wrong-kind', details: [], found };
  }
  if (slot !== 'any' && (record.account ?? undefined) !== slot.account) {
    return { ok: false, refusal: 'wrong-account', details: [], found: String(record.account ?? 'blank').slice(0, 40) };
  }
  if (isV1) {
    const v1 = worksheetV1Schema.safeParse(data);
    if (!v1.success) return refuse('invalid', valueProblems(data, worksheetV1Schema, v1.error.issues, MAX_DETAILS));
    return { ok: true, worksheet: migrateV1(v1.data, lookup), migratedFrom: 1 };
  }
  const parsed = worksheetSchema.safeParse(data);
  if (!parsed.success) return refuse('invalid', valueProblems(data, worksheetSchema, parsed.error.issues, MAX_DETAILS));
  return { ok: true, worksheet: parsed.data };
}

/** Checked on the file's size before reading it, so a huge file is never loaded whole. */
export function sizeRefusal(bytes: number): ImportResult | undefined {
  if (bytes <= MAX_WORKSHEET_BYTES) return undefined;
  return refuse('too-large', [say().fileTooLarge({ bytes, limit: MAX_WORKSHEET_BYTES })]);
}

function refuse(refusal: ImportRefusal, details: string[]): ImportResult {
  return { ok: false, refusal, details };
}
