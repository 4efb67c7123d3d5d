/**
 * Before own accounts, each blank worksheet kept its own list of people
 * (`kam:worksheet:<kind>:blank:v2`, v1 for the first MAN and power–interest sheets). The first
 * time the new version opens, they are merged into one own account: a person is the same person
 * on two sheets when the name is the same; where two sheets disagree (a title, the trainee's
 * name) the record keeps the first value and lists the other in `conflicts`, so both survive and
 * the trainee is told. Pure: the store reads the keys and writes the result.
 */
import type { Worksheet } from '../schemas/worksheet.ts';
import { hasPeople, type WorksheetKind } from '../schemas/worksheetFormat.ts';
import { nextPersonId } from '../worksheets/worksheet.ts';
import type { MergeConflict, OwnAccountRecord } from './record.ts';
import { applyWorksheet, type ApplyOptions } from './sheets.ts';

/** Richest first: the relationship map knows units and layers, the others only names and titles. */
export const MERGE_ORDER: readonly WorksheetKind[] = [
  'relationship-map',
  'man',
  'power-interest',
  'action-plan',
  'information',
];

/** The record with every sheet merged in (sheets in any order). */
export function mergeBlankSheets(
  record: OwnAccountRecord,
  sheets: readonly Worksheet[],
  options: Pick<ApplyOptions, 'layerUnitName'>,
): OwnAccountRecord {
  let merged = record;
  const ordered = [...sheets].sort((a, b) => MERGE_ORDER.indexOf(a.kind) - MERGE_ORDER.indexOf(b.kind));
  for (const sheet of ordered) {
    const conflicts: MergeConflict[] = [];
    const keepFirst = (field: 'trainee' | 'group') => {
      const kept = merged[field];
      const other = sheet[field];
      if (kept && other && kept !== other) conflicts.push({ field, kept, other, from: sheet.kind });
      return kept || other;
    };
    const trainee = keepFirst('trainee');
    const group = keepFirst('group');
    const renamed = structuredClone(sheet);
    renamed.trainee = trainee;
    renamed.group = group;
    if (hasPeople(renamed)) {
      const people = merged.account.people ?? [];
      const idOf = new Map<string, string>();
      const taken = people.map((person) => ({ person: person.id }));
      for (const row of renamed.rows) {
        const same = people.find((person) => person.name.trim() === row.name.trim());
        if (same) {
          if (same.title && row.title && same.title !== row.title) {
            conflicts.push({
              field: `people.${same.id}.title`,
              name: same.name,
              kept: same.title,
              other: row.title,
              from: sheet.kind,
            });
          }
          idOf.set(row.person, same.id);
          row.title = same.title || row.title;
        } else {
          const id = nextPersonId(taken);
          taken.push({ person: id });
          idOf.set(row.person, id);
        }
        row.person = idOf.get(row.person)!;
      }
      if (renamed.kind === 'relationship-map') {
        // A manager named by the sheet's own id: the id it has in the record now, or none.
        for (const row of renamed.rows) {
          const manager = row.reportsTo && idOf.get(row.reportsTo);
          if (manager) row.reportsTo = manager;
          else delete row.reportsTo;
        }
        renamed.relations = renamed.relations
          .filter((relation) => idOf.has(relation.from) && idOf.has(relation.to))
          .map((relation) => ({ ...relation, from: idOf.get(relation.from)!, to: idOf.get(relation.to)! }));
        // Relations already in the record (none today: only one map sheet existed) stay.
        const before = merged.account.relationships ?? [];
        renamed.relations = [
          ...before.map(({ from, to, kind, direction, strength }) => ({
            from,
            to,
            kind,
            direction: direction ?? 'one-way',
            strength: strength ?? 2,
          })),
          ...renamed.relations,
        ];
      }
    }
    merged = applyWorksheet(merged, renamed, { ...options, removeMissing: false });
    merged.conflicts = [...merged.conflicts, ...conflicts];
  }
  return merged;
}
