/**
 * A trainee's own account (「我的客户」) as the browser keeps it: the case file a trainer would
 * write for accounts/, built up sheet by sheet, plus what only a worksheet holds (the action
 * plan, the MAN reasons, the information checklist's confidence and gaps). Every blank worksheet
 * is a view of one of these records (`src/ownAccounts/sheets.ts`), the live analysis page reads
 * it, and the YAML export is its `account` as it stands. Pure: no DOM, no storage.
 */
import type { AccountInput } from '../schemas/account.ts';
import type { ActionRow, InformationRow } from '../schemas/worksheet.ts';

export const OWN_ACCOUNT_FORMAT = 'kam-own-account';
export const OWN_ACCOUNT_VERSION = 1;

/**
 * Two values that disagreed when older data was merged into this record (two blank sheets gave
 * one person different titles, say). The record keeps `kept`; `other` is kept here, so nothing is
 * lost, until the trainee has read it and dismisses it.
 */
export interface MergeConflict {
  /** What disagreed: `trainee`, `group`, or a person's field (`people.<id>.title`). */
  field: string;
  /** The person's name, for a person's field. */
  name?: string;
  kept: string;
  other: string;
  /** The worksheet kind the other value came from. */
  from: string;
}

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
  /** The MAN sheet's reason per person id (not part of a case file). */
  manReasons: Record<string, string>;
  /**
   * The information sheet's five rows. Their facts also go to `account.information` (one item
   * per line of "found", when a source method is chosen); confidence and gaps live only here.
   */
  checklist: InformationRow[];
  /** Disagreements found when older blank sheets were merged in; empty once dismissed. */
  conflicts: MergeConflict[];
  trainee: string;
  group: string;
  /**
   * What the last 「按今天保存快照」 saw, so the next one records only what changed since (see
   * ./snapshots.ts). Absent until the first press; not part of a case file.
   */
  snapshotBase?: SnapshotBase;
}

/** The people present and the relations between them, as the record holds them. */
export interface OwnAccountState {
  people: NonNullable<AccountInput['people']>;
  relationships: NonNullable<AccountInput['relationships']>;
}

export interface SnapshotBase {
  /** Day of the last press. */
  date: string;
  /** The state the last press saw. */
  state: OwnAccountState;
  /** The state before that day's snapshot: a second press on the same day redoes that snapshot from here. */
  prior: OwnAccountState;
}

/** What a trainee fills in to start an own account (the 「我的客户」 form). */
export interface OwnAccountBasics {
  name: string;
  industry?: string;
  sector?: NonNullable<AccountInput['sector']>;
  asOf?: string;
  /** What we sell, and where the opportunity stands. */
  offering?: string;
  stage?: NonNullable<AccountInput['opportunity']>['stage'];
  budgetBand?: string;
  timeline?: string;
}

/** A fresh record for the basics given, with no people yet. */
export function newOwnAccountRecord(id: string, basics: OwnAccountBasics, now: Date): OwnAccountRecord {
  const stamp = now.toISOString();
  return {
    format: OWN_ACCOUNT_FORMAT,
    version: OWN_ACCOUNT_VERSION,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    account: { id, units: [], people: [], relationships: [], team: [], ...accountBasics(basics) },
    actionPlan: [],
    manReasons: {},
    checklist: [],
    conflicts: [],
    trainee: '',
    group: '',
  };
}

/** The basics as case-file fields; empty answers are left out rather than stored as ''. */
export function accountBasics(
  basics: OwnAccountBasics,
): Pick<OwnAccountRecord['account'], 'name'> & Partial<OwnAccountRecord['account']> {
  const filled = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const opportunity = {
    offering: filled(basics.offering),
    stage: basics.stage,
    budgetBand: filled(basics.budgetBand),
    timeline: filled(basics.timeline),
  };
  return dropUndefined({
    name: basics.name.trim(),
    industry: filled(basics.industry),
    sector: basics.sector,
    asOf: filled(basics.asOf),
    opportunity: Object.values(opportunity).some((value) => value !== undefined)
      ? (dropUndefined(opportunity) as NonNullable<AccountInput['opportunity']>)
      : undefined,
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** The first free own-account id: `own-1`, `own-2`, … (a valid case-file id). */
export function nextOwnAccountId(used: readonly string[]): string {
  let index = 1;
  while (used.includes(`own-${index}`)) index++;
  return `own-${index}`;
}

/**
 * A cohort name: what a trainer puts in a `?cohort=` link. Letters (any script), digits, `-` and
 * `_`, at most 40; it becomes part of every storage key, so `:` and `@` are never in it.
 */
export function isCohortName(value: string): boolean {
  return /^[\p{L}\p{N}_-]{1,40}$/u.test(value);
}

/**
 * Every key this site stores starts here. A cohort (a workshop, or one trainee on a shared
 * laptop) gets its own prefix, so two cohorts on one browser profile never see each other's work.
 */
export function storagePrefix(cohort?: string): string {
  return cohort ? `kam@${cohort}:` : 'kam:';
}

/**
 * A key this site wrote (and only those: other sites' keys on a shared origin are left alone):
 * every namespace, and the facilitator's older `kam-workbook:` keys.
 */
export function isSiteKey(key: string): boolean {
  return key.startsWith('kam:') || key.startsWith('kam@') || key.startsWith('kam-workbook:');
}

/** Every key this site wrote on the device, sorted. */
export function siteKeys(storage: Pick<Storage, 'key' | 'length'>): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && isSiteKey(key)) keys.push(key);
  }
  return keys.sort();
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
