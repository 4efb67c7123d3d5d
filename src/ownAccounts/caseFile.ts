/**
 * An own account as a case file, out and in. The export is the record's `account` as YAML, in
 * the order a trainer writes a case file, so `npm run validate` reads it unchanged; the import
 * runs the very pipeline of the command line (`validateAccountText`) and hands back either a
 * record or every located problem, so nothing is stored from a file that does not validate.
 *
 * Pure, but it pulls in zod and yaml: pages load it with a dynamic import.
 */
import { stringify } from 'yaml';
import { analyzeAccount, type AccountAnalysis } from '../analysis/analyzeAccount.ts';
import { accountSchema, type Account, type AccountInput } from '../schemas/account.ts';
import { checkAccountRules } from '../validation/accountRules.ts';
import { hasErrors, type Problem } from '../validation/problem.ts';
import { validateAccountText } from '../validation/validateAccount.ts';
import { OWN_ACCOUNT_FORMAT, OWN_ACCOUNT_VERSION, type OwnAccountRecord } from './record.ts';

/** A case file's top-level fields in the order the samples write them. */
const FIELD_ORDER = [
  'id',
  'name',
  'industry',
  'sector',
  'region',
  'confidentiality',
  'sanitized',
  'asOf',
  'summary',
  'situation',
  'topPeople',
  'opportunity',
  'opportunities',
  'information',
  'units',
  'people',
  'bodies',
  'relationships',
  'team',
  'snapshots',
  'trainer',
] as const satisfies readonly (keyof AccountInput)[];

/** First line of every case file: the editor finds the schema beside `accounts/<id>/`. */
export const CASE_FILE_HEADER = '# yaml-language-server: $schema=../account.schema.json';

/** `<id>.account.yaml`: what the trainer saves as `accounts/<id>/account.yaml`. */
export function caseFileName(record: Pick<OwnAccountRecord, 'id'>): string {
  return `${record.id}.account.yaml`;
}

/**
 * The record's case file as YAML text. A trainee's own customer is real: unless the trainee
 * said otherwise it is written `internal` (trainer edition only), so it never reaches the
 * trainee or public site by accident.
 */
export function caseFileYaml(record: Pick<OwnAccountRecord, 'id' | 'account'>): string {
  return caseFileText(caseFileData(record));
}

/** The data the case file writes out: the YAML text of it reads back as exactly this. */
function caseFileData(record: Pick<OwnAccountRecord, 'id' | 'account'>): unknown {
  const account: Record<string, unknown> = { ...record.account, id: record.id };
  account.confidentiality ??= 'internal';
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (account[field] !== undefined) ordered[field] = account[field];
  // A field the order does not know yet still goes out, so the validator names it.
  for (const [field, value] of Object.entries(account)) if (!(field in ordered)) ordered[field] = value;
  return withoutUndefined(ordered);
}

const caseFileText = (data: unknown) => `${CASE_FILE_HEADER}\n${stringify(data, { lineWidth: 0 })}`;

/** YAML writes `undefined` members of arrays as null; a record never means that. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [[key, withoutUndefined(item)]])),
    );
  }
  return value;
}

export type CaseFileImport =
  { ok: true; record: OwnAccountRecord; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Reads a case file a trainer handed out into a new own account. The record keeps the file's
 * data as written (not the schema's defaults), so exporting it again gives the same case file.
 */
export function importCaseFile(
  fileName: string,
  text: string,
  owner: Pick<OwnAccountRecord, 'trainee' | 'group'>,
  now: string,
): CaseFileImport {
  const result = validateAccountText(fileName, text);
  if (!result.account || hasErrors(result.problems)) return { ok: false, problems: result.problems };
  const account = result.data as OwnAccountRecord['account'];
  return {
    ok: true,
    problems: result.problems,
    record: {
      format: OWN_ACCOUNT_FORMAT,
      version: OWN_ACCOUNT_VERSION,
      id: result.account.id,
      createdAt: now,
      updatedAt: now,
      account,
      actionPlan: [],
      manReasons: {},
      checklist: [],
      conflicts: [],
      trainee: owner.trainee,
      group: owner.group,
    },
  };
}

/**
 * What the live page shows for an own account. `complete`: the case file validates as it is.
 * `draft`: it does not yet, but everything the analysis reads does (people, units, relations,
 * snapshots), so the page analyses it and lists what the case file still lacks. `missing`:
 * the analysis cannot run yet; the problems say what to add first.
 */
export type OwnAnalysis =
  | { state: 'complete'; analysis: AccountAnalysis; problems: Problem[] }
  | { state: 'draft'; analysis: AccountAnalysis; problems: Problem[] }
  | { state: 'missing'; problems: Problem[] };

/**
 * Fields the case file needs but the analysis never reads. A draft without them is analysed
 * with stand-ins; the stand-ins never reach the record or the export.
 */
const STAND_INS = {
  industry: '—',
  sector: 'other',
  summary: '—',
} as const;

/**
 * A draft filled in on the worksheets has no reporting lines yet, so everyone is a head. The
 * analysis does not read `topPeople`; declaring every head there lets the rest be analysed
 * while the problems still ask for the reporting lines.
 */
function standInHeads(account: OwnAccountRecord['account']): string[] | undefined {
  if (account.topPeople !== undefined) return undefined;
  const external = new Set((account.units ?? []).filter((unit) => unit.layer === 'external').map((unit) => unit.id));
  const heads = (account.people ?? []).filter(
    (person) => !person.reportsTo && !person.placeholder && !external.has(person.unit),
  );
  return heads.length > 1 ? heads.map((person) => person.id) : undefined;
}

/**
 * The case file's data as an account when the schema and every rule accept it as it is, with
 * not even a warning: then the command line's pipeline would find nothing either, so the live
 * page skips writing and re-reading the YAML (and locating problems there) on every change.
 */
function acceptedAsIs(data: unknown): Account | undefined {
  const parsed = accountSchema.safeParse(data);
  return parsed.success && checkAccountRules(data).length === 0 ? parsed.data : undefined;
}

/** Validates the record's case file with the command line's pipeline and analyses what it can. */
export function analyseOwnAccount(record: Pick<OwnAccountRecord, 'id' | 'account'>): OwnAnalysis {
  const data = caseFileData(record);
  const clean = acceptedAsIs(data);
  if (clean) return { state: 'complete', analysis: analyzeAccount(clean), problems: [] };
  const file = caseFileName(record);
  const checked = validateAccountText(file, caseFileText(data));
  if (checked.account)
    return { state: 'complete', analysis: analyzeAccount(checked.account), problems: checked.problems };
  const account = record.account;
  const opportunity: Partial<AccountInput['opportunity']> = account.opportunity ?? {};
  const heads = standInHeads(account);
  const standIn = {
    ...account,
    ...Object.fromEntries(
      Object.entries(STAND_INS).filter(([field]) => account[field as keyof typeof account] === undefined),
    ),
    // An account with several opportunities has written them out; one without any gets a stand-in.
    ...(account.opportunities
      ? {}
      : {
          opportunity: {
            ...opportunity,
            offering: opportunity.offering ?? '—',
            stage: opportunity.stage ?? 'prospecting',
          },
        }),
    ...(heads ? { topPeople: heads } : {}),
  } as OwnAccountRecord['account'];
  // The stand-in's own problems are never shown: only whether the analysis can run on it.
  const standInData = caseFileData({ id: record.id, account: standIn });
  const draft = acceptedAsIs(standInData) ?? validateAccountText(file, caseFileText(standInData)).account;
  if (draft) return { state: 'draft', analysis: analyzeAccount(draft), problems: checked.problems };
  return { state: 'missing', problems: checked.problems };
}
