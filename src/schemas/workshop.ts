/**
 * A workshop agenda: `content/workshops/<workshop-id>.yaml`. Sessions in order, each with a
 * duration and what it uses; the sum must equal the declared length (see src/workshops/agenda.ts).
 */
import { z } from 'zod';
import { text } from './text.ts';
import { idSchema } from './account.ts';
import { WORKSHEET_KINDS } from './worksheet.ts';

/** Declared workshop lengths and the minutes of teaching time they stand for. */
export const WORKSHOP_LENGTH_MINUTES = { 'half-day': 180, 'one-day': 360, 'two-days': 720 } as const;
export type WorkshopLength = keyof typeof WORKSHOP_LENGTH_MINUTES;
const LENGTHS = Object.keys(WORKSHOP_LENGTH_MINUTES) as [WorkshopLength, ...WorkshopLength[]];

const common = {
  title: text.describe('What the session is called on the agenda'),
  minutes: z.int().min(5).max(240).describe('Duration in whole minutes'),
  notes: text.optional().describe('What happens, for everyone'),
  trainer: z.strictObject({ notes: text.optional() }).optional().describe('Trainer-only facilitation notes'),
  cut: text
    .optional()
    .describe(
      "What the session leaves out of its chapter's plan; required when it is shorter than the chapter's duration",
    ),
};

export const sessionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('chapter'),
    chapter: text.describe('Chapter file name, e.g. 05-power-interest'),
    ...common,
  }),
  z.strictObject({
    kind: z.literal('worksheet'),
    worksheet: z.enum(WORKSHEET_KINDS),
    account: idSchema.optional().describe('Account the worksheet is filled for'),
    ...common,
  }),
  z.strictObject({ kind: z.literal('scenario'), scenario: idSchema.describe('Scenario id'), ...common }),
  z.strictObject({ kind: z.literal('break'), ...common }),
  z.strictObject({ kind: z.literal('plenary'), ...common }),
]);

export const workshopSchema = z
  .strictObject({
    id: idSchema.describe('Workshop id; also the file name'),
    title: text,
    audience: text,
    length: z.enum(LENGTHS).describe('Declared length: half-day = 3 h, one-day = 6 h of sessions'),
    start: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM, e.g. "09:00"')
      .default('09:00')
      .describe('Usual start time, HH:MM'),
    goals: z.array(text).min(1),
    prework: z
      .strictObject({
        read: z
          .array(text)
          .default([])
          .describe('Chapter file names to read before the day; their terms count as taught from the start'),
        tasks: z.array(text).default([]).describe('What to prepare and bring, e.g. one live account'),
      })
      .optional()
      .describe('Pre-work sent to participants before the workshop'),
    materials: z.array(text).default([]).describe('What the room needs: printouts, boards, devices'),
    sessions: z.array(sessionSchema).min(1),
  })
  .describe('A workshop agenda');

export type Workshop = z.output<typeof workshopSchema>;
export type Session = Workshop['sessions'][number];
