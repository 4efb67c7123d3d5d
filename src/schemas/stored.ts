/**
 * Reading what this site saved in the browser: a worksheet, an own account, the list of own
 * accounts and a workshop test's answers, each checked against the shape of its zod schema (`storedShapes.ts`) without loading
 * zod. Each returns the data as the schema outputs it, or undefined when the schema would refuse
 * it (then the store sets the stored text aside). Files a trainee imports go through zod instead,
 * for the messages (`src/worksheets/importFile.ts`).
 */
import type { OwnAccountIndex, OwnAccountRecord } from '../ownAccounts/record.ts';
import { checkShape } from './shapeCheck.ts';
import {
  OWN_ACCOUNT_INDEX_SHAPE,
  OWN_ACCOUNT_RECORD_SHAPE,
  SUBMISSION_SHAPE,
  WORKSHEET_SHAPE,
  WORKSHEET_V1_SHAPE,
} from './storedShapes.ts';
import type { Submission } from './quiz.ts';
import type { Worksheet, WorksheetV1 } from './worksheet.ts';

/** A current-version worksheet, as `worksheetSchema` reads it. */
export const readStoredWorksheet = (data: unknown) => checkShape<Worksheet>(WORKSHEET_SHAPE, data);

/** A version 1 worksheet, as `worksheetV1Schema` reads it (only to migrate it). */
export const readStoredWorksheetV1 = (data: unknown) => checkShape<WorksheetV1>(WORKSHEET_V1_SHAPE, data);

/** An own-account record of this version, as `ownAccountRecordSchema` reads it. */
export const readOwnAccountRecord = (data: unknown) => checkShape<OwnAccountRecord>(OWN_ACCOUNT_RECORD_SHAPE, data);

/** The list of own accounts, as `ownAccountIndexSchema` reads it. */
export const readOwnAccountIndex = (data: unknown) => checkShape<OwnAccountIndex>(OWN_ACCOUNT_INDEX_SHAPE, data);

/** A trainee's answers to a workshop test, as `submissionSchema` reads them. */
export const readStoredSubmission = (data: unknown) => checkShape<Submission>(SUBMISSION_SHAPE, data);
