/**
 * Own accounts on the worksheets: who left is on no sheet (the account pages' presence rule),
 * and the relationship-map sheet asks whom each person reports to, in the same record.
 */
import { describe, expect, it } from 'vitest';
import { absentOn } from '../../src/analysis/timeline.ts';
import { mergeBlankSheets } from '../../src/ownAccounts/blankSheets.ts';
import { caseFileYaml } from '../../src/ownAccounts/caseFile.ts';
import { presentState } from '../../src/ownAccounts/present.ts';
import type { OwnAccountRecord } from '../../src/ownAccounts/record.ts';
import { applyWorksheet, worksheetOf } from '../../src/ownAccounts/sheets.ts';
import { saveSnapshot } from '../../src/ownAccounts/snapshots.ts';
import { WORKSHEET_KINDS, type ManWorksheet, type RelationshipMapWorksheet } from '../../src/schemas/worksheet.ts';
import { ownAccountRecord } from '../../src/testing/ownAccount.ts';
import { validateAccountText } from '../../src/validation/validateAccount.ts';
import { emptyWorksheet } from '../../src/worksheets/worksheet.ts';
import { smallAccountData } from './helpers.ts';

/** The small fixture as an own account's case file so far. */
const ownAccount = () => smallAccountData() as OwnAccountRecord['account'];

const options = { layerUnitName: (layer: string) => `（${layer}）` };

/** The small fixture as an own account in which 钱科长 (inspector) left on 2026-06-01. */
function recordWithLeaver(): OwnAccountRecord {
  const account = ownAccount();
  delete account.trainer;
  account.snapshots!.push({
    date: '2026-06-01',
    title: '钱科长调走',
    changes: [{ type: 'leaves', person: 'inspector' }],
  });
  account.relationships = (account.relationships ?? []).filter(
    (relation) => relation.from !== 'inspector' && relation.to !== 'inspector',
  );
  return ownAccountRecord(account);
}

const ids = (rows: readonly { person: string }[]) => rows.map((row) => row.person);

describe('people who left, on an own account’s sheets', () => {
  it('one presence rule: absent once left, and before joining', () => {
    const snapshots = [
      { date: '2026-03-01', changes: [{ type: 'leaves', person: 'a' }] },
      {
        date: '2026-05-01',
        changes: [
          { type: 'joins', person: 'b' },
          { type: 'support', person: 'c' },
        ],
      },
    ];
    expect([...absentOn(snapshots, '2026-02-01')]).toEqual(['b']);
    expect([...absentOn(snapshots, '2026-03-01')].sort()).toEqual(['a', 'b']);
    expect([...absentOn(snapshots, '2026-05-01')]).toEqual(['a']);
  });

  it('are on no sheet of any kind, and on no relation', () => {
    const record = recordWithLeaver();
    expect(presentState(record.account).people.map((person) => person.id)).not.toContain('inspector');
    for (const kind of WORKSHEET_KINDS) {
      const sheet = worksheetOf(record, kind);
      if (kind === 'information') continue;
      expect(ids(sheet.rows as { person: string }[]), kind).not.toContain('inspector');
      expect(ids(sheet.rows as { person: string }[]), kind).toContain('dean');
    }
  });

  it('stay in the record when any sheet is saved, so the case file still says who left', () => {
    let record = recordWithLeaver();
    for (const kind of WORKSHEET_KINDS) record = applyWorksheet(record, worksheetOf(record, kind), options);
    expect(record.account.people!.map((person) => person.id)).toContain('inspector');
    expect(
      validateAccountText('own.yaml', caseFileYaml(record)).problems.filter((p) => p.severity === 'error'),
    ).toEqual([]);
  });

  it('a person removed on a sheet leaves at the next snapshot, and is then on no sheet either', () => {
    let record = ownAccountRecord(ownAccount());
    delete record.account.trainer;
    record = saveSnapshot(record, '2026-07-01', '起点').record;
    const sheet = worksheetOf(record, 'man') as ManWorksheet;
    sheet.rows = sheet.rows.filter((row) => row.person !== 'inspector');
    record = applyWorksheet(record, sheet, options);
    record = saveSnapshot(record, '2026-07-02', '钱科长调走').record;
    expect(record.account.people!.map((person) => person.id)).toContain('inspector');
    expect(ids((worksheetOf(record, 'man') as ManWorksheet).rows)).not.toContain('inspector');
  });
});

describe('reporting lines on the relationship-map sheet', () => {
  const mapOf = (record: OwnAccountRecord) => worksheetOf(record, 'relationship-map') as RelationshipMapWorksheet;

  it('shows each person’s manager and writes a change back to the record', () => {
    const record = ownAccountRecord(ownAccount());
    const sheet = mapOf(record);
    expect(sheet.rows.find((row) => row.person === 'pharm-head')?.reportsTo).toBe('dean');
    expect(sheet.rows.find((row) => row.person === 'dean')?.reportsTo).toBeUndefined();
    sheet.rows.find((row) => row.person === 'inspector')!.reportsTo = 'it-head';
    sheet.rows.find((row) => row.person === 'pharm-head')!.reportsTo = undefined;
    const next = applyWorksheet(record, sheet, options);
    const person = (id: string) => next.account.people!.find((candidate) => candidate.id === id)!;
    expect(person('inspector').reportsTo).toBe('it-head');
    expect(person('pharm-head').reportsTo).toBeUndefined();
    expect(mapOf(next).rows.find((row) => row.person === 'inspector')?.reportsTo).toBe('it-head');
  });

  it('ignores a manager who is the person themself, or no one on the sheet', () => {
    const record = ownAccountRecord(ownAccount());
    const sheet = mapOf(record);
    sheet.rows.find((row) => row.person === 'inspector')!.reportsTo = 'inspector';
    sheet.rows.find((row) => row.person === 'it-head')!.reportsTo = 'nobody';
    const next = applyWorksheet(record, sheet, options);
    const person = (id: string) => next.account.people!.find((candidate) => candidate.id === id)!;
    expect(person('inspector').reportsTo).toBeUndefined();
    expect(person('it-head').reportsTo).toBeUndefined();
  });

  it('an older sheet merged without the column keeps the record’s lines; one with it maps its own ids', () => {
    const record = ownAccountRecord(ownAccount());
    const older = emptyWorksheet('relationship-map', undefined, [
      { person: 'p1', name: '周院长', title: '院长' },
      { person: 'p2', name: '新来的人', title: '科员' },
    ]) as RelationshipMapWorksheet;
    const kept = mergeBlankSheets(record, [older], options);
    expect(kept.account.people!.find((person) => person.id === 'pharm-head')?.reportsTo).toBe('dean');
    older.rows[1]!.reportsTo = 'p1';
    const merged = mergeBlankSheets(record, [older], options);
    const newcomer = merged.account.people!.find((person) => person.name === '新来的人')!;
    const dean = merged.account.people!.find((person) => person.name === '周院长')!;
    expect(newcomer.reportsTo).toBe(dean.id);
  });
});
