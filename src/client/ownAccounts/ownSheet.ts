/**
 * A blank worksheet on screen as a view of the current own account: the own-account store (the
 * older blank sheets merged in on its first open), the sheet's store over it, and the bar that
 * switches between own accounts. Apart from the worksheet page's script so an account's
 * worksheet never loads it: `../worksheets/page.ts` imports it for a blank sheet only, alongside
 * the sheet's view.
 */
import type { WorksheetKind } from '../../schemas/worksheetFormat.ts';
import type { StorageLike } from '../browserStorage.ts';
import type { Strings } from '../dom.ts';
import type { OwnAccountFields } from '../worksheets/sheetView.ts';
import type { WorksheetStore } from '../worksheets/store.ts';
import { legacyBlankSheets } from './legacy.ts';
import { bindOwnAccountBar } from './ownBar.ts';
import { ownSheetStore, type OwnSheetOptions } from './sheetStore.ts';
import { openOwnAccountStore } from './store.ts';

export interface OwnSheetSetup {
  cohort: string | undefined;
  names: OwnSheetOptions;
  strings: Strings;
  /** The bar over the sheet (`#own-bar`), when the page has one. */
  bar: HTMLElement | null;
}

/** The sheet's store, and what the relationship-map sheet asks beyond the answers (the summary). */
export interface OwnSheet {
  store: WorksheetStore;
  ownAccount: OwnAccountFields;
}

export function openOwnSheet(storage: StorageLike, kind: WorksheetKind, setup: OwnSheetSetup): OwnSheet {
  const { cohort, names, strings, bar } = setup;
  const own = openOwnAccountStore(storage, {
    cohort,
    events: window,
    legacy: cohort ? undefined : legacyBlankSheets({ ...names, accountName: names.firstAccountName }),
  });
  if (bar) bindOwnAccountBar(bar, own, strings);
  return {
    store: ownSheetStore(own, kind, names),
    ownAccount: {
      summary: () => own.current()?.account.summary ?? '',
      setSummary(text) {
        // As the sheet's first change does, a summary with no own account yet creates one.
        const record = own.current() ?? own.create({ name: names.firstAccountName });
        own.update(record.id, (draft) => {
          if (text) draft.account.summary = text;
          else delete draft.account.summary;
        });
      },
    },
  };
}
