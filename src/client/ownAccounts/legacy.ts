/**
 * Reads what the blank worksheets saved before own accounts existed
 * (`kam:worksheet:<kind>:blank:v2`, and v1 for MAN and power–interest) and merges it into the
 * first own account (`src/ownAccounts/blankSheets.ts`). Keys that do not validate are left where
 * they are (the worksheet store sets them aside when their page opens), so nothing is removed
 * that was not merged.
 */
import { readStoredWorksheet } from '../../schemas/stored.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { WORKSHEET_KINDS, WORKSHEET_VERSION } from '../../schemas/worksheetFormat.ts';
import { migrateToCurrent } from '../../worksheets/migrations.ts';
import { storageKey } from '../../worksheets/worksheet.ts';
import { mergeBlankSheets } from '../../ownAccounts/blankSheets.ts';
import type { ApplyOptions } from '../../ownAccounts/sheets.ts';
import type { LegacyMerge } from './store.ts';

export interface LegacyNames extends Pick<ApplyOptions, 'layerUnitName'> {
  /** The merged account's name (「我的客户」). */
  accountName: string;
}

export function legacyBlankSheets(names: LegacyNames): LegacyMerge {
  return (storage, seed) => {
    const sheets: Worksheet[] = [];
    const keys: string[] = [];
    for (const kind of WORKSHEET_KINDS) {
      for (let version = WORKSHEET_VERSION; version >= 1; version--) {
        const key = storageKey({ kind }, version);
        const text = storage.getItem(key);
        if (text === null) continue;
        let data: unknown;
        try {
          data = migrateToCurrent(JSON.parse(text), () => undefined);
        } catch {
          continue;
        }
        const sheet = readStoredWorksheet(data);
        if (!sheet) continue;
        keys.push(key);
        sheets.push(sheet); // a v1 beside a v2 of one kind is merged too: same names, same people
      }
    }
    if (sheets.length === 0) return undefined;
    seed.account.name = names.accountName;
    return { record: mergeBlankSheets(seed, sheets, names), keys };
  };
}
