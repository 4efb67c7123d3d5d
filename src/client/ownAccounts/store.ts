/**
 * The own-account store: a trainee's own customers (「我的客户」) kept in this browser's
 * localStorage, one record per account, saved on every change. Every blank worksheet and the
 * live analysis page read and write through it.
 *
 *   const storage = browserStorage();
 *   const store = openOwnAccountStore(storage, { cohort: activeCohort(storage, location.search), events: window });
 *   store.list();                          // [{ id, name, updatedAt }], in creation order
 *   store.current();                       // the record the blank sheets show, or undefined
 *   store.get('own-1');                    // one record (a copy is not made: do not change it)
 *   store.update('own-1', (draft) => { draft.account.asOf = '2026-11-01'; });
 *   const stop = store.subscribe((change) => render(store.current(), change));
 *   store.create({ name: '滨江医院' }); store.switchTo(id); store.remove(id);
 *
 * - The cohort comes from `./cohort.ts` (a `?cohort=` link, remembered); `events: window` makes the
 *   store follow other tabs. Sheets of a record: `worksheetOf` / `applyWorksheet` (src/ownAccounts/sheets.ts).
 * - Keys (src/ownAccounts/record.ts): `kam[@cohort]:own:<id>:v1` per record and
 *   `kam[@cohort]:own:index:v1` for the list and the current one. A cohort prefixes every key.
 * - Loading: a record is migrated to the current version (`./migrations.ts`) and validated
 *   (`readOwnAccountRecord`: the rules of `ownAccountRecordSchema`, checked without loading zod);
 *   one that does not validate is moved aside to `<key>:unreadable`,
 *   never overwritten, and left out of the list.
 * - First open without an index (default namespace only): what the trainee saved on the blank
 *   worksheets before own accounts existed is merged into a first own account
 *   (`src/ownAccounts/blankSheets.ts`); the old keys are removed only after that record is saved.
 * - Saving: `update` re-reads the stored record first. When another tab saved it since this tab
 *   last saw it, the change is applied on top of the other tab's version (nothing of theirs is
 *   overwritten) and listeners hear `both-changed`, so the page can ask the trainee to check.
 *   A refused write is `full` (the storage quota) or `failed` (storage blocked); the change is
 *   kept in memory, so the trainee can still export it.
 * - Another tab: the `storage` event brings its changes in (`external`), including a record it
 *   created or deleted and a different current account.
 */
import {
  OWN_ACCOUNT_VERSION,
  type OwnAccountBasics,
  type OwnAccountIndex,
  type OwnAccountRecord,
} from '../../ownAccounts/record.ts';
import {
  newOwnAccountRecord,
  nextOwnAccountId,
  accountBasics,
  ownAccountIndexKey,
  ownAccountKey,
} from '../../ownAccounts/record.ts';
import { readOwnAccountIndex, readOwnAccountRecord } from '../../schemas/stored.ts';
import { migrateOwnAccount } from '../../ownAccounts/migrations.ts';
import { isQuotaError, type StorageLike } from '../browserStorage.ts';

export { browserStorage, memoryStorage, type StorageLike } from '../browserStorage.ts';

/**
 * What happened, for listeners: `loaded` (first call of a new listener), `saved`, `full` (quota
 * exceeded: nothing saved), `failed` (storage refused for another reason), `external` (another tab
 * changed something and this tab took it), `both-changed` (this tab's change was applied on top of
 * another tab's newer save: ask the trainee to check), `unreadable` (a record did not validate and
 * was moved aside).
 */
export type OwnStoreStatus = 'loaded' | 'saved' | 'full' | 'failed' | 'external' | 'both-changed' | 'unreadable';

export interface OwnStoreChange {
  status: OwnStoreStatus;
  /** The account concerned, when one is. */
  id?: string;
}

export type OwnStoreListener = (change: OwnStoreChange) => void;

export interface OwnAccountSummary {
  id: string;
  name: string;
  updatedAt: string;
  people: number;
}

export interface OwnAccountStore {
  readonly cohort: string | undefined;
  /** Every own account in this namespace, in creation order. */
  list(): OwnAccountSummary[];
  /** The account the blank worksheets show; undefined when there is none yet. */
  current(): OwnAccountRecord | undefined;
  get(id: string): OwnAccountRecord | undefined;
  /** A new own account from the basics; it becomes the current one. */
  create(basics: OwnAccountBasics): OwnAccountRecord;
  /**
   * Adds a whole record from elsewhere (an imported case file) as a new own account, keeping its
   * id unless that is taken (then `<id>-2`, …), and makes it current. Returns the id used and the status.
   */
  add(record: OwnAccountRecord): { id: string; status: OwnStoreStatus };
  /** Renames or changes the basics (name, industry, sector, asOf, opportunity basics). */
  setBasics(id: string, basics: OwnAccountBasics): OwnStoreStatus;
  switchTo(id: string): void;
  /** Deletes one own account (the page asks first). */
  remove(id: string): void;
  /**
   * Changes a record (in place on a draft, or return a replacement), saves and notifies.
   * Returns the status the listeners hear.
   */
  update(id: string, change: (draft: OwnAccountRecord) => OwnAccountRecord | void): OwnStoreStatus;
  /** Calls the listener now (`loaded`) and after every change, here or in another tab. */
  subscribe(listener: OwnStoreListener): () => void;
  /** Stops listening to other tabs. */
  close(): void;
}

export interface OwnStoreOptions {
  cohort?: string;
  now?: () => Date;
  /**
   * Where other tabs' changes arrive: `window` in the browser (its `storage` event); a test passes
   * its own. Nothing is listened to when it is null.
   */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Older blank worksheets to merge in on first open (see `./legacyBlankSheets.ts`). */
  legacy?: LegacyMerge;
}

/** Reads the old blank sheets, merges them into a record, and says which keys to remove after. */
export type LegacyMerge = (
  storage: StorageLike,
  seed: OwnAccountRecord,
) => { record: OwnAccountRecord; keys: string[] } | undefined;

export function openOwnAccountStore(storage: StorageLike, options: OwnStoreOptions = {}): OwnAccountStore {
  const { cohort } = options;
  const now = options.now ?? (() => new Date());
  const indexKey = ownAccountIndexKey(cohort);
  const listeners = new Set<OwnStoreListener>();
  /** The text this tab last read or wrote under each key: how a change by another tab is seen. */
  const seen = new Map<string, string | null>();
  const records = new Map<string, OwnAccountRecord>();
  let index: OwnAccountIndex = { version: OWN_ACCOUNT_VERSION, ids: [] };
  let lastStatus: OwnStoreStatus = 'loaded';

  function read(key: string): string | null {
    const text = attempt(() => storage.getItem(key)).value ?? null;
    seen.set(key, text);
    return text;
  }

  /** Writes and remembers; the status says why a write was refused. */
  function write(key: string, value: unknown): OwnStoreStatus {
    const text = JSON.stringify(value);
    const result = attempt(() => storage.setItem(key, text));
    if (result.error !== undefined) return isQuotaError(result.error) ? 'full' : 'failed';
    seen.set(key, text);
    return 'saved';
  }

  function loadRecord(id: string): OwnAccountRecord | undefined {
    const key = ownAccountKey(id, cohort);
    const text = read(key);
    if (text === null) return undefined;
    const record = readOwnAccountRecord(migrateOwnAccount(parseJson(text)));
    if (record && record.id === id) return record;
    // Not ours any more (edited by hand, a future version): set aside, never overwritten.
    attempt(() => storage.setItem(`${key}:unreadable`, text));
    attempt(() => storage.removeItem(key));
    seen.set(key, null);
    lastStatus = 'unreadable';
    return undefined;
  }

  function loadAll(): void {
    const text = read(indexKey);
    const stored = text === null ? undefined : readOwnAccountIndex(parseJson(text));
    if (text !== null && !stored) {
      attempt(() => storage.setItem(`${indexKey}:unreadable`, text));
      lastStatus = 'unreadable';
    }
    records.clear();
    const ids = stored?.ids ?? [];
    for (const id of ids) {
      const record = loadRecord(id);
      if (record) records.set(id, record);
    }
    index = {
      version: OWN_ACCOUNT_VERSION,
      ids: ids.filter((id) => records.has(id)),
      current: stored?.current && records.has(stored.current) ? stored.current : ids.find((id) => records.has(id)),
    };
    if (text === null && options.legacy) mergeLegacy(options.legacy);
  }

  function mergeLegacy(legacy: LegacyMerge): void {
    const id = nextOwnAccountId([]);
    const merged = legacy(storage, newOwnAccountRecord(id, { name: '' }, now()));
    if (!merged) return;
    const status = saveRecord(merged.record);
    if (status !== 'saved') return; // the old keys stay; next time it is tried again
    records.set(id, merged.record);
    index = { version: OWN_ACCOUNT_VERSION, ids: [id], current: id };
    if (saveIndex() !== 'saved') return;
    for (const key of merged.keys) attempt(() => storage.removeItem(key));
  }

  function saveRecord(record: OwnAccountRecord): OwnStoreStatus {
    return write(ownAccountKey(record.id, cohort), record);
  }

  function saveIndex(): OwnStoreStatus {
    return write(indexKey, index);
  }

  function notify(change: OwnStoreChange): void {
    lastStatus = change.status;
    for (const listener of listeners) listener(change);
  }

  /** Another tab saved this key since this tab last read or wrote it. */
  function changedElsewhere(key: string): boolean {
    const stored = attempt(() => storage.getItem(key)).value ?? null;
    return seen.has(key) && stored !== seen.get(key);
  }

  function onStorage(event: Event): void {
    const { key } = event as StorageEvent;
    // key null: another tab cleared the whole storage (the wipe button).
    const ours = key === null || key === indexKey || key.startsWith(ownAccountKey('', cohort).replace(/:v\d+$/, ''));
    if (!ours || (key !== null && !changedElsewhere(key))) return;
    const before = index.current;
    loadAll();
    const id =
      key === null || key === indexKey
        ? index.current
        : [...records.keys()].find((candidate) => ownAccountKey(candidate, cohort) === key);
    notify({ status: 'external', id: id ?? before });
  }

  loadAll();
  options.events?.addEventListener('storage', onStorage);

  const store: OwnAccountStore = {
    cohort,
    list: () =>
      index.ids.map((id) => {
        const record = records.get(id)!;
        return {
          id,
          name: record.account.name,
          updatedAt: record.updatedAt,
          people: record.account.people?.length ?? 0,
        };
      }),
    current: () => (index.current ? records.get(index.current) : undefined),
    get: (id) => records.get(id),
    create(basics) {
      if (changedElsewhere(indexKey)) loadAll();
      const id = nextOwnAccountId([...index.ids, ...allStoredIds()]);
      const record = newOwnAccountRecord(id, basics, now());
      records.set(id, record);
      index = { ...index, ids: [...index.ids, id], current: id };
      const status = worst(saveRecord(record), saveIndex());
      notify({ status, id });
      return record;
    },
    add(record) {
      if (changedElsewhere(indexKey)) loadAll();
      const taken = [...index.ids, ...allStoredIds()];
      let id = record.id;
      for (let n = 2; taken.includes(id); n++) id = `${record.id}-${n}`;
      const added = { ...record, id, account: { ...record.account, id } };
      const status = saveRecord(added);
      if (status !== 'saved') {
        notify({ status, id });
        return { id, status };
      }
      records.set(id, added);
      index = { ...index, ids: [...index.ids, id], current: id };
      const indexed = saveIndex();
      notify({ status: indexed, id });
      return { id, status: indexed };
    },
    setBasics(id, basics) {
      return store.update(id, (draft) => {
        const { opportunity, ...fields } = accountBasics(basics);
        Object.assign(draft.account, fields);
        for (const field of ['industry', 'sector', 'asOf'] as const)
          if (!(field in fields)) delete draft.account[field];
        draft.account.opportunity = {
          ...draft.account.opportunity,
          ...opportunity,
        } as typeof draft.account.opportunity;
      });
    },
    switchTo(id) {
      if (!records.has(id)) return;
      if (changedElsewhere(indexKey)) loadAll();
      index = { ...index, current: id };
      notify({ status: saveIndex(), id });
    },
    remove(id) {
      if (changedElsewhere(indexKey)) loadAll();
      records.delete(id);
      const ids = index.ids.filter((candidate) => candidate !== id);
      index = { ...index, ids, current: index.current === id ? ids[0] : index.current };
      attempt(() => storage.removeItem(ownAccountKey(id, cohort)));
      seen.set(ownAccountKey(id, cohort), null);
      notify({ status: saveIndex(), id });
    },
    update(id, change) {
      const key = ownAccountKey(id, cohort);
      let both = false;
      if (changedElsewhere(key)) {
        // Another tab saved first: build on its version, and say so.
        const theirs = loadRecord(id);
        if (theirs) records.set(id, theirs);
        both = true;
      }
      const record = records.get(id);
      if (!record) return 'failed';
      const draft = structuredClone(record);
      const next = change(draft) ?? draft;
      next.updatedAt = now().toISOString();
      records.set(id, next);
      const saved = saveRecord(next);
      const status = saved === 'saved' && both ? 'both-changed' : saved;
      notify({ status, id });
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener({ status: lastStatus === 'unreadable' ? 'unreadable' : 'loaded', id: index.current });
      return () => listeners.delete(listener);
    },
    close() {
      options.events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };

  /** Ids stored under this namespace, listed or not, so a new id never lands on an old key. */
  function allStoredIds(): string[] {
    const ids: string[] = [];
    const prefix = ownAccountKey('', cohort).replace(/:v\d+$/, '');
    for (let position = 0; position < storage.length; position++) {
      const key = attempt(() => storage.key(position)).value;
      const match = key?.startsWith(prefix) ? /^(.*):v\d+(?::unreadable)?$/.exec(key.slice(prefix.length)) : null;
      if (match?.[1] && match[1] !== 'index') ids.push(match[1]);
    }
    return ids;
  }

  return store;
}

const SEVERITY: OwnStoreStatus[] = ['loaded', 'saved', 'external', 'both-changed', 'unreadable', 'failed', 'full'];
function worst(a: OwnStoreStatus, b: OwnStoreStatus): OwnStoreStatus {
  return SEVERITY.indexOf(a) >= SEVERITY.indexOf(b) ? a : b;
}

function attempt<T>(action: () => T): { value?: T; error?: unknown } {
  try {
    return { value: action() };
  } catch (error) {
    return { error: error ?? new Error('storage') };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
