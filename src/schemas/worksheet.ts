/**
 * The worksheet file: what a trainee's filled worksheet looks like in the browser's storage and
 * in an exported JSON file. One format for both, versioned, so an export from an older build
 * still imports (see `src/worksheets/migrations.ts`).
 *
 * Everything here comes from a browser or a file a stranger may have edited, so every string has
 * a length limit and every object is strict.
 */
import { z } from 'zod';
import { idSchema } from './account.ts';
import {
  CLOSENESS_LEVELS,
  DIRECTIONS,
  DISC_STYLES,
  INFO_CATEGORIES,
  LAYERS,
  RELATIONSHIP_KINDS,
  ROLE_VALUES,
  SOURCE_METHODS,
  STRENGTHS,
  SUPPORT_LEVELS,
  TRI_STATE,
} from './vocabulary.ts';
import { CONFIDENCE_LEVELS, MAX_ROWS, WORKSHEET_FORMAT, WORKSHEET_VERSION } from './worksheetFormat.ts';

// The constants and helpers without zod, for the scripts a worksheet page loads up front.
export * from './worksheetFormat.ts';

const line = (max: number) => z.string().max(max);
const score = z.int().min(1).max(5);

/** The person a row is about: from the account's seed, or added by the trainee on a blank sheet. */
const rowPerson = {
  person: idSchema.describe('Id of the person (from the account, or p1, p2… on a blank sheet)'),
  name: line(80).trim().min(1),
  title: line(120).default(''),
};

export const manRowSchema = z.strictObject({
  ...rowPerson,
  money: z.enum(TRI_STATE).default('unknown'),
  authority: z.enum(TRI_STATE).default('unknown'),
  need: z.enum(TRI_STATE).default('unknown'),
  reason: line(1000).default(''),
});

export const powerInterestRowSchema = z.strictObject({
  ...rowPerson,
  power: score.optional(),
  interest: score.optional(),
});

/** A person on the trainee's relationship map: the fields the account maps draw. */
export const mapRowSchema = z.strictObject({
  ...rowPerson,
  unit: line(80).default(''),
  layer: z.enum(LAYERS).default('management'),
  roles: z.array(z.enum(ROLE_VALUES)).max(ROLE_VALUES.length).default([]),
  support: z.literal([...SUPPORT_LEVELS, 'unknown']).default('unknown'),
  closeness: z.literal(CLOSENESS_LEVELS).default(0),
  disc: z.enum(DISC_STYLES).optional(),
  /** Whom the person reports to: another row's person id. Asked on an own account's sheet. */
  reportsTo: idSchema.optional(),
});

export const mapRelationSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  kind: z.enum(RELATIONSHIP_KINDS),
  direction: z.enum(DIRECTIONS).default('one-way'),
  strength: z.literal(STRENGTHS).default(2),
});

/** The next step planned with one key person. */
export const actionRowSchema = z.strictObject({
  ...rowPerson,
  step: line(300).default(''),
  owner: line(80).default(''),
  date: z.union([z.iso.date(), z.literal('')]).default(''),
  objective: line(300).default(''),
});

/** One of the five information categories: what was found, how, how sure, what is still open. */
export const informationRowSchema = z.strictObject({
  category: z.enum(INFO_CATEGORIES),
  found: line(2000).default(''),
  source: z.union([z.enum(SOURCE_METHODS), z.literal('')]).default(''),
  confidence: z.union([z.enum(CONFIDENCE_LEVELS), z.literal('')]).default(''),
  gaps: line(2000).default(''),
});

const common = {
  format: z.literal(WORKSHEET_FORMAT),
  version: z.literal(WORKSHEET_VERSION),
  /** The account the sheet is bound to; absent for a blank sheet about the trainee's own customer. */
  account: idSchema.optional(),
  trainee: line(80).default(''),
  group: line(80).default(''),
  savedAt: z.iso.datetime().optional(),
};

export const worksheetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('man'), rows: z.array(manRowSchema).max(MAX_ROWS) }),
  z.strictObject({
    ...common,
    kind: z.literal('power-interest'),
    rows: z.array(powerInterestRowSchema).max(MAX_ROWS),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('relationship-map'),
    rows: z.array(mapRowSchema).max(MAX_ROWS),
    relations: z
      .array(mapRelationSchema)
      .max(MAX_ROWS * 4)
      .default([]),
  }),
  z.strictObject({ ...common, kind: z.literal('action-plan'), rows: z.array(actionRowSchema).max(MAX_ROWS) }),
  z.strictObject({
    ...common,
    kind: z.literal('information'),
    rows: z.array(informationRowSchema).max(INFO_CATEGORIES.length),
  }),
]);

export type Worksheet = z.output<typeof worksheetSchema>;
export type ManWorksheet = Extract<Worksheet, { kind: 'man' }>;
export type PowerInterestWorksheet = Extract<Worksheet, { kind: 'power-interest' }>;
export type RelationshipMapWorksheet = Extract<Worksheet, { kind: 'relationship-map' }>;
export type ActionPlanWorksheet = Extract<Worksheet, { kind: 'action-plan' }>;
export type InformationWorksheet = Extract<Worksheet, { kind: 'information' }>;
export type InformationRow = z.output<typeof informationRowSchema>;
export type ManRow = z.output<typeof manRowSchema>;
export type ActionRow = z.output<typeof actionRowSchema>;
export type MapRow = z.output<typeof mapRowSchema>;
export type PowerInterestRow = z.output<typeof powerInterestRowSchema>;

/**
 * Version 1, the first draft format: answers keyed by person id, no group field, no names (the
 * page supplied them). Kept only to migrate saved work and old exports to the current version.
 */
export const worksheetV1Schema = z.strictObject({
  version: z.literal(1),
  kind: z.enum(['man', 'power-interest']),
  account: idSchema.optional(),
  trainee: line(160).default(''),
  savedAt: z.iso.datetime().optional(),
  answers: z.record(
    idSchema,
    z.strictObject({
      money: z.enum(TRI_STATE).optional(),
      authority: z.enum(TRI_STATE).optional(),
      need: z.enum(TRI_STATE).optional(),
      reason: line(1000).optional(),
      power: score.optional(),
      interest: score.optional(),
    }),
  ),
});
export type WorksheetV1 = z.output<typeof worksheetV1Schema>;
