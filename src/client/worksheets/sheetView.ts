/** What the page gives each worksheet view, and what a view gives back. */
import type { Worksheet } from '../../schemas/worksheet.ts';
import { el, type Strings } from '../dom.ts';
import type { WorksheetStore } from './store.ts';

export interface SheetContext {
  store: WorksheetStore;
  strings: Strings;
  /** Our account team's names (suggested owners in the action plan). */
  team: readonly string[];
  /** Printing a blank sheet for paper: nothing pre-selected, nothing saved. */
  paperMode: boolean;
  /** Live-region announcement for things that change out of sight (grid moves). */
  announce(message: string): void;
  /** A remove button for people the trainee added to a blank sheet; null for an account's people. */
  removeButton(row: { person: string; name: string }): HTMLElement | null;
  /**
   * On a blank sheet, a view of an own account: what the case file needs beyond the answers (the
   * relationship map asks the summary and each person's manager too). Absent on an account's sheet.
   */
  ownAccount?: OwnAccountFields;
}

/** The own account's summary, read and written in the record the sheet is a view of. */
export interface OwnAccountFields {
  summary(): string;
  setSummary(text: string): void;
}

export interface SheetView {
  /** Builds the view for a new set of rows (first load, add/remove person, import, reset). */
  rebuild(sheet: Worksheet): void;
  /** Brings values up to date without rebuilding, so focus and typing are never interrupted. */
  sync(sheet: Worksheet): void;
}

/**
 * A person's name and title as a row or card heading shows them; a line to write on when the
 * name is still empty (a blank sheet printed for paper).
 */
export function personHeading(
  row: { name: string; title?: string | undefined },
  blank = '＿＿＿＿',
): (Node | string)[] {
  return [row.name || blank, ...(row.title ? [el('span', { class: 'muted' }, ` ${row.title}`)] : [])];
}
