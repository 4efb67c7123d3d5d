/**
 * Older worksheet formats, brought up to the current one. Each step takes one version to the
 * next, so adding v3 later means one new step, and a v1 file still reaches v3 through v2.
 */
import type { Worksheet, WorksheetV1 } from '../schemas/worksheet.ts';
import { WORKSHEET_FORMAT } from '../schemas/worksheetFormat.ts';
import { readStoredWorksheetV1 } from '../schemas/stored.ts';

/** Names and titles for the people a v1 file answered about (v1 did not store them). */
export type PeopleLookup = (personId: string) => { name: string; title: string } | undefined;

/** v1 → v2: answers keyed by id become named rows; "name / group" splits into its two fields. */
export function migrateV1(v1: WorksheetV1, lookup: PeopleLookup): Worksheet {
  const [trainee = '', group = ''] = v1.trainee.split(/\s*[/／]\s*/, 2);
  const person = (id: string) => ({ person: id, name: lookup(id)?.name ?? id, title: lookup(id)?.title ?? '' });
  const common = {
    format: WORKSHEET_FORMAT,
    version: 2,
    account: v1.account,
    trainee: trainee.slice(0, 80),
    group: group.slice(0, 80),
    savedAt: v1.savedAt,
  } as const;
  const entries = Object.entries(v1.answers);
  if (v1.kind === 'man') {
    return {
      ...common,
      kind: 'man',
      rows: entries.map(([id, answer]) => ({
        ...person(id),
        money: answer.money ?? 'unknown',
        authority: answer.authority ?? 'unknown',
        need: answer.need ?? 'unknown',
        reason: answer.reason ?? '',
      })),
    };
  }
  return {
    ...common,
    kind: 'power-interest',
    rows: entries.map(([id, answer]) => ({ ...person(id), power: answer.power, interest: answer.interest })),
  };
}

/**
 * Brings parsed JSON of any known version to the current format's shape (still to be checked:
 * `readStoredWorksheet`). Unknown or future versions pass through unchanged, so the check
 * refuses them and the store sets them aside.
 */
export function migrateToCurrent(data: unknown, lookup: PeopleLookup): unknown {
  if (data && typeof data === 'object' && (data as { version?: unknown }).version === 1) {
    // Stored data, checked without zod (the same rules as `worksheetV1Schema`).
    const v1 = readStoredWorksheetV1(data);
    return v1 ? migrateV1(v1, lookup) : data;
  }
  return data;
}
