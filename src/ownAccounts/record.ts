/**
 * A trainee's own account (「我的客户」) as the browser keeps it: the case file a trainer would
 * write for accounts/, built up sheet by sheet, plus what only a worksheet holds (the action
 * plan). Every blank worksheet is a view of one of these records, the live analysis page reads
 * it, and the YAML export is its `account` as it stands. Pure: no DOM, no storage.
 */
import type { AccountInput } from '../schemas/account.ts';
import type { ActionRow } from '../schemas/worksheet.ts';

export const OWN_ACCOUNT_FORMAT = 'kam-own-account';
export const OWN_ACCOUNT_VERSION = 1;

export interface OwnAccountRecord {
  format: typeof OWN_ACCOUNT_FORMAT;
  version: typeof OWN_ACCOUNT_VERSION;
  /** Local id; also the case file's `id` on export. */
  id: string;
  createdAt: string;
  updatedAt: string;
  /**
   * The case file so far. While the trainee is still entering it, it may not validate (no
   * people yet, no summary): `accountSchema.safeParse(record.account)` says whether it does.
   */
  account: Partial<AccountInput> & Pick<AccountInput, 'id' | 'name'>;
  /** The action-plan sheet's rows (not part of a case file). */
  actionPlan: ActionRow[];
  trainee: string;
  group: string;
}

/**
 * Every key this site stores starts here. A cohort (a workshop, or one trainee on a shared
 * laptop) gets its own prefix, so two cohorts on one browser profile never see each other's work.
 */
export function storagePrefix(cohort?: string): string {
  return cohort ? `kam@${cohort}:` : 'kam:';
}

/** `kam[@cohort]:own:<id>:v1` */
export function ownAccountKey(id: string, cohort?: string): string {
  return `${storagePrefix(cohort)}own:${id}:v${OWN_ACCOUNT_VERSION}`;
}

/** The list of own accounts and which one is current: `kam[@cohort]:own:index:v1`. */
export function ownAccountIndexKey(cohort?: string): string {
  return `${storagePrefix(cohort)}own:index:v${OWN_ACCOUNT_VERSION}`;
}

export interface OwnAccountIndex {
  version: typeof OWN_ACCOUNT_VERSION;
  ids: string[];
  current?: string;
}
