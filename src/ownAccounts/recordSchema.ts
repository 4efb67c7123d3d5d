/**
 * The shape a stored own account must have to be loaded: checked every time a record is read
 * from storage or restored from a backup (in the browser through the shape generated from this
 * schema, `readOwnAccountRecord` in src/schemas/stored.ts, without zod). Looser than a case file
 * where a trainee is still writing (no people yet, a person without a title, no summary), as
 * strict everywhere else: an unknown field or a wrong code means the record is not ours and is
 * moved aside, not loaded.
 */
import { z } from 'zod';
import {
  accountSchema,
  idSchema,
  opportunitySchema,
  personSchema,
  relationshipSchema,
  teamMemberSchema,
  unitSchema,
} from '../schemas/account.ts';
import { actionRowSchema, informationRowSchema } from '../schemas/worksheet.ts';
import { OWN_ACCOUNT_FORMAT, OWN_ACCOUNT_VERSION } from './record.ts';

/** A person as a sheet may leave them: a title can still be empty. */
const draftPersonSchema = personSchema.extend({ title: z.string().trim().max(120) });

const draftAccountSchema = accountSchema.partial().extend({
  id: idSchema,
  name: z.string().trim().min(1).max(200),
  summary: z.string().max(4000).optional(),
  opportunity: opportunitySchema.partial().optional(),
  units: z.array(unitSchema).default([]),
  people: z.array(draftPersonSchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
  team: z.array(teamMemberSchema).default([]),
});

const conflictSchema = z.strictObject({
  field: z.string().max(200),
  name: z.string().max(80).optional(),
  kept: z.string().max(2000),
  other: z.string().max(2000),
  from: z.string().max(40),
});

/** The people and relations the last snapshot press saw (see ./snapshots.ts). */
const snapshotStateSchema = z.strictObject({
  people: z.array(draftPersonSchema),
  relationships: z.array(relationshipSchema),
});

const snapshotBaseSchema = z.strictObject({
  date: z.iso.date(),
  state: snapshotStateSchema,
  prior: snapshotStateSchema,
});

export const ownAccountRecordSchema = z.strictObject({
  format: z.literal(OWN_ACCOUNT_FORMAT),
  version: z.literal(OWN_ACCOUNT_VERSION),
  id: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  account: draftAccountSchema,
  actionPlan: z.array(actionRowSchema).default([]),
  manReasons: z.record(idSchema, z.string().max(1000)).default({}),
  checklist: z.array(informationRowSchema).default([]),
  conflicts: z.array(conflictSchema).default([]),
  trainee: z.string().max(80).default(''),
  group: z.string().max(80).default(''),
  snapshotBase: snapshotBaseSchema.optional(),
});

export const ownAccountIndexSchema = z.strictObject({
  version: z.literal(OWN_ACCOUNT_VERSION),
  ids: z.array(idSchema),
  current: idSchema.optional(),
});
