import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { STORED_SHAPES_FILE, storedShapesModule } from '../../scripts/generate-stored-shapes.ts';
import { mergeBlankSheets } from '../../src/ownAccounts/blankSheets.ts';
import { newOwnAccountRecord, type OwnAccountRecord } from '../../src/ownAccounts/record.ts';
import { ownAccountIndexSchema, ownAccountRecordSchema } from '../../src/ownAccounts/recordSchema.ts';
import { saveSnapshot } from '../../src/ownAccounts/snapshots.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import { checkShape } from '../../src/schemas/shapeCheck.ts';
import { shapeOf } from '../../src/schemas/shapeOf.ts';
import {
  readOwnAccountIndex,
  readOwnAccountRecord,
  readStoredWorksheet,
  readStoredSubmission,
  readStoredWorksheetV1,
} from '../../src/schemas/stored.ts';
import { submissionSchema } from '../../src/schemas/quiz.ts';
import { emptySubmission } from '../../src/assessment/submission.ts';
import { WORKSHEET_KINDS, worksheetSchema, worksheetV1Schema, type Worksheet } from '../../src/schemas/worksheet.ts';
import { ownAccountRecord } from '../../src/testing/ownAccount.ts';
import { seededRandom, syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { emptyWorksheet, seedPeople } from '../../src/worksheets/worksheet.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const ownFixture = (name: string) => json(`tests/fixtures/own-accounts/${name}.json`);
const layerUnitName = (layer: string) => `（${layer}）`;

/** Valid data of each stored kind, from the test fixtures (never the sample content). */
function worksheets(): Worksheet[] {
  const account = accountSchema.parse(syntheticAccount({ id: 'fuzz', people: 6, seed: 7 }));
  const people = seedPeople(account, (person) => person.name);
  const seeded = WORKSHEET_KINDS.map((kind) => emptyWorksheet(kind, 'fuzz', people));
  const files = ['man', 'power-interest', 'relationship-map', 'action-plan', 'information'].map(
    (kind) => worksheetSchema.parse(ownFixture(`blank-${kind}-v2`)) as Worksheet,
  );
  return [...seeded, ...files];
}

function records(): OwnAccountRecord[] {
  const small = parse(readFileSync('tests/fixtures/small-account.yaml', 'utf8')) as OwnAccountRecord['account'];
  const committee = parse(readFileSync('tests/fixtures/committee-account.yaml', 'utf8')) as OwnAccountRecord['account'];
  const merged = mergeBlankSheets(
    newOwnAccountRecord('own-1', { name: '我的客户' }, new Date('2026-11-01T08:00:00Z')),
    worksheets().slice(WORKSHEET_KINDS.length),
    { layerUnitName },
  );
  const snapshotted = saveSnapshot(saveSnapshot(merged, '2026-11-02', '第一次').record, '2026-11-03', '第二次').record;
  return [ownAccountRecord(small), ownAccountRecord(committee), merged, snapshotted];
}

const PAIRS = [
  { name: 'worksheet', schema: worksheetSchema, read: readStoredWorksheet, valid: worksheets, runs: 3000 },
  {
    name: 'worksheet v1',
    schema: worksheetV1Schema,
    read: readStoredWorksheetV1,
    valid: () => [
      json('tests/fixtures/worksheet-v1.json'),
      ownFixture('blank-man-v1'),
      ownFixture('blank-power-interest-v1'),
    ],
    runs: 3000,
  },
  // Fewer runs: each record is a whole case file.
  {
    name: 'own-account record',
    schema: ownAccountRecordSchema,
    read: readOwnAccountRecord,
    valid: records,
    runs: 1000,
  },
  {
    name: 'own-account index',
    schema: ownAccountIndexSchema,
    read: readOwnAccountIndex,
    valid: () => [
      { version: 1, ids: [] },
      { version: 1, ids: ['own-1', 'own-2'], current: 'own-2' },
    ],
    runs: 3000,
  },
  {
    name: 'workshop test answers',
    schema: submissionSchema,
    read: readStoredSubmission,
    valid: () => [
      emptySubmission('key-account-one-day', 'pre', ['q1', 'q2', 'q3']),
      {
        ...emptySubmission('key-account-one-day', 'post', ['q1', 'q2', 'q3']),
        trainee: '韩梅梅',
        answers: { q1: ['a'], q2: ['b', 'c'], q3: [] },
        savedAt: '2026-11-20T08:00:00.000Z',
      },
    ],
    runs: 3000,
  },
] as const;

type Path = (string | number)[];

/** Every place in a JSON value: object keys and array positions, the root included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

/** Values a hand-edited, truncated, older or newer store could hold instead. */
const HOSTILE: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2,
  5,
  6,
  99,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  '  ',
  ' 高长林 ',
  'x'.repeat(81),
  'x'.repeat(301),
  'x'.repeat(2001),
  'unknown',
  'yes',
  'EB',
  'Dir-Wang',
  'dir wang',
  'dir-wang',
  '2026-02-29',
  '2028-02-29',
  '2026-11-20',
  '2026-11-20T08:00:00Z',
  '2026-11-20T08:00:00.000+08:00',
  'kam-worksheet',
  [],
  ['EB'],
  {},
  { __proto__: null, toString: 'x' },
];

function mutate(value: unknown, random: () => number): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const paths = pathsOf(copy);
  const path = paths[Math.floor(random() * paths.length)]!;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  if (path.length === 0) return pick(HOSTILE);
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((at, key) => at[key] as never, copy);
  const key = path[path.length - 1]!;
  const current = parent[key];
  const choice = random();
  if (choice < 0.2) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (choice < 0.3 && current && typeof current === 'object' && !Array.isArray(current)) {
    (current as Record<string, unknown>)[pick(['extra', 'notes', '__proto__', 'id', 'title'])] = pick(HOSTILE);
  } else if (choice < 0.38 && Array.isArray(current) && current.length > 0) {
    // Past a length limit (200 rows, 5 categories) with copies of a valid item.
    const item = current[0];
    const count = pick([1, 5, 200]);
    for (let index = 0; index < count; index++) current.push(structuredClone(item));
  } else if (choice < 0.5 && typeof current === 'string') {
    parent[key] = pick([` ${current} `, current.toUpperCase(), `${current}-`, current.slice(1), '']);
  } else if (choice < 0.58 && typeof current === 'number') {
    parent[key] = pick([current + 1, current - 1, current + 0.5, String(current)]);
  } else {
    parent[key] = structuredClone(pick(HOSTILE));
  }
  return copy;
}

describe('stored shapes: what the browser checks stored data against, without zod', () => {
  it('are generated from the zod schemas and committed up to date (run npm run schema)', async () => {
    expect(readFileSync(STORED_SHAPES_FILE, 'utf8')).toBe(await storedShapesModule());
  });

  for (const { name, schema, read, valid, runs } of PAIRS) {
    it(`read every valid ${name} exactly as zod outputs it (defaults filled in, text trimmed)`, () => {
      for (const data of valid()) {
        const expected = (schema as z.ZodType).safeParse(data);
        expect(expected.success, JSON.stringify(expected.error?.issues)).toBe(true);
        expect(read(structuredClone(data))).toEqual(expected.data);
      }
    });

    it(`accept and refuse what zod does for ${runs} damaged copies of a ${name} (seeded)`, () => {
      const random = seededRandom(name.length * 7919);
      const fixtures = valid();
      let refused = 0;
      for (let run = 0; run < runs; run++) {
        let data = fixtures[run % fixtures.length] as unknown;
        // One to three changes at once, so a valid change can hide behind an invalid one and not the other way round.
        for (let changes = 1 + Math.floor(random() * 3); changes > 0; changes--) data = mutate(data, random);
        const expected = (schema as z.ZodType).safeParse(structuredClone(data));
        const actual = read(structuredClone(data));
        const context = `${name} #${run}: ${JSON.stringify(data).slice(0, 600)}`;
        expect(actual !== undefined, context).toBe(expected.success);
        if (expected.success) expect(actual, context).toEqual(expected.data);
        else refused++;
      }
      // Both outcomes are exercised, not only one.
      expect(refused).toBeGreaterThan(runs / 10);
      expect(refused).toBeLessThan(runs - runs / 30);
    }, 30_000); // a second or two alone; far more when the whole suite shares two cores
  }

  it('refuse data that is not JSON of the kind at all', () => {
    for (const data of [undefined, null, 'kam-worksheet', 42, [], {}]) {
      expect(readStoredWorksheet(data)).toBeUndefined();
      expect(readOwnAccountRecord(data)).toBeUndefined();
    }
  });

  it('never let a stored __proto__ key reach the prototype of what they return', () => {
    const sheet = structuredClone(worksheets()[0]) as Record<string, unknown>;
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(sheet).slice(1)}`);
    expect(readStoredWorksheet(hostile)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('give each read its own copy of a default, as zod does', () => {
    const shape = shapeOf(z.strictObject({ list: z.array(z.string()).default([]) }));
    const first = checkShape<{ list: string[] }>(shape, {})!;
    first.list.push('x');
    expect(checkShape<{ list: string[] }>(shape, {})).toEqual({ list: [] });
  });

  it('stop the generation at a rule they cannot check, naming where it is', () => {
    const withTransform = z.strictObject({ people: z.array(z.strictObject({ name: z.string().transform(Number) })) });
    expect(() => shapeOf(withTransform)).toThrow(/people\[\]\.name: a pipe schema cannot be checked without zod/);
    expect(() => shapeOf(z.strictObject({ mail: z.email() }))).toThrow(/mail: the format email/);
    expect(() => shapeOf(z.strictObject({ word: z.string().toLowerCase() }))).toThrow(
      /word: an overwrite other than trim/,
    );
  });
});
