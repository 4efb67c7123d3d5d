/**
 * Test answers and facilitator timers under the cohort's namespace, like worksheets and own
 * accounts, with what older versions kept moved into it (nothing lost), and the device backup
 * and wipe covering them.
 */
import { describe, expect, it } from 'vitest';
import { assessmentStorageKey } from '../../src/assessment/submission.ts';
import { memoryStorage } from '../../src/client/browserStorage.ts';
import { quotaStorage } from '../../src/testing/memoryStorage.ts';
import { deviceBackup, restoreDeviceBackup, wipeSiteData } from '../../src/ownAccounts/deviceData.ts';
import { SCOPED_KEYS_MARK, scopeLegacyKeys } from '../../src/ownAccounts/scopedKeys.ts';

const contents = (storage: ReturnType<typeof memoryStorage>) => {
  const entries: Record<string, string> = {};
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index)!;
    entries[key] = storage.getItem(key)!;
  }
  return entries;
};

describe('test answers and facilitator timers under a cohort', () => {
  it('keys carry the cohort’s namespace; the default keeps the key it always had', () => {
    expect(assessmentStorageKey('kickoff', 'pre')).toBe('kam:assessment:kickoff:pre:v1');
    expect(assessmentStorageKey('kickoff', 'pre', 'A班')).toBe('kam@A班:assessment:kickoff:pre:v1');
  });

  it('moves older timers and rubric scores into the cohort the device works in, values unchanged', () => {
    const storage = memoryStorage();
    storage.setItem('kam-workbook:workshops:timer:v1:kickoff', '{"stage":2}');
    storage.setItem('kam-workbook:workshops:timer:v1:kickoff:sound', 'true');
    storage.setItem('kam-workbook:workshops:rubric:v1:role-play', '{"teams":[]}');
    storage.setItem('other-site:key', 'x');
    expect(scopeLegacyKeys(storage, 'A班')).toBe(3);
    expect(contents(storage)).toEqual({
      'kam@A班:workshops:timer:v1:kickoff': '{"stage":2}',
      'kam@A班:workshops:timer:v1:kickoff:sound': 'true',
      'kam@A班:workshops:rubric:v1:role-play': '{"teams":[]}',
      'other-site:key': 'x',
      [SCOPED_KEYS_MARK]: '1',
    });
  });

  it('in the default namespace, timers move to kam: and test answers stay where they are', () => {
    const storage = memoryStorage();
    storage.setItem('kam-workbook:workshops:timer:v1:kickoff', '{"stage":1}');
    storage.setItem('kam:assessment:kickoff:pre:v1', '{"answers":{}}');
    scopeLegacyKeys(storage, undefined);
    expect(storage.getItem('kam:workshops:timer:v1:kickoff')).toBe('{"stage":1}');
    expect(storage.getItem('kam:assessment:kickoff:pre:v1')).toBe('{"answers":{}}');
  });

  it('test answers kept before namespaces move into the cohort once; later default answers stay default', () => {
    const storage = memoryStorage();
    storage.setItem('kam:assessment:kickoff:pre:v1', 'old answers');
    storage.setItem('kam:assessment:kickoff:post:v1:unreadable', 'kept aside');
    scopeLegacyKeys(storage, 'A班');
    expect(storage.getItem('kam@A班:assessment:kickoff:pre:v1')).toBe('old answers');
    expect(storage.getItem('kam@A班:assessment:kickoff:post:v1:unreadable')).toBe('kept aside');
    expect(storage.getItem('kam:assessment:kickoff:pre:v1')).toBeNull();
    // Answered later in the default namespace: that is the default namespace's own.
    storage.setItem('kam:assessment:kickoff:pre:v1', 'default answers');
    expect(scopeLegacyKeys(storage, 'A班')).toBe(0);
    expect(storage.getItem('kam:assessment:kickoff:pre:v1')).toBe('default answers');
  });

  it('never overwrites: an older key whose new place is taken stays, and so does one the browser refuses', () => {
    const storage = memoryStorage();
    storage.setItem('kam-workbook:workshops:timer:v1:kickoff', 'older');
    storage.setItem('kam@A班:workshops:timer:v1:kickoff', 'newer');
    expect(scopeLegacyKeys(storage, 'A班')).toBe(0);
    expect(storage.getItem('kam-workbook:workshops:timer:v1:kickoff')).toBe('older');
    expect(storage.getItem('kam@A班:workshops:timer:v1:kickoff')).toBe('newer');

    // A store with no room for the moved copy: the old key stays.
    const full = quotaStorage('kam-workbook:workshops:rubric:v1:role-play'.length + 'scores'.length);
    full.setItem('kam-workbook:workshops:rubric:v1:role-play', 'scores');
    expect(scopeLegacyKeys(full, 'A班')).toBe(0);
    expect(full.getItem('kam-workbook:workshops:rubric:v1:role-play')).toBe('scores');
  });

  it('the device backup and wipe cover every cohort’s answers and timers, older keys included', () => {
    const storage = memoryStorage();
    storage.setItem('kam@A班:assessment:kickoff:pre:v1', 'a');
    storage.setItem('kam@B班:workshops:timer:v1:kickoff', 'b');
    storage.setItem('kam-workbook:workshops:timer:v1:old', 'c');
    const backup = deviceBackup(storage, new Date('2026-11-26T08:00:00Z'));
    expect(Object.keys(backup.entries).sort()).toEqual([
      'kam-workbook:workshops:timer:v1:old',
      'kam@A班:assessment:kickoff:pre:v1',
      'kam@B班:workshops:timer:v1:kickoff',
    ]);
    expect(wipeSiteData(storage)).toBe(3);
    expect(storage.length).toBe(0);
    restoreDeviceBackup(storage, backup);
    // A restored older key moves into the namespace when a page next opens.
    scopeLegacyKeys(storage, 'B班');
    expect(storage.getItem('kam@B班:workshops:timer:v1:old')).toBe('c');
    expect(storage.getItem('kam@A班:assessment:kickoff:pre:v1')).toBe('a');
  });
});
