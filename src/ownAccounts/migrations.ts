/**
 * Older own-account records, brought to the current version before validation. Version 1 is the
 * first; a version 2 adds one step here (`1: (v1) => v2`), and a v1 record still loads through it.
 * Unknown and future versions pass through unchanged, so validation refuses them and the store
 * sets them aside instead of overwriting them.
 */
import { OWN_ACCOUNT_VERSION } from './record.ts';

type Step = (older: Record<string, unknown>) => Record<string, unknown>;

/** `STEPS[n]` takes a version-n record to version n + 1. */
const STEPS: Record<number, Step> = {};

export function migrateOwnAccount(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  let record = data as Record<string, unknown>;
  while (typeof record.version === 'number' && record.version < OWN_ACCOUNT_VERSION) {
    const step = STEPS[record.version];
    if (!step) return record;
    record = step(record);
  }
  return record;
}
