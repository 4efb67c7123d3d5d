/**
 * The worksheet format's constants and row helpers, apart from its zod schema (`worksheet.ts`,
 * which re-exports all of this): a worksheet page's scripts import them from here so that zod
 * and the schema load only when a file is imported.
 */
import type { InformationWorksheet, Worksheet } from './worksheet.ts';

/** The worksheet kinds, in the order pages list them; each has its own row shape. */
export const WORKSHEET_KINDS = ['man', 'power-interest', 'relationship-map', 'action-plan', 'information'] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];

/**
 * Glossary ids a trainee must know before filling each worksheet: a workshop agenda has to teach
 * them (a chapter session or the pre-work reading) before the worksheet session.
 */
export const WORKSHEET_REQUIRED_TERMS: Readonly<Record<WorksheetKind, readonly string[]>> = {
  man: ['man', 'man-classification'],
  'power-interest': ['power', 'interest', 'power-interest'],
  'relationship-map': ['layer', 'buying-role', 'support', 'closeness', 'disc'],
  'action-plan': ['buying-role', 'power'],
  information: ['info-basic', 'info-business', 'info-organisational', 'info-transaction', 'info-personal'],
};

/** Written into every file so a stray JSON file is recognised as "not a worksheet". */
export const WORKSHEET_FORMAT = 'kam-worksheet';
export const WORKSHEET_VERSION = 2;
/** A filled worksheet is a few kilobytes; anything far larger is not one. */
export const MAX_WORKSHEET_BYTES = 256 * 1024;
export const MAX_ROWS = 200;

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;

/** Kinds whose rows are people (the information checklist's rows are its five categories). */
export type PeopleWorksheet = Exclude<Worksheet, InformationWorksheet>;
export const hasPeople = (worksheet: Worksheet): worksheet is PeopleWorksheet => worksheet.kind !== 'information';

/** The key of a row: the person's id, or the information category. */
export const rowKey = (row: Worksheet['rows'][number]): string => ('person' in row ? row.person : row.category);
