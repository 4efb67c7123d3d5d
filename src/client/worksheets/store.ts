/**
 * The worksheet store: one filled worksheet kept in localStorage, saved on every change.
 *
 *   const store = openWorksheetStore(localStorage, { kind: 'man', account: 'city-hospital' }, { seed });
 *   store.subscribe((worksheet, status) => render(worksheet));
 *   store.update((sheet) => { sheet.trainee = '张三'; });
 *
 * - Key: `kam[@cohort]:worksheet:<kind>:<account|blank>:v<N>` (see `storageKey`). A new site build
 *   with the same format version reads the same key, so a reload or a new build loses nothing.
 * - Older versions: when the current key is empty but an older one holds work, it is migrated,
 *   saved under the current key, and the old key removed only after that save succeeded.
 * - Stored data that no longer validates is moved aside (`…:unreadable`), never overwritten. It is
 *   checked without zod (`readStoredWorksheet`), so zod loads only when a file is imported.
 * - Nothing leaves the browser: there is no network code here or anywhere in the worksheets.
 */
import { readStoredWorksheet } from '../../schemas/stored.ts';
import type { Worksheet } from '../../schemas/worksheet.ts';
import { WORKSHEET_VERSION } from '../../schemas/worksheetFormat.ts';
import { migrateToCurrent, type PeopleLookup } from '../../worksheets/migrations.ts';
import { parseStorageKey, storageKey, type WorksheetSlot } from '../../worksheets/worksheet.ts';
import { isQuotaError, type StorageLike } from '../browserStorage.ts';

export { browserStorage, memoryStorage, type StorageLike } from '../browserStorage.ts';

/**
 * `saved` after a successful write; `full` when the storage quota refused it, `failed` when the
 * browser refused it otherwise (private mode). An own account's sheet also hears `external`
 * (another tab changed it) and `both-changed` (this change was saved on top of another tab's).
 */
export type SaveStatus = 'loaded' | 'saved' | 'failed' | 'full' | 'external' | 'both-changed';

export type Listener = (worksheet: Worksheet, status: SaveStatus) => void;

export interface WorksheetStore {
  readonly key: string;
  get(): Worksheet;
  /** Changes the worksheet in place (or returns a replacement), saves, and notifies. */
  update(change: (draft: Worksheet) => Worksheet | void): void;
  /** Back to the seed. The page asks the trainee first; absent where a sheet cannot be reset. */
  reset?(): void;
  /**
   * Takes an imported sheet. Absent: the import replaces the sheet (`update`). An own account's
   * sheet merges it instead, so the people the other sheets hold stay.
   */
  merge?(sheet: Worksheet): void;
  subscribe(listener: Listener): () => void;
}

interface Options {
  /** A fresh worksheet for this slot (the account's people, nothing answered). */
  seed: () => Worksheet;
  /** Names for people in files saved by version 1. */
  lookup?: PeopleLookup;
  now?: () => Date;
}

export function openWorksheetStore(
  storage: StorageLike,
  slot: WorksheetSlot,
  options: Options,
): WorksheetStore & Required<Pick<WorksheetStore, 'reset'>> {
  const key = storageKey(slot);
  const lookup = options.lookup ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<Listener>();
  let current = load();

  function load(): Worksheet {
    const stored = readValid(key);
    if (stored) return stored;
    for (let version = WORKSHEET_VERSION - 1; version >= 1; version--) {
      const oldKey = storageKey(slot, version);
      const older = readValid(oldKey);
      if (older && write(older) === 'saved') {
        storage.removeItem(oldKey);
        return older;
      }
    }
    return options.seed();
  }

  function readValid(from: string): Worksheet | undefined {
    const text = safely(() => storage.getItem(from));
    if (text === null || text === undefined) return undefined;
    const stored = safely(() => readStoredWorksheet(migrateToCurrent(JSON.parse(text), lookup)));
    if (stored) return stored;
    safely(() => storage.setItem(`${from}:unreadable`, text));
    safely(() => storage.removeItem(from));
    return undefined;
  }

  function write(worksheet: Worksheet): SaveStatus {
    worksheet.savedAt = now().toISOString();
    try {
      storage.setItem(key, JSON.stringify(worksheet));
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'failed';
    }
  }

  function notify(status: SaveStatus) {
    for (const listener of listeners) listener(current, status);
  }

  return {
    key,
    get: () => current,
    update(change) {
      current = change(current) ?? current;
      notify(write(current));
    },
    reset() {
      safely(() => storage.removeItem(key));
      current = options.seed();
      notify('loaded');
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(current, 'loaded');
      return () => listeners.delete(listener);
    },
  };
}

function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

export interface SavedWorksheet extends WorksheetSlot {
  key: string;
  trainee: string;
  group: string;
  savedAt?: string;
  rows: number;
}

/** Every current-version worksheet of a cohort in storage, newest first, for the "My worksheets" page. */
export function listSavedWorksheets(storage: StorageLike, cohort?: string): SavedWorksheet[] {
  const saved: SavedWorksheet[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    const slot = key ? parseStorageKey(key) : undefined;
    if (!key || !slot || slot.version !== WORKSHEET_VERSION || slot.cohort !== cohort) continue;
    const stored = safely(() => readStoredWorksheet(JSON.parse(storage.getItem(key) ?? '')));
    if (!stored) continue;
    const { trainee, group, savedAt, rows } = stored;
    saved.push({ key, kind: slot.kind, account: slot.account, trainee, group, savedAt, rows: rows.length });
  }
  return saved.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
}
