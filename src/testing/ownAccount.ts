/**
 * Own accounts for tests and the bench: a case file's data as a stored own-account record, and
 * a browser page with that record stored as the current own account. Never shipped.
 */
import type { Page } from '@playwright/test';
import {
  OWN_ACCOUNT_FORMAT,
  OWN_ACCOUNT_VERSION,
  ownAccountIndexKey,
  ownAccountKey,
  type OwnAccountRecord,
} from '../ownAccounts/record.ts';

/** The record a trainee would have with `account` filled in, as of a fixed time. */
export function ownAccountRecord(account: OwnAccountRecord['account'], trainee = '李明'): OwnAccountRecord {
  return {
    format: OWN_ACCOUNT_FORMAT,
    version: OWN_ACCOUNT_VERSION,
    id: account.id,
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    account,
    actionPlan: [],
    manReasons: {},
    checklist: [],
    conflicts: [],
    trainee,
    group: '第一组',
  };
}

/** Opens `url`, stores `record` as the only and current own account there, and reloads. */
export async function openWithOwnAccount(page: Page, url: string, record: OwnAccountRecord): Promise<void> {
  await page.goto(url);
  await page.evaluate(
    ([recordKey, indexKey, value, id]) => {
      localStorage.setItem(recordKey!, value!);
      localStorage.setItem(indexKey!, JSON.stringify({ version: 1, ids: [id], current: id }));
    },
    [ownAccountKey(record.id), ownAccountIndexKey(), JSON.stringify(record), record.id],
  );
  await page.reload();
}
