import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotaStorage } from '../../src/testing/memoryStorage.ts';
import { openOwnAccountStore, type OwnStoreChange } from '../../src/client/ownAccounts/store.ts';
import { activeCohort, setCohort } from '../../src/client/ownAccounts/cohort.ts';
import { legacyBlankSheets } from '../../src/client/ownAccounts/legacy.ts';
import { ownSheetStore } from '../../src/client/ownAccounts/sheetStore.ts';
import {
  deviceBackup,
  deviceBackupFileName,
  readDeviceBackup,
  restoreDeviceBackup,
  wipeSiteData,
} from '../../src/ownAccounts/deviceData.ts';
import { ownAccountIndexKey, ownAccountKey, storagePrefix, isCohortName } from '../../src/ownAccounts/record.ts';
import { applyWorksheet, worksheetOf } from '../../src/ownAccounts/sheets.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import type { ManWorksheet, PowerInterestWorksheet, RelationshipMapWorksheet } from '../../src/schemas/worksheet.ts';
import { storageKey } from '../../src/worksheets/worksheet.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/own-accounts/${name}.json`, 'utf8');

/** What the browser does in every other tab after a `setItem` in one. */
function storageEvent(target: EventTarget, key: string | null) {
  target.dispatchEvent(Object.assign(new Event('storage'), { key }));
}

const layerUnitName = (layer: string) => `（${layer}）`;
const at = (iso: string) => () => new Date(iso);

describe('the own-account store', () => {
  it('creates, lists, switches and deletes own accounts, saved under versioned keys', () => {
    const storage = quotaStorage();
    const store = openOwnAccountStore(storage, { now: at('2026-11-01T08:00:00Z') });
    expect(store.list()).toEqual([]);
    expect(store.current()).toBeUndefined();
    const first = store.create({ name: '滨江市卫健委', industry: '政府', sector: 'government', offering: '数据平台' });
    const second = store.create({ name: '城南医院' });
    expect(store.list().map((entry) => entry.name)).toEqual(['滨江市卫健委', '城南医院']);
    expect(store.current()?.id).toBe(second.id);
    expect(first.account).toMatchObject({
      industry: '政府',
      sector: 'government',
      opportunity: { offering: '数据平台' },
    });
    store.switchTo(first.id);
    expect(JSON.parse(storage.getItem(ownAccountIndexKey())!)).toEqual({
      version: 1,
      ids: [first.id, second.id],
      current: first.id,
    });
    store.remove(first.id);
    expect(storage.getItem(ownAccountKey(first.id))).toBeNull();
    expect(store.current()?.id).toBe(second.id);
    // A reload reads the same.
    const reloaded = openOwnAccountStore(storage);
    expect(reloaded.list().map((entry) => entry.id)).toEqual([second.id]);
    expect(reloaded.current()?.account.name).toBe('城南医院');
  });

  it('saves every change at once and renames through setBasics', () => {
    const storage = quotaStorage();
    const store = openOwnAccountStore(storage);
    const { id } = store.create({ name: '甲' });
    const heard: OwnStoreChange[] = [];
    store.subscribe((change) => heard.push(change));
    expect(store.update(id, (draft) => void (draft.trainee = '韩梅梅'))).toBe('saved');
    expect(store.setBasics(id, { name: '乙', asOf: '2026-11-01' })).toBe('saved');
    const saved = JSON.parse(storage.getItem(ownAccountKey(id))!);
    expect(saved).toMatchObject({ trainee: '韩梅梅', account: { name: '乙', asOf: '2026-11-01' } });
    expect(heard.map((change) => change.status)).toEqual(['loaded', 'saved', 'saved']);
  });

  it('moves a record that no longer validates aside and never overwrites it', () => {
    const storage = quotaStorage();
    const { id } = openOwnAccountStore(storage).create({ name: '甲' });
    const broken = storage.getItem(ownAccountKey(id))!.replace('"people":[]', '"people":[{"id":"Bad Id"}]');
    storage.setItem(ownAccountKey(id), broken);
    const store = openOwnAccountStore(storage);
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.status));
    expect(store.list()).toEqual([]);
    expect(storage.getItem(`${ownAccountKey(id)}:unreadable`)).toBe(broken);
    expect(heard).toEqual(['unreadable']);
    // The next account does not take the set-aside id.
    expect(store.create({ name: '乙' }).id).not.toBe(id);
    expect(storage.getItem(`${ownAccountKey(id)}:unreadable`)).toBe(broken);
  });

  it('refuses a record of a future version instead of reading it as this one', () => {
    const storage = quotaStorage();
    const { id } = openOwnAccountStore(storage).create({ name: '甲' });
    storage.setItem(ownAccountKey(id), storage.getItem(ownAccountKey(id))!.replace('"version":1', '"version":7'));
    expect(openOwnAccountStore(storage).get(id)).toBeUndefined();
    expect(storage.getItem(`${ownAccountKey(id)}:unreadable`)).toContain('"version":7');
  });

  it('reports a full storage quota and keeps the change in memory', () => {
    const storage = quotaStorage(2500);
    const store = openOwnAccountStore(storage);
    const { id } = store.create({ name: '甲' });
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.status));
    const status = store.update(id, (draft) => void (draft.account.summary = '很长的背景'.repeat(500)));
    expect(status).toBe('full');
    expect(heard.at(-1)).toBe('full');
    expect(store.get(id)?.account.summary).toHaveLength(2500);
    expect(JSON.parse(storage.getItem(ownAccountKey(id))!).account.summary).toBeUndefined();
  });

  it('reports storage that refuses for another reason as failed', () => {
    const storage = quotaStorage();
    const store = openOwnAccountStore(storage);
    const { id } = store.create({ name: '甲' });
    storage.setItem = () => {
      throw new Error('SecurityError');
    };
    expect(store.update(id, (draft) => void (draft.group = '一组'))).toBe('failed');
  });
});

describe('two tabs on one account', () => {
  it("takes the other tab's change when its storage event arrives", () => {
    const storage = quotaStorage();
    const tabA = new EventTarget();
    const tabB = new EventTarget();
    const a = openOwnAccountStore(storage, { events: tabA });
    const { id } = a.create({ name: '甲' });
    const b = openOwnAccountStore(storage, { events: tabB });
    const heardByB: OwnStoreChange[] = [];
    b.subscribe((change) => heardByB.push(change));
    a.update(id, (draft) => void (draft.trainee = '韩梅梅'));
    storageEvent(tabB, ownAccountKey(id));
    expect(heardByB.at(-1)).toEqual({ status: 'external', id });
    expect(b.get(id)?.trainee).toBe('韩梅梅');
    // B's next change builds on A's: nothing of A's is lost.
    expect(b.update(id, (draft) => void (draft.group = '二组'))).toBe('saved');
    expect(JSON.parse(storage.getItem(ownAccountKey(id))!)).toMatchObject({ trainee: '韩梅梅', group: '二组' });
  });

  it('warns when both tabs changed before the event arrived, and keeps both changes', () => {
    const storage = quotaStorage();
    const a = openOwnAccountStore(storage, { events: new EventTarget() });
    const { id } = a.create({ name: '甲' });
    const b = openOwnAccountStore(storage, { events: new EventTarget() });
    a.update(id, (draft) => void (draft.trainee = '韩梅梅'));
    // B has not heard of A's save yet.
    expect(b.get(id)?.trainee).toBe('');
    expect(b.update(id, (draft) => void (draft.group = '二组'))).toBe('both-changed');
    expect(JSON.parse(storage.getItem(ownAccountKey(id))!)).toMatchObject({ trainee: '韩梅梅', group: '二组' });
  });

  it('sees an account created, switched to or deleted in another tab', () => {
    const storage = quotaStorage();
    const tabB = new EventTarget();
    const a = openOwnAccountStore(storage);
    const first = a.create({ name: '甲' });
    const b = openOwnAccountStore(storage, { events: tabB });
    const second = a.create({ name: '乙' });
    storageEvent(tabB, ownAccountIndexKey());
    expect(b.list().map((entry) => entry.id)).toEqual([first.id, second.id]);
    expect(b.current()?.id).toBe(second.id);
    a.remove(second.id);
    storageEvent(tabB, ownAccountIndexKey());
    expect(b.list().map((entry) => entry.id)).toEqual([first.id]);
  });

  it('ignores events about keys it already has, and keys of other cohorts', () => {
    const storage = quotaStorage();
    const tab = new EventTarget();
    const store = openOwnAccountStore(storage, { events: tab });
    const { id } = store.create({ name: '甲' });
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.status));
    storageEvent(tab, ownAccountKey(id));
    openOwnAccountStore(storage, { cohort: 'x' }).create({ name: '乙' });
    storageEvent(tab, ownAccountIndexKey('x'));
    expect(heard).toEqual(['loaded']);
  });
});

describe('cohorts', () => {
  it('keep separate own accounts on one browser profile', () => {
    const storage = quotaStorage();
    openOwnAccountStore(storage, { cohort: 'workshop-a' }).create({ name: '甲班的客户' });
    openOwnAccountStore(storage, { cohort: '二期' }).create({ name: '乙班的客户' });
    expect(
      openOwnAccountStore(storage, { cohort: 'workshop-a' })
        .list()
        .map((entry) => entry.name),
    ).toEqual(['甲班的客户']);
    expect(
      openOwnAccountStore(storage, { cohort: '二期' })
        .list()
        .map((entry) => entry.name),
    ).toEqual(['乙班的客户']);
    expect(openOwnAccountStore(storage).list()).toEqual([]);
    expect([...storage.data.keys()].every((key) => key.startsWith('kam@'))).toBe(true);
    expect(storagePrefix('二期')).toBe('kam@二期:');
  });

  it('accept letters, digits, dashes and underscores only', () => {
    expect(isCohortName('二期-A_1')).toBe(true);
    for (const bad of ['', 'a:b', 'a@b', 'a b', 'x'.repeat(41), '<script>']) expect(isCohortName(bad)).toBe(false);
  });
});

describe('blank worksheets saved before own accounts', () => {
  const legacy = legacyBlankSheets({ accountName: '我的客户', layerUnitName });
  const KINDS = {
    'relationship-map': 'blank-relationship-map-v2',
    man: 'blank-man-v2',
    'power-interest': 'blank-power-interest-v2',
    'action-plan': 'blank-action-plan-v2',
    information: 'blank-information-v2',
  } as const;

  function storageWith(entries: Record<string, string>) {
    const storage = quotaStorage();
    for (const [key, value] of Object.entries(entries)) storage.setItem(key, value);
    return storage;
  }

  for (const [kind, name] of Object.entries(KINDS)) {
    it(`merges a saved ${kind} sheet into the first own account and removes its key`, () => {
      const key = storageKey({ kind: kind as keyof typeof KINDS });
      const storage = storageWith({ [key]: fixture(name) });
      const store = openOwnAccountStore(storage, { legacy });
      const record = store.current()!;
      expect(record.account.name).toBe('我的客户');
      expect(storage.getItem(key)).toBeNull();
      const sheet = JSON.parse(fixture(name));
      expect(worksheetOf(record, sheet.kind).rows).toEqual(
        sheet.kind === 'information' ? sheet.rows : expect.arrayContaining([]),
      );
      if (sheet.kind !== 'information') {
        expect(record.account.people?.map((person) => person.name)).toEqual(
          sheet.rows.map((row: { name: string }) => row.name),
        );
      }
    });
  }

  it('merges v1 MAN and power–interest sheets', () => {
    const storage = storageWith({
      [storageKey({ kind: 'man' }, 1)]: fixture('blank-man-v1'),
      [storageKey({ kind: 'power-interest' }, 1)]: fixture('blank-power-interest-v1'),
    });
    const record = openOwnAccountStore(storage, { legacy }).current()!;
    const man = worksheetOf(record, 'man') as ManWorksheet;
    expect(man.rows.find((row) => row.name === 'p1')).toMatchObject({ money: 'yes', reason: '旧版填写' });
    const grid = worksheetOf(record, 'power-interest') as PowerInterestWorksheet;
    expect(grid.rows.map((row) => [row.name, row.power, row.interest])).toEqual([
      ['p1', 3, 2],
      ['p9', 1, 1],
    ]);
    expect(record.trainee).toBe('韩梅梅');
    expect(record.group).toBe('第二组');
    expect(storage.length).toBe(2); // the record and the index; both old keys gone
  });

  it('merges every kind into one account: a person on two sheets is one person, conflicts keep both values', () => {
    const storage = storageWith(
      Object.fromEntries(
        Object.entries(KINDS).map(([kind, name]) => [storageKey({ kind: kind as keyof typeof KINDS }), fixture(name)]),
      ),
    );
    const record = openOwnAccountStore(storage, { legacy }).current()!;
    const people = record.account.people!;
    expect(people.map((person) => person.name)).toEqual(['高局长', '周科长', '小林', '财务处刘处长', '新来的副局长']);
    const zhou = people.find((person) => person.name === '周科长')!;
    // MAN from the MAN sheet, roles from the map, plan from the action plan: all on one person.
    expect(zhou).toMatchObject({
      title: '信息科科长',
      roles: ['TB'],
      man: { money: 'no', authority: 'yes', need: 'yes' },
    });
    expect(record.manReasons[zhou.id]).toBe('技术把关');
    expect(record.actionPlan).toEqual([expect.objectContaining({ person: zhou.id, step: '约技术交流' })]);
    const gao = people.find((person) => person.name === '高局长')!;
    expect(gao).toMatchObject({ power: 5, interest: 4, disc: 'D' });
    expect(record.account.relationships).toEqual([
      expect.objectContaining({ from: zhou.id, to: gao.id, kind: 'influences', strength: 3 }),
    ]);
    expect(record.conflicts).toEqual([
      { field: 'group', kept: '第二组', other: '第三组', from: 'man' },
      { field: `people.${zhou.id}.title`, name: '周科长', kept: '信息科科长', other: '信息中心主任', from: 'man' },
    ]);
    expect(record.account.information?.basic).toEqual([
      { fact: '市级机关，编制 120 人', source: 'public-search' },
      { fact: '今年换了新局长', source: 'public-search' },
    ]);
    expect([...storage.data.keys()].filter((key) => key.includes(':worksheet:'))).toEqual([]);
  });

  it('leaves the old keys when the merged account cannot be saved, and tries again next time', () => {
    const storage = storageWith({ [storageKey({ kind: 'man' })]: fixture('blank-man-v2') });
    const setItem = storage.setItem;
    storage.setItem = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    expect(openOwnAccountStore(storage, { legacy }).list()).toEqual([]);
    expect(storage.getItem(storageKey({ kind: 'man' }))).not.toBeNull();
    storage.setItem = setItem;
    expect(openOwnAccountStore(storage, { legacy }).list()).toHaveLength(1);
  });

  it('does not merge twice, and leaves account-bound sheets alone', () => {
    const bound = storageKey({ kind: 'man', account: 'city-hospital' });
    const storage = storageWith({ [storageKey({ kind: 'man' })]: fixture('blank-man-v2'), [bound]: '{"x":1}' });
    openOwnAccountStore(storage, { legacy });
    storage.setItem(storageKey({ kind: 'man' }), fixture('blank-man-v2'));
    expect(openOwnAccountStore(storage, { legacy }).list()).toHaveLength(1);
    expect(storage.getItem(bound)).toBe('{"x":1}');
  });
});

describe('blank worksheets as views of one own account', () => {
  function withPeople() {
    const store = openOwnAccountStore(quotaStorage());
    const { id } = store.create({ name: '甲', asOf: '2026-11-01' });
    const map = worksheetOf(store.get(id)!, 'relationship-map') as RelationshipMapWorksheet;
    map.rows.push(
      {
        person: 'p1',
        name: '高局长',
        title: '局长',
        unit: '局领导',
        layer: 'decision',
        roles: ['EB'],
        support: 1,
        closeness: 2,
      },
      {
        person: 'p2',
        name: '周科长',
        title: '科长',
        unit: '',
        layer: 'management',
        roles: [],
        support: 'unknown',
        closeness: 0,
      },
    );
    map.relations.push({ from: 'p2', to: 'p1', kind: 'influences', direction: 'one-way', strength: 2 });
    store.update(id, (draft) => applyWorksheet(draft, map, { layerUnitName }));
    return { store, id };
  }

  it('shows a person added on the relationship map on every other sheet', () => {
    const { store, id } = withPeople();
    for (const kind of ['man', 'power-interest', 'action-plan'] as const) {
      expect(worksheetOf(store.get(id)!, kind).rows.map((row) => ('name' in row ? row.name : ''))).toEqual([
        '高局长',
        '周科长',
      ]);
    }
  });

  it('keeps each sheet’s answers on the one person and round-trips every sheet unchanged', () => {
    const { store, id } = withPeople();
    const man = worksheetOf(store.get(id)!, 'man') as ManWorksheet;
    Object.assign(man.rows[0]!, { money: 'yes', authority: 'yes', need: 'no', reason: '管钱' });
    store.update(id, (draft) => applyWorksheet(draft, man, { layerUnitName }));
    const grid = worksheetOf(store.get(id)!, 'power-interest') as PowerInterestWorksheet;
    Object.assign(grid.rows[0]!, { power: 5, interest: 2 });
    store.update(id, (draft) => applyWorksheet(draft, grid, { layerUnitName }));
    const record = store.get(id)!;
    expect(record.account.people![0]).toMatchObject({
      man: { money: 'yes', authority: 'yes', need: 'no' },
      power: 5,
      interest: 2,
      roles: ['EB'],
      support: 1,
    });
    for (const kind of ['man', 'power-interest', 'relationship-map', 'action-plan', 'information'] as const) {
      const sheet = worksheetOf(record, kind);
      expect(worksheetOf(applyWorksheet(record, sheet, { layerUnitName }), kind)).toEqual(sheet);
    }
  });

  it('removing a person on one sheet removes their relations, plan and reasons everywhere', () => {
    const { store, id } = withPeople();
    const man = worksheetOf(store.get(id)!, 'man') as ManWorksheet;
    man.rows = man.rows.filter((row) => row.name !== '高局长');
    store.update(id, (draft) => applyWorksheet(draft, man, { layerUnitName }));
    const record = store.get(id)!;
    expect(record.account.people!.map((person) => person.name)).toEqual(['周科长']);
    expect(record.account.relationships).toEqual([]);
    expect(record.account.units!.map((unit) => unit.name)).toEqual(['（management）']);
  });

  it('builds a case file that validates once the basics and a summary are there', () => {
    const { store, id } = withPeople();
    store.setBasics(id, { name: '甲', industry: '政府', sector: 'government', offering: '平台', stage: 'qualifying' });
    store.update(id, (draft) => {
      draft.account.summary = '市级机关的数据平台项目。';
      draft.account.people![1]!.reportsTo = 'p1';
    });
    const parsed = accountSchema.safeParse(store.get(id)!.account);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});

describe('units typed on the relationship map', () => {
  it('typing a unit name letter by letter renames the person’s unit instead of making one per letter', () => {
    const store = openOwnAccountStore(quotaStorage());
    const { id } = store.create({ name: '甲' });
    const type = (unit: string) => {
      const map = worksheetOf(store.get(id)!, 'relationship-map') as RelationshipMapWorksheet;
      if (map.rows.length === 0) {
        map.rows.push({
          person: 'p1',
          name: '周科长',
          title: '',
          unit: '',
          layer: 'management',
          roles: [],
          support: 'unknown',
          closeness: 0,
        });
      }
      map.rows[0]!.unit = unit;
      store.update(id, (draft) => applyWorksheet(draft, map, { layerUnitName }));
    };
    for (const text of ['', '信', '信息', '信息科']) type(text);
    expect(store.get(id)!.account.units).toEqual([{ id: 'u2', name: '信息科', layer: 'management' }]);
    type('');
    expect(store.get(id)!.account.units!.map((unit) => unit.id)).toEqual(['layer-management']);
  });
});

describe('the whole device: backup, restore and wipe', () => {
  function filledDevice() {
    const storage = quotaStorage();
    openOwnAccountStore(storage).create({ name: '默认组的客户' });
    openOwnAccountStore(storage, { cohort: 'a' }).create({ name: 'A 组的客户' });
    storage.setItem(storageKey({ kind: 'man', account: 'city-hospital' }), '{"sheet":1}');
    storage.setItem('kam:assessment:w:pre:v1', '{}');
    storage.setItem('kam-workbook:workshops:timer:v1:x', '{}');
    storage.setItem('kam:cohort:v1', 'a');
    storage.setItem('another-site', 'keep me');
    return storage;
  }

  it('backs up every cohort’s own accounts and worksheets, and only this site’s keys', () => {
    const storage = filledDevice();
    const backup = deviceBackup(storage, new Date('2026-11-02T10:00:00Z'));
    expect(Object.keys(backup.entries)).toEqual([
      'kam-workbook:workshops:timer:v1:x',
      'kam:assessment:w:pre:v1',
      'kam:cohort:v1',
      'kam:own:index:v1',
      'kam:own:own-1:v1',
      'kam:worksheet:man:city-hospital:v2',
      'kam@a:own:index:v1',
      'kam@a:own:own-1:v1',
    ]);
    expect(deviceBackupFileName(backup)).toBe('kam-backup-2026-11-02.json');
  });

  it('wipes everything the site stored and nothing else; the backup brings it all back', () => {
    const storage = filledDevice();
    const text = JSON.stringify(deviceBackup(storage, new Date()));
    expect(wipeSiteData(storage)).toBe(8);
    expect([...storage.data.keys()]).toEqual(['another-site']);
    const reading = readDeviceBackup(text);
    if (!reading.ok) throw new Error(reading.refusal);
    expect(restoreDeviceBackup(storage, reading.backup)).toEqual({ restored: 8, refused: [] });
    expect(openOwnAccountStore(storage, { cohort: 'a' }).current()?.account.name).toBe('A 组的客户');
    expect(openOwnAccountStore(storage).current()?.account.name).toBe('默认组的客户');
  });

  it('refuses what is not a backup, and takes only this site’s keys with text values from one', () => {
    expect(readDeviceBackup('{"format":"kam-device-backup","vers')).toEqual({ ok: false, refusal: 'not-json' });
    expect(readDeviceBackup('{"format":"kam-worksheet"}')).toEqual({ ok: false, refusal: 'not-backup' });
    expect(readDeviceBackup('{"format":"kam-device-backup","version":2,"entries":{}}')).toEqual({
      ok: false,
      refusal: 'newer-version',
    });
    expect(readDeviceBackup('x'.repeat(7 * 1024 * 1024))).toEqual({ ok: false, refusal: 'too-large' });
    const reading = readDeviceBackup(
      JSON.stringify({
        format: 'kam-device-backup',
        version: 1,
        entries: { 'kam:own:index:v1': '{}', 'evil:key': 'x', 'kam:x': { not: 'text' }, '<img src=x>': '1' },
      }),
    );
    expect(reading.ok && reading.backup.entries).toEqual({ 'kam:own:index:v1': '{}' });
  });

  it('reports the keys a full storage refused while restoring', () => {
    const source = filledDevice();
    const backup = deviceBackup(source, new Date());
    const small = quotaStorage(400);
    const result = restoreDeviceBackup(small, backup);
    expect(result.refused.length).toBeGreaterThan(0);
    expect(result.restored + result.refused.length).toBe(8);
    expect((result.error as Error).name).toBe('QuotaExceededError');
  });
});

describe('the cohort a browser works in', () => {
  it('is set once by a ?cohort= link, remembered after, and cleared by an empty one', () => {
    const storage = quotaStorage();
    expect(activeCohort(storage, '')).toBeUndefined();
    expect(activeCohort(storage, '?cohort=%E4%BA%8C%E6%9C%9F')).toBe('二期');
    expect(activeCohort(storage, '?x=1')).toBe('二期');
    expect(activeCohort(storage, '?cohort=a%3Ab')).toBe('二期'); // not a valid name: ignored
    expect(activeCohort(storage, '?cohort=')).toBeUndefined();
    expect(setCohort(storage, 'a@b')).toBe(false);
  });
});

describe('two tabs on one blank sheet', () => {
  it('keeps both tabs’ answers on the same sheet when one saves before hearing of the other', () => {
    const storage = quotaStorage();
    const names = { layerUnitName, firstAccountName: '我的客户' };
    const a = openOwnAccountStore(storage, { events: new EventTarget() });
    const { id } = a.create({ name: '甲' });
    const sheetA = ownSheetStore(a, 'man', names);
    for (const name of ['高局长', '周科长']) {
      sheetA.update((sheet) => {
        (sheet as ManWorksheet).rows.push({
          person: `p${sheet.rows.length + 1}`,
          name,
          title: '',
          money: 'unknown',
          authority: 'unknown',
          need: 'unknown',
          reason: '',
        });
      });
    }
    const b = openOwnAccountStore(storage, { events: new EventTarget() });
    const sheetB = ownSheetStore(b, 'man', names);
    const heardByB: string[] = [];
    sheetB.subscribe((_, status) => heardByB.push(status));
    sheetA.update((sheet) => void ((sheet as ManWorksheet).rows[0]!.money = 'yes'));
    sheetB.update((sheet) => void ((sheet as ManWorksheet).rows[1]!.need = 'no'));
    expect(heardByB.at(-1)).toBe('both-changed');
    const people = openOwnAccountStore(storage).get(id)!.account.people!;
    expect(people.map((person) => [person.name, person.man?.money, person.man?.need])).toEqual([
      ['高局长', 'yes', 'unknown'],
      ['周科长', 'unknown', 'no'],
    ]);
  });

  it('a first change on a blank sheet with no own account creates 「我的客户」', () => {
    const own = openOwnAccountStore(quotaStorage());
    const sheet = ownSheetStore(own, 'information', { layerUnitName, firstAccountName: '我的客户' });
    expect(sheet.get().rows).toHaveLength(5);
    sheet.update((draft) => void (draft.trainee = '韩梅梅'));
    expect(own.current()).toMatchObject({ trainee: '韩梅梅', account: { name: '我的客户' } });
  });
});
