/**
 * Everything this site keeps on a device, as one file and back: the whole-device backup a
 * trainee takes before wiping a shared laptop, and the wipe itself. Covers every namespace
 * (`kam:`, every cohort's `kam@<cohort>:`, and the facilitator's older `kam-workbook:`), so own
 * accounts, worksheets, tests and timers of every cohort go into the file and are restored from
 * it. Pure over the few Web Storage calls (`StorageLike`), no DOM.
 */

import { isSiteKey, siteKeys } from './record.ts';

export const DEVICE_BACKUP_FORMAT = 'kam-device-backup';
export const DEVICE_BACKUP_VERSION = 1;
/** Browsers give a site about 5 MB of localStorage; a backup cannot be larger than that. */
export const MAX_BACKUP_BYTES = 6 * 1024 * 1024;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface DeviceBackup {
  format: typeof DEVICE_BACKUP_FORMAT;
  version: typeof DEVICE_BACKUP_VERSION;
  savedAt: string;
  /** Storage key → stored text, exactly as kept. */
  entries: Record<string, string>;
}

export function deviceBackup(storage: Storage, now: Date): DeviceBackup {
  const entries: Record<string, string> = {};
  for (const key of siteKeys(storage)) entries[key] = storage.getItem(key) ?? '';
  return { format: DEVICE_BACKUP_FORMAT, version: DEVICE_BACKUP_VERSION, savedAt: now.toISOString(), entries };
}

/** `backup-<date>.kam-backup.json` */
export function deviceBackupFileName(backup: Pick<DeviceBackup, 'savedAt'>): string {
  return `kam-backup-${backup.savedAt.slice(0, 10)}.json`;
}

/** Removes every key this site stored; returns how many. */
export function wipeSiteData(storage: Storage): number {
  const keys = siteKeys(storage);
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}

export type BackupRefusal = 'too-large' | 'not-json' | 'not-backup' | 'newer-version';

export type BackupReading = { ok: true; backup: DeviceBackup } | { ok: false; refusal: BackupRefusal };

/** Reads a backup file; nothing in it is trusted: only site keys with text values are taken. */
export function readDeviceBackup(text: string): BackupReading {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, refusal: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, refusal: 'not-json' };
  }
  const file = data as Partial<DeviceBackup> | null;
  if (!file || typeof file !== 'object' || file.format !== DEVICE_BACKUP_FORMAT) {
    return { ok: false, refusal: 'not-backup' };
  }
  if (typeof file.version === 'number' && file.version > DEVICE_BACKUP_VERSION) {
    return { ok: false, refusal: 'newer-version' };
  }
  const entries = file.entries;
  if (file.version !== DEVICE_BACKUP_VERSION || !entries || typeof entries !== 'object' || Array.isArray(entries)) {
    return { ok: false, refusal: 'not-backup' };
  }
  const taken = Object.entries(entries).filter(
    (entry): entry is [string, string] => isSiteKey(entry[0]) && typeof entry[1] === 'string',
  );
  return {
    ok: true,
    backup: {
      format: DEVICE_BACKUP_FORMAT,
      version: DEVICE_BACKUP_VERSION,
      savedAt: typeof file.savedAt === 'string' ? file.savedAt : '',
      entries: Object.fromEntries(taken),
    },
  };
}

export interface RestoreResult {
  restored: number;
  /** Keys the browser refused (the quota): what is already there stays as it was. */
  refused: string[];
  /** The first refusal's error, to tell a full quota from blocked storage. */
  error?: unknown;
}

/**
 * Writes every entry of the backup. A key the device also holds takes the backup's value (the
 * trainee chose to restore); keys that are not in the backup stay.
 */
export function restoreDeviceBackup(storage: Storage, backup: DeviceBackup): RestoreResult {
  const result: RestoreResult = { restored: 0, refused: [] };
  for (const [key, value] of Object.entries(backup.entries)) {
    try {
      storage.setItem(key, value);
      result.restored++;
    } catch (error) {
      result.refused.push(key);
      result.error ??= error;
    }
  }
  return result;
}
