/**
 * Validates scenario and workshop files the way case files are validated (src/validation/*):
 * YAML syntax, then the schema, then cross-references, every problem located as
 * `file:line:column  path  message`. Pure: texts and the known ids come in, problems go out.
 */
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { workshopSchema, type Workshop } from '../schemas/workshop.ts';
import type { RuleProblem } from '../validation/accountRules.ts';
import { didYouMean, formatFieldPath, sortProblems, type Problem } from '../validation/problem.ts';
import { schemaProblems } from '../validation/schemaProblems.ts';
import { readYamlSource, type YamlSource } from '../validation/yamlSource.ts';
import { formatMinutes, lengthMismatch } from './agenda.ts';
import type { z } from 'zod';

/** What references may point at. */
export interface KnownIds {
  /** account id → ids of its people and of our team members. */
  accounts: ReadonlyMap<string, { people: ReadonlySet<string>; team: ReadonlySet<string> }>;
  /** Chapter file names without extension, e.g. 05-power-interest. */
  chapters: ReadonlySet<string>;
  /** scenario id → account id (for workshops). */
  scenarios: ReadonlyMap<string, string>;
  /** scenario id → minutes its stages take (valid scenarios only). */
  scenarioMinutes?: ReadonlyMap<string, number>;
}

export interface FileInput {
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
  /** The id the file name implies (file stem), and for scenarios the account folder. */
  expectedId: string;
  folderAccount?: string;
}

type Entry = Record<string, unknown>;
const asEntries = (value: unknown): Entry[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Entry) : {})) : [];
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function validateText<T>(
  input: FileInput,
  schema: z.ZodType<T>,
  expected: string,
  rules: (data: Entry) => RuleProblem[],
): { value?: T; problems: Problem[] } {
  const source: YamlSource = readYamlSource(input.file, input.text, { shape: 'mapping', description: expected });
  const problems = [...source.problems];
  if (problems.some((problem) => problem.severity === 'error')) return { problems: sortProblems(problems) };
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) problems.push(...schemaProblems(source, schema, parsed.error.issues));
  const data = source.data as Entry;
  for (const rule of rules(data)) {
    problems.push({
      file: input.file,
      ...source.locate(rule.path),
      path: formatFieldPath(rule.path),
      message: rule.message,
      severity: rule.severity ?? 'error',
    });
  }
  const ok = parsed.success && !problems.some((problem) => problem.severity === 'error');
  return { value: ok ? parsed.data : undefined, problems: sortProblems(problems) };
}

function idMatchesFile(data: Entry, expectedId: string, noun: string): RuleProblem[] {
  const id = asString(data.id);
  if (id === undefined || id === expectedId) return [];
  return [{ path: ['id'], message: `${noun} id "${id}" must match its file name; expected "${expectedId}"` }];
}

function unknown(noun: string, id: string, known: Iterable<string>, where: string): string {
  return `unknown ${noun} "${id}": expected one of ${where}${didYouMean(id, known)}`;
}

export function validateScenarioText(input: FileInput, known: KnownIds): { scenario?: Scenario; problems: Problem[] } {
  const { value, problems } = validateText(
    input,
    scenarioSchema,
    'one scenario as a mapping of fields (id: …, title: …, roles: …)',
    (data) => scenarioRules(data, input, known),
  );
  return { scenario: value, problems };
}

function scenarioRules(data: Entry, input: FileInput, known: KnownIds): RuleProblem[] {
  const problems = idMatchesFile(data, input.expectedId, 'scenario');
  const accountId = asString(data.account);
  if (accountId !== undefined && input.folderAccount !== undefined && accountId !== input.folderAccount) {
    problems.push({
      path: ['account'],
      message: `the scenario lives in accounts/${input.folderAccount}/ but names account "${accountId}"; expected "${input.folderAccount}"`,
    });
  }
  const account = accountId === undefined ? undefined : known.accounts.get(accountId);
  if (accountId !== undefined && !account) {
    problems.push({
      path: ['account'],
      message: unknown('account', accountId, known.accounts.keys(), 'the account ids under accounts/'),
    });
  }
  const roleIds = new Map<string, number>();
  asEntries(data.roles).forEach((role, index) => {
    const id = asString(role.id);
    if (id !== undefined) {
      if (roleIds.has(id))
        problems.push({
          path: ['roles', index, 'id'],
          message: `duplicate role id "${id}": already used by roles[${roleIds.get(id)}]`,
        });
      else roleIds.set(id, index);
    }
    const person = asString(role.person);
    if (person !== undefined && account && !account.people.has(person)) {
      problems.push({
        path: ['roles', index, 'person'],
        message: unknown('person', person, account.people, `the people of ${accountId}`),
      });
    }
    const member = asString(role.member);
    if (member !== undefined && account && !account.team.has(member)) {
      problems.push({
        path: ['roles', index, 'member'],
        message: unknown('team member', member, account.team, `the team of ${accountId}`),
      });
    }
    if (role.side === 'customer' && person === undefined) {
      problems.push({
        path: ['roles', index],
        severity: 'warning',
        message:
          'a customer role without "person": link it to a person of the account so players can read their profile',
      });
    }
  });
  const levels = Array.isArray((data.rubric as Entry | undefined)?.levels)
    ? ((data.rubric as Entry).levels as unknown[]).length
    : undefined;
  asEntries((data.rubric as Entry | undefined)?.criteria).forEach((criterion, index) => {
    const guidance = (criterion.trainer as Entry | undefined)?.levels;
    if (levels !== undefined && Array.isArray(guidance) && guidance.length !== levels) {
      problems.push({
        path: ['rubric', 'criteria', index, 'trainer', 'levels'],
        message: `expected one description per rubric level (${levels}); found ${guidance.length}`,
      });
    }
  });
  return problems;
}

export function validateWorkshopText(input: FileInput, known: KnownIds): { workshop?: Workshop; problems: Problem[] } {
  const { value, problems } = validateText(
    input,
    workshopSchema,
    'one workshop agenda as a mapping of fields (id: …, title: …, sessions: …)',
    (data) => workshopRules(data, input, known),
  );
  return { workshop: value, problems };
}

function workshopRules(data: Entry, input: FileInput, known: KnownIds): RuleProblem[] {
  const problems = idMatchesFile(data, input.expectedId, 'workshop');
  const sessions = asEntries(data.sessions);
  sessions.forEach((session, index) => {
    const chapter = asString(session.chapter);
    if (session.kind === 'chapter' && chapter !== undefined && !known.chapters.has(chapter)) {
      problems.push({
        path: ['sessions', index, 'chapter'],
        message:
          known.chapters.size === 0
            ? `chapter "${chapter}" does not exist: no chapters are in content/chapters/ yet`
            : unknown('chapter', chapter, known.chapters, 'the chapter file names in content/chapters/'),
      });
    }
    const scenario = asString(session.scenario);
    if (session.kind === 'scenario' && scenario !== undefined && !known.scenarios.has(scenario)) {
      problems.push({
        path: ['sessions', index, 'scenario'],
        message: unknown('scenario', scenario, known.scenarios.keys(), 'the scenario ids in accounts/*/scenarios/'),
      });
    }
    const needs = scenario === undefined ? undefined : known.scenarioMinutes?.get(scenario);
    if (
      session.kind === 'scenario' &&
      needs !== undefined &&
      typeof session.minutes === 'number' &&
      session.minutes < needs
    ) {
      problems.push({
        path: ['sessions', index, 'minutes'],
        severity: 'warning',
        message: `the stages of scenario "${scenario}" take ${formatMinutes(needs)}; this session gives it ${formatMinutes(session.minutes)}`,
      });
    }
    const account = asString(session.account);
    if (session.kind === 'worksheet' && account !== undefined && !known.accounts.has(account)) {
      problems.push({
        path: ['sessions', index, 'account'],
        message: unknown('account', account, known.accounts.keys(), 'the account ids under accounts/'),
      });
    }
  });
  const length = asString(data.length);
  const minutes = sessions.map((session) => session.minutes);
  if (
    (length === 'half-day' || length === 'one-day' || length === 'two-days') &&
    minutes.every((value) => typeof value === 'number')
  ) {
    const mismatch = lengthMismatch(
      length,
      minutes.map((value) => ({ minutes: value as number })),
    );
    if (mismatch) problems.push({ path: ['length'], message: mismatch });
  }
  return problems;
}
