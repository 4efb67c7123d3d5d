import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotaStorage } from '../../src/testing/memoryStorage.ts';
import { openWorksheetStore, listSavedWorksheets } from '../../src/client/worksheets/store.ts';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { applyEdition } from '../../src/model/edition.ts';
import { buildRelationshipMap } from '../../src/maps/relationshipMap.ts';
import {
  MAX_WORKSHEET_BYTES,
  rowKey,
  type ManWorksheet,
  type RelationshipMapWorksheet,
  type Worksheet,
} from '../../src/schemas/worksheet.ts';
import { worksheetMapData } from '../../src/worksheets/sheetMapData.ts';
import { compareWithKey } from '../../src/worksheets/compare.ts';
import { debrief } from '../../src/worksheets/debrief.ts';
import { readWorksheetFile } from '../../src/worksheets/importFile.ts';
import { migrateV1 } from '../../src/worksheets/migrations.ts';
import {
  emptyWorksheet,
  exportFileName,
  nextPersonId,
  parseStorageKey,
  seedFor,
  seedPeople,
  storageKey,
  teachingChapter,
  WORKSHEET_CHAPTERS,
} from '../../src/worksheets/worksheet.ts';
import { smallAccount, zhLabels } from './helpers.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const V1_FIXTURE = readFileSync(new URL('../fixtures/worksheet-v1.json', import.meta.url), 'utf8');
const account = smallAccount();
const people = seedPeople(account, zhLabels.personName);
const hospitalNames = (id: string) =>
  ({ 'pres-lu': { name: '陆俊峰', title: '院长' }, 'pharm-head': { name: '祁世杰', title: '药剂科主任' } })[id];

function filledMan(group: string, answers: Partial<Record<string, Partial<ManWorksheet['rows'][number]>>>) {
  const sheet = emptyWorksheet('man', account.id, people) as ManWorksheet;
  sheet.group = group;
  for (const row of sheet.rows) Object.assign(row, answers[row.person]);
  return sheet;
}

describe('the chapter a worksheet page links to', () => {
  const chapters = [
    { id: '01-intro', worksheet: 'man' as const },
    { id: '02-roles', worksheet: 'relationship-map' as const },
    { id: '06-man-analysis', worksheet: 'man' as const },
    { id: '07-more' },
  ];

  it('is the chapter that teaches the sheet when the site has it', () => {
    expect(teachingChapter('man', chapters)).toBe('06-man-analysis');
  });

  it('is otherwise the first chapter whose exercise uses the sheet, and none when no chapter does', () => {
    expect(teachingChapter('relationship-map', chapters)).toBe('02-roles');
    expect(teachingChapter('action-plan', chapters)).toBeUndefined();
    expect(teachingChapter('man', [])).toBeUndefined();
  });

  it('is in the samples for every kind of sheet (content check)', () => {
    for (const id of Object.values(WORKSHEET_CHAPTERS))
      expect(existsSync(new URL(`../../content/chapters/${id}.mdx`, import.meta.url)), id).toBe(true);
  });
});

describe('worksheet storage keys', () => {
  it('name the kind, the account (or blank) and the format version', () => {
    expect(storageKey({ kind: 'man', account: 'city-hospital' })).toBe('kam:worksheet:man:city-hospital:v2');
    expect(storageKey({ kind: 'power-interest' }, 1)).toBe('kam:worksheet:power-interest:blank:v1');
  });

  it('read back into the same slot, and ignore keys that are not worksheets', () => {
    expect(parseStorageKey('kam:worksheet:power-interest:blank:v2')).toEqual({
      kind: 'power-interest',
      account: undefined,
      version: 2,
    });
    expect(parseStorageKey('kam:worksheet:poetry:x:v2')).toBeUndefined();
    expect(parseStorageKey('other')).toBeUndefined();
  });
});

describe('the worksheet store', () => {
  const slot = { kind: 'man', account: account.id } as const;
  const seed = () => emptyWorksheet('man', account.id, people);

  it('starts from the seed, saves every change, and a new store (a reload) finds it', () => {
    const storage = quotaStorage();
    const store = openWorksheetStore(storage, slot, { seed });
    expect(store.get().rows.map(rowKey)).toEqual(people.map((person) => person.person));
    const seen: string[] = [];
    store.subscribe((_sheet, status) => seen.push(status));
    store.update((sheet) => {
      sheet.trainee = '韩梅梅';
    });
    expect(seen).toEqual(['loaded', 'saved']);
    expect(openWorksheetStore(storage, slot, { seed }).get().trainee).toBe('韩梅梅');
  });

  it('reset goes back to the seed and forgets the saved copy', () => {
    const storage = quotaStorage();
    const store = openWorksheetStore(storage, slot, { seed });
    store.update((sheet) => {
      sheet.group = '一组';
    });
    store.reset();
    expect(store.get().group).toBe('');
    expect(storage.data.has(store.key)).toBe(false);
  });

  it('says "full" when the storage quota refuses the save, and keeps the answer in memory', () => {
    const store = openWorksheetStore(quotaStorage(10), slot, { seed });
    let status = '';
    store.subscribe((_sheet, latest) => (status = latest));
    store.update((sheet) => {
      sheet.trainee = '张三';
    });
    expect(status).toBe('full');
    expect(store.get().trainee).toBe('张三');
  });

  it('says "failed" when the browser refuses to save for another reason (storage blocked)', () => {
    const blocked = Object.assign(quotaStorage(), {
      setItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const store = openWorksheetStore(blocked, slot, { seed });
    let status = '';
    store.subscribe((_sheet, latest) => (status = latest));
    store.update((sheet) => void (sheet.trainee = '张三'));
    expect(status).toBe('failed');
    expect(store.get().trainee).toBe('张三');
  });

  it('moves unreadable stored data aside instead of overwriting it', () => {
    const storage = quotaStorage();
    storage.setItem(storageKey(slot), '{"format":"kam-worksheet","vers');
    const store = openWorksheetStore(storage, slot, { seed });
    expect(store.get().trainee).toBe('');
    expect(storage.data.get(`${storageKey(slot)}:unreadable`)).toBe('{"format":"kam-worksheet","vers');
  });

  it('migrates a stored v1 worksheet to v2, then removes the v1 key', () => {
    const storage = quotaStorage();
    const v1Slot = { kind: 'man', account: 'city-hospital' } as const;
    storage.setItem(storageKey(v1Slot, 1), V1_FIXTURE);
    const store = openWorksheetStore(storage, v1Slot, {
      seed: () => emptyWorksheet('man', 'city-hospital'),
      lookup: hospitalNames,
    });
    const sheet = store.get() as ManWorksheet;
    expect(sheet).toMatchObject({ version: 2, trainee: '李雷', group: '第三组' });
    expect(sheet.rows[0]).toEqual({
      person: 'pres-lu',
      name: '陆俊峰',
      title: '院长',
      money: 'yes',
      authority: 'yes',
      need: 'yes',
      reason: '牵头立项',
    });
    expect(sheet.rows[1]).toMatchObject({ person: 'pharm-head', need: 'yes', reason: '' });
    expect(storage.data.has(storageKey(v1Slot, 1))).toBe(false);
    expect(storage.data.has(storageKey(v1Slot))).toBe(true);
  });

  it('lists the saved worksheets for the "My worksheets" page, newest first', () => {
    const storage = quotaStorage();
    let clock = Date.parse('2026-11-01T00:00:00Z');
    const now = () => new Date((clock += 1000));
    openWorksheetStore(storage, slot, { seed, now }).update((sheet) => void (sheet.trainee = 'A'));
    openWorksheetStore(
      storage,
      { kind: 'power-interest' },
      { seed: () => emptyWorksheet('power-interest'), now },
    ).update((sheet) => void (sheet.trainee = 'B'));
    storage.setItem('unrelated', '1');
    expect(listSavedWorksheets(storage).map((saved) => [saved.kind, saved.account, saved.trainee])).toEqual([
      ['power-interest', undefined, 'B'],
      ['man', account.id, 'A'],
    ]);
  });
});

describe('importing a worksheet file', () => {
  const slot = { kind: 'man', account: account.id } as const;
  const good = () =>
    filledMan('二组', { [people[0]!.person]: { money: 'yes', reason: '<img src=x onerror=alert(1)>' } });

  it('accepts its own export unchanged, hostile-looking text included (shown as text later)', () => {
    const sheet = good();
    const result = readWorksheetFile(JSON.stringify(sheet), slot);
    expect(result).toEqual({ ok: true, worksheet: sheet });
  });

  it('refuses, with a reason, files that are too large, truncated, not JSON or not a worksheet', () => {
    const refusal = (text: string) => {
      const result = readWorksheetFile(text, slot);
      return result.ok ? 'accepted' : result.refusal;
    };
    expect(refusal(' '.repeat(MAX_WORKSHEET_BYTES + 1))).toBe('too-large');
    expect(refusal(JSON.stringify(good()).slice(0, 60))).toBe('not-json');
    expect(refusal('')).toBe('not-json');
    expect(refusal('[1,2]')).toBe('not-worksheet');
    expect(refusal('{"name":"a package.json"}')).toBe('not-worksheet');
    expect(refusal(JSON.stringify({ ...good(), version: 9 }))).toBe('newer-version');
  });

  it('refuses a worksheet of another kind or another account, naming what the file holds', () => {
    const other = emptyWorksheet('power-interest', account.id, people);
    expect(readWorksheetFile(JSON.stringify(other), slot)).toMatchObject({
      ok: false,
      refusal: 'wrong-kind',
      found: 'power-interest',
    });
    expect(readWorksheetFile(JSON.stringify({ ...good(), account: 'tech-company' }), slot)).toMatchObject({
      ok: false,
      refusal: 'wrong-account',
      found: 'tech-company',
    });
  });

  it('lists every field problem with the field path, expected and found', () => {
    const sheet: Record<string, any> = good();
    sheet.rows[0].money = 'maybe';
    sheet.rows[1].reason = 'x'.repeat(1001);
    sheet.extra = true;
    const result = readWorksheetFile(JSON.stringify(sheet), slot);
    expect(result.ok).toBe(false);
    const details = result.ok ? [] : result.details;
    expect(details).toEqual(
      expect.arrayContaining([
        'rows[0].money  expected one of yes, no, unknown; found "maybe"',
        'extra  unknown field "extra" (allowed here: format, version, account, trainee, group, savedAt, kind, rows)',
        expect.stringMatching(/^rows\[1\]\.reason {2}expected text of at most 1000 characters/),
      ]),
    );
  });

  it('refuses a JSON "__proto__" key instead of letting it through', () => {
    const text = JSON.stringify(good()).replace('"group"', '"__proto__":{"isAdmin":true},"group"');
    const result = readWorksheetFile(text, slot);
    expect(result).toMatchObject({ ok: false, refusal: 'invalid' });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('migrates a v1 export on import', () => {
    const result = readWorksheetFile(V1_FIXTURE, { kind: 'man', account: 'city-hospital' }, hospitalNames);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, worksheet: { version: 2, group: '第三组' } });
  });
});

describe('migrations', () => {
  it('keep unknown people under their id rather than dropping their answers', () => {
    const v2 = migrateV1(
      { version: 1, kind: 'power-interest', trainee: '王五', answers: { 'cfo-x': { power: 4, interest: 2 } } },
      () => undefined,
    );
    expect(v2).toMatchObject({ kind: 'power-interest', trainee: '王五', group: '' });
    expect(v2.rows).toEqual([{ person: 'cfo-x', name: 'cfo-x', title: '', power: 4, interest: 2 }]);
  });
});

describe('file names of exports', () => {
  it('name trainee, worksheet and account, without characters a file system refuses', () => {
    const sheet = emptyWorksheet('man', 'city-hospital');
    sheet.trainee = '张三/../<x>';
    expect(exportFileName(sheet)).toBe('张三-..-x_man_city-hospital.worksheet.json');
    expect(exportFileName(emptyWorksheet('power-interest'))).toBe('trainee_power-interest_blank.worksheet.json');
  });

  it('new people on a blank sheet get the next free id', () => {
    expect(nextPersonId([])).toBe('p1');
    expect(nextPersonId([{ person: 'p2' }])).toBe('p3');
  });
});

describe('answer keys', () => {
  const samples = loadAllAccounts().filter((candidate) => candidate.confidentiality === 'public');

  it('every public sample has a key, and every key entry names a person of its account', () => {
    for (const sample of samples) {
      const key = sample.trainer?.answerKey ?? [];
      expect(key.length, sample.id).toBeGreaterThan(0);
      const ids = new Set(sample.people.map((person) => person.id));
      for (const entry of key) expect(ids.has(entry.person), `${sample.id}: ${entry.person}`).toBe(true);
    }
  });

  it('is removed from the trainee and public editions', () => {
    const keyed = smallAccount((data) => {
      data.sanitized = true;
      data.trainer.answerKey = [{ person: 'dean', power: 5, interest: 3, reasoning: '院长牵头立项' }];
    });
    expect(JSON.stringify(applyEdition([keyed], 'trainer'))).toContain('reasoning');
    for (const edition of ['trainee', 'public'] as const) {
      const text = JSON.stringify(applyEdition([keyed], edition));
      expect(text).not.toContain('answerKey');
      expect(text).not.toContain('reasoning');
    }
  });

  it('comparison says agree or differ per question, with the key reasoning', () => {
    const key = [
      { person: people[0]!.person, man: { money: 'yes', authority: 'no', need: 'yes' }, reasoning: '因为……' },
    ] as const;
    const sheet = filledMan('一组', { [people[0]!.person]: { money: 'yes', authority: 'yes', need: 'yes' } });
    const [result] = compareWithKey(sheet, key as never);
    expect(result).toMatchObject({ person: people[0]!.person, agree: false, reasoning: '因为……' });
    expect(result!.questions.map((question) => [question.question, question.agree])).toEqual([
      ['money', true],
      ['authority', false],
      ['need', true],
      ['man-class', false],
    ]);
  });

  it('comparison of the power–interest sheet is by quadrant, and an empty place differs', () => {
    const sheet = emptyWorksheet('power-interest', account.id, people) as Worksheet & { kind: 'power-interest' };
    sheet.rows[0]!.power = 4;
    sheet.rows[0]!.interest = 5;
    const key = [
      { person: people[0]!.person, power: 5, interest: 3, reasoning: 'a' },
      { person: people[1]!.person, power: 1, interest: 1, reasoning: 'b' },
    ];
    expect(compareWithKey(sheet, key as never).map((row) => [row.questions[0]!.given, row.agree])).toEqual([
      ['manage-closely', true],
      ['unanswered', false],
    ]);
  });
});

describe('the debrief', () => {
  it('lines up the groups per person and question, disagreements first', () => {
    const first = people[0]!.person;
    const second = people[1]!.person;
    const sheets = [
      filledMan('一组', { [first]: { money: 'yes' }, [second]: { need: 'yes' } }),
      filledMan('二组', { [first]: { money: 'yes' }, [second]: { need: 'no' } }),
      filledMan('', { [first]: { money: 'yes' }, [second]: { need: 'no' } }),
    ];
    sheets[2]!.trainee = '赵六';
    const rows = debrief(sheets, {
      [account.id]: [{ person: second, man: { money: 'unknown', authority: 'unknown', need: 'no' }, reasoning: 'r' }],
    });
    const needOfSecond = rows.find((row) => row.person === second && row.question === 'need')!;
    expect(needOfSecond).toMatchObject({
      split: true,
      expected: 'no',
      answers: [
        { value: 'no', groups: ['二组', '赵六'] },
        { value: 'yes', groups: ['一组'] },
      ],
    });
    expect(rows.find((row) => row.person === first && row.question === 'money')).toMatchObject({
      split: false,
      answers: [{ value: 'yes', groups: ['一组', '二组', '赵六'] }],
    });
    const firstAgreed = rows.findIndex((row) => !row.split);
    expect(rows.slice(firstAgreed).every((row) => !row.split)).toBe(true);
  });
});

describe('the relationship-map worksheet', () => {
  const clinic = smallAccount();

  it('starts from the account’s known facts: names, units and layers, no answers', () => {
    const sheet = emptyWorksheet('relationship-map', clinic.id, seedPeople(clinic, zhLabels.personName));
    expect(sheet.kind).toBe('relationship-map');
    const dean = sheet.rows.find((row) => rowKey(row) === 'dean')!;
    expect(dean).toEqual({
      person: 'dean',
      name: '周院长',
      title: '院长',
      unit: '院办',
      layer: 'decision',
      roles: [],
      support: 'unknown',
      closeness: 0,
    });
  });

  it('becomes map data the account map builder draws, leaving out relations to removed people', () => {
    const sheet = emptyWorksheet('relationship-map', undefined, [
      { person: 'p1', name: '王总', title: '总经理', unit: '总经办', layer: 'decision' },
      { person: 'p2', name: '李工', title: '工程师', unit: '', layer: 'execution' },
    ]) as RelationshipMapWorksheet;
    sheet.relations.push(
      { from: 'p1', to: 'p2', kind: 'mentor', direction: 'one-way', strength: 3 },
      { from: 'p1', to: 'p9', kind: 'ally', direction: 'mutual', strength: 1 },
    );
    const data = worksheetMapData(sheet);
    expect(data.units).toEqual([
      { id: 'u1', name: '总经办', layer: 'decision' },
      { id: 'u2', name: 'execution', layer: 'execution' },
    ]);
    expect(data.relationships).toHaveLength(1);
    const diagram = buildRelationshipMap(data, { labels: zhLabels });
    expect(diagram.source).toContain('王总');
    expect(Object.values(diagram.nodes).map((node) => node.id)).toEqual(['p1', 'p2']);
  });

  it('round-trips through export and import, and the debrief compares roles', () => {
    const sheet = emptyWorksheet(
      'relationship-map',
      clinic.id,
      seedPeople(clinic, zhLabels.personName),
    ) as RelationshipMapWorksheet;
    sheet.rows[0]!.roles = ['Coach', 'EB'];
    const result = readWorksheetFile(JSON.stringify(sheet), { kind: 'relationship-map', account: clinic.id });
    expect(result).toEqual({ ok: true, worksheet: sheet });
    const other = structuredClone(sheet);
    other.rows[0]!.roles = ['EB'];
    const rows = debrief([sheet, other]);
    expect(rows[0]).toMatchObject({
      person: sheet.rows[0]!.person,
      question: 'roles',
      split: true,
      answers: [
        { value: 'EB+Coach', groups: ['#1'] },
        { value: 'EB', groups: ['#2'] },
      ],
    });
  });
});

describe('the action plan', () => {
  const clinic = smallAccount();

  it('starts with the key people only (a buying role or high power)', () => {
    const ids = seedFor('action-plan', clinic, zhLabels.personName).map((seed) => seed.person);
    expect(ids).toEqual(['dean', 'pharm-head', 'it-head']);
    expect(ids).not.toContain('inspector');
    expect(seedFor('man', clinic, zhLabels.personName)).toHaveLength(clinic.people.length);
  });

  it('accepts an empty or a calendar date and refuses anything else', () => {
    const sheet = emptyWorksheet('action-plan', clinic.id, seedFor('action-plan', clinic, zhLabels.personName));
    const slot = { kind: 'action-plan', account: clinic.id } as const;
    expect(readWorksheetFile(JSON.stringify(sheet), slot).ok).toBe(true);
    (sheet.rows[0] as { date: string }).date = '2026-12-01';
    expect(readWorksheetFile(JSON.stringify(sheet), slot).ok).toBe(true);
    (sheet.rows[0] as { date: string }).date = 'next week';
    expect(readWorksheetFile(JSON.stringify(sheet), slot)).toMatchObject({ ok: false, refusal: 'invalid' });
  });
});

describe('the seed a worksheet page embeds', () => {
  /** The former search of the units for each person, which the map of units replaced. */
  const seedBySearch = (source: Pick<typeof account, 'people' | 'units'>) =>
    source.people.map((person) => {
      const unit = source.units.find((candidate) => candidate.id === person.unit);
      return {
        person: person.id,
        name: zhLabels.personName(person),
        title: person.title,
        unit: unit?.name,
        layer: unit?.layer,
      };
    });

  it("names each person's unit as a search of the units would, with repeated and missing units too", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let round = 0; round < 50; round++) {
      const units = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, index) => ({
        ...pick(account.units),
        id: `u${Math.floor(random() * 4)}`,
        name: `unit ${index}`,
      }));
      const hostile = {
        units,
        people: account.people.map((person) => ({
          ...person,
          unit: random() < 0.2 ? 'nowhere' : `u${Math.floor(random() * 5)}`,
        })),
      };
      expect(seedPeople(hostile, zhLabels.personName)).toEqual(seedBySearch(hostile));
    }
  });

  it('is frozen, and the same seed for every kind that starts from everyone present', () => {
    const clinic = smallAccount();
    const everyone = seedFor('man', clinic, zhLabels.personName);
    for (const kind of ['power-interest', 'relationship-map', 'information'] as const) {
      expect(seedFor(kind, clinic, zhLabels.personName)).toBe(everyone);
    }
    expect(everyone).toEqual(seedPeople(clinic, zhLabels.personName));
    expect(Object.isFrozen(everyone) && everyone.every((person) => Object.isFrozen(person))).toBe(true);
    expect(seedFor('action-plan', clinic, zhLabels.personName)).not.toBe(everyone);
    expect(seedFor('man', clinic, (person) => person.name)).not.toBe(everyone);
  });
});

describe('the information-collection checklist', () => {
  it('has the five categories whatever the account, and round-trips through a file', () => {
    const sheet = emptyWorksheet('information', account.id, people);
    expect(sheet.rows.map(rowKey)).toEqual(['basic', 'business', 'organisational', 'transaction', 'personal']);
    Object.assign(sheet.rows[1]!, {
      found: '年报：利润下滑',
      source: 'public-search',
      confidence: 'high',
      gaps: '预算周期',
    });
    const slot = { kind: 'information', account: account.id } as const;
    expect(readWorksheetFile(JSON.stringify(sheet), slot)).toEqual({ ok: true, worksheet: sheet });
    Object.assign(sheet.rows[1]!, { confidence: 'certain' });
    expect(readWorksheetFile(JSON.stringify(sheet), slot)).toMatchObject({ ok: false, refusal: 'invalid' });
  });
});
