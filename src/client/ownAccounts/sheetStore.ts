/**
 * A blank worksheet's store when the sheet is a view of the current own account: the same
 * `WorksheetStore` the sheet views use for an account's sheet, reading the sheet from the record
 * (`worksheetOf`) and writing changes back into it (`applyWorksheet`). With no own account yet,
 * the first change creates one, so a trainee can start on any blank sheet.
 */
import type { WorksheetKind, Worksheet } from '../../schemas/worksheet.ts';
import { emptyWorksheet } from '../../worksheets/worksheet.ts';
import { mergeBlankSheets } from '../../ownAccounts/blankSheets.ts';
import { ownAccountKey } from '../../ownAccounts/record.ts';
import { applyWorksheet, worksheetOf, type ApplyOptions } from '../../ownAccounts/sheets.ts';
import type { SaveStatus, WorksheetStore } from '../worksheets/store.ts';
import type { OwnAccountStore } from './store.ts';

export interface OwnSheetOptions extends Pick<ApplyOptions, 'layerUnitName'> {
  /** The name of the own account a first change creates (「我的客户」). */
  firstAccountName: string;
}

export function ownSheetStore(own: OwnAccountStore, kind: WorksheetKind, options: OwnSheetOptions): WorksheetStore {
  const get = (): Worksheet => {
    const record = own.current();
    return record ? worksheetOf(record, kind) : emptyWorksheet(kind);
  };
  const currentId = () => (own.current() ?? own.create({ name: options.firstAccountName })).id;
  return {
    get key() {
      const record = own.current();
      return record ? ownAccountKey(record.id, own.cohort) : '';
    },
    get,
    update(change) {
      // The change runs on the sheet of the record as stored now: when another tab saved first,
      // it is applied to that tab's version, so neither tab's answers are lost.
      own.update(currentId(), (record) => {
        const sheet = worksheetOf(record, kind);
        return applyWorksheet(record, change(sheet) ?? sheet, options);
      });
    },
    merge(sheet) {
      own.update(currentId(), (record) => mergeBlankSheets(record, [sheet], options));
    },
    subscribe(listener) {
      return own.subscribe((change) => listener(get(), statusOf(change.status)));
    },
  };
}

function statusOf(status: string): SaveStatus {
  return status === 'unreadable' ? 'loaded' : (status as SaveStatus);
}
