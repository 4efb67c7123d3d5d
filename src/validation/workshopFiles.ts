/**
 * Validates scenario and workshop files through the same pipeline as case files
 * (`validateDocument`): YAML syntax, then the schema, then cross-references, every problem
 * located. Pure: texts and the known ids come in, problems go out.
 */
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { WORKSHOP_LENGTH_MINUTES, workshopSchema, type Workshop } from '../schemas/workshop.ts';
import { totalMinutes } from '../workshops/agenda.ts';
import { checkAgendaPrerequisites, type TeachingPlan } from './agendaPrerequisites.ts';
import { validateDocument, type RuleProblem } from './document.ts';
import { say } from './messages.ts';
import { didYouMean, type Problem } from './problem.ts';
import { asEntries, asEntry, asString, type Entry } from './rawData.ts';
import type { YamlSource } from './yamlSource.ts';

/** The ids inside one account; absent when its file could not be read at all. */
export interface KnownAccount {
  people?: ReadonlySet<string>;
  team?: ReadonlySet<string>;
}

/** What references may point at: everything that exists, valid or not (a file with errors is reported once, where it is). */
export interface KnownIds {
  accounts: ReadonlyMap<string, KnownAccount>;
  /** Chapter file names without extension, e.g. 05-power-interest. */
  chapters: ReadonlySet<string>;
  /** scenario id → account id (for workshops). */
  scenarios: ReadonlyMap<string, string>;
  /** scenario id → minutes its stages take (valid scenarios only). */
  scenarioMinutes?: ReadonlyMap<string, number>;
  /** Glossary ids (for scenarios' `requiredTerms`); not checked when absent. */
  glossaryTerms?: ReadonlySet<string>;
  /** What chapters teach and scenarios need; agendas' teaching order is checked when present. */
  teaching?: TeachingPlan;
}

export interface FileInput {
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
  /** The id the file name implies (file stem), and for scenarios the account folder. */
  expectedId: string;
  folderAccount?: string;
}

function idMatchesFile(data: Entry, expectedId: string, noun: string): RuleProblem[] {
  const id = asString(data.id);
  if (id === undefined || id === expectedId) return [];
  return [{ path: ['id'], message: say().idMatchesFile({ noun: say().noun({ noun }), id, expected: expectedId }) }];
}

export function validateScenarioText(
  input: FileInput,
  known: KnownIds,
): { scenario?: Scenario; problems: Problem[]; source: YamlSource } {
  const { value, problems, source } = validateDocument({
    ...input,
    schema: scenarioSchema,
    expectation: { shape: 'mapping', description: say().expectScenario() },
    rules: (data) => scenarioRules(asEntry(data), input, known),
  });
  return { scenario: value, problems, source };
}

function scenarioRules(data: Entry, input: FileInput, known: KnownIds): RuleProblem[] {
  const problems = idMatchesFile(data, input.expectedId, 'scenario');
  const report = (path: RuleProblem['path'], message: string, severity?: RuleProblem['severity']) =>
    problems.push({ path, message, ...(severity ? { severity } : {}) });
  const accountId = asString(data.account);
  if (accountId !== undefined && input.folderAccount !== undefined && accountId !== input.folderAccount) {
    report(['account'], say().scenarioFolder({ folder: input.folderAccount, account: accountId }));
  }
  const account = accountId === undefined ? undefined : known.accounts.get(accountId);
  if (accountId !== undefined && !account) {
    report(['account'], say().unknownAccount({ id: accountId, hint: didYouMean(accountId, known.accounts.keys()) }));
  }
  const glossaryTerms = known.glossaryTerms;
  if (glossaryTerms) {
    (Array.isArray(data.requiredTerms) ? data.requiredTerms : []).forEach((term, index) => {
      if (typeof term === 'string' && !glossaryTerms.has(term))
        report(
          ['requiredTerms', index],
          say().unknownTerm({ id: term, glossary: 'content/glossary.yaml', hint: didYouMean(term, glossaryTerms) }),
        );
    });
  }
  const roleIds = new Map<string, number>();
  asEntries(data.roles).forEach((role, index) => {
    const id = asString(role.id);
    if (id !== undefined) {
      if (roleIds.has(id))
        report(['roles', index, 'id'], say().duplicateRole({ id, first: `roles[${roleIds.get(id)}]` }));
      else roleIds.set(id, index);
    }
    const person = asString(role.person);
    if (person !== undefined && account?.people && !account.people.has(person)) {
      report(
        ['roles', index, 'person'],
        say().unknownPersonOf({ id: person, account: accountId!, hint: didYouMean(person, account.people) }),
      );
    }
    const member = asString(role.member);
    if (member !== undefined && account?.team && !account.team.has(member)) {
      report(
        ['roles', index, 'member'],
        say().unknownMemberOf({ id: member, account: accountId!, hint: didYouMean(member, account.team) }),
      );
    }
    if (role.side === 'customer' && person === undefined) {
      report(['roles', index], say().customerRoleWithoutPerson(), 'warning');
    }
  });
  const rubric = asEntry(data.rubric);
  const levels = Array.isArray(rubric.levels) ? rubric.levels.length : undefined;
  asEntries(rubric.criteria).forEach((criterion, index) => {
    const guidance = asEntry(criterion.trainer).levels;
    if (levels !== undefined && Array.isArray(guidance) && guidance.length !== levels) {
      report(
        ['rubric', 'criteria', index, 'trainer', 'levels'],
        say().rubricLevels({ levels, found: guidance.length }),
      );
    }
  });
  return problems;
}

export function validateWorkshopText(input: FileInput, known: KnownIds): { workshop?: Workshop; problems: Problem[] } {
  const { value, problems } = validateDocument({
    ...input,
    schema: workshopSchema,
    expectation: { shape: 'mapping', description: say().expectWorkshop() },
    rules: (data, source) => [
      ...workshopRules(asEntry(data), input, known),
      ...(known.teaching
        ? checkAgendaPrerequisites(asEntry(data), known.teaching, (path) => ({
            file: input.file,
            ...source.locate(path),
          }))
        : []),
    ],
  });
  return { workshop: value, problems };
}

function workshopRules(data: Entry, input: FileInput, known: KnownIds): RuleProblem[] {
  const problems = idMatchesFile(data, input.expectedId, 'workshop');
  const report = (path: RuleProblem['path'], message: string, severity?: RuleProblem['severity']) =>
    problems.push({ path, message, ...(severity ? { severity } : {}) });
  const sessions = asEntries(data.sessions);
  const reading = asEntry(data.prework).read;
  (Array.isArray(reading) ? reading : []).forEach((chapter, index) => {
    if (typeof chapter === 'string' && known.chapters.size > 0 && !known.chapters.has(chapter))
      report(
        ['prework', 'read', index],
        say().unknownChapter({ id: chapter, hint: didYouMean(chapter, known.chapters) }),
      );
  });
  sessions.forEach((session, index) => {
    const chapter = asString(session.chapter);
    if (session.kind === 'chapter' && chapter !== undefined && !known.chapters.has(chapter)) {
      report(
        ['sessions', index, 'chapter'],
        known.chapters.size === 0
          ? say().noChaptersYet({ id: chapter })
          : say().unknownChapter({ id: chapter, hint: didYouMean(chapter, known.chapters) }),
      );
    }
    const scenario = asString(session.scenario);
    if (session.kind === 'scenario' && scenario !== undefined && !known.scenarios.has(scenario)) {
      report(
        ['sessions', index, 'scenario'],
        say().unknownScenario({ id: scenario, hint: didYouMean(scenario, known.scenarios.keys()) }),
      );
    }
    const needs = scenario === undefined ? undefined : known.scenarioMinutes?.get(scenario);
    if (
      session.kind === 'scenario' &&
      needs !== undefined &&
      typeof session.minutes === 'number' &&
      session.minutes < needs
    ) {
      report(
        ['sessions', index, 'minutes'],
        say().scenarioNeedsMore({ id: scenario!, needs, given: session.minutes }),
        'warning',
      );
    }
    const account = asString(session.account);
    if (session.kind === 'worksheet' && account !== undefined && !known.accounts.has(account)) {
      report(
        ['sessions', index, 'account'],
        say().unknownAccount({ id: account, hint: didYouMean(account, known.accounts.keys()) }),
      );
    }
  });
  const length = asString(data.length);
  const minutes = sessions.map((session) => session.minutes);
  if (
    length !== undefined &&
    length in WORKSHOP_LENGTH_MINUTES &&
    minutes.every((value) => typeof value === 'number')
  ) {
    const declared = WORKSHOP_LENGTH_MINUTES[length as keyof typeof WORKSHOP_LENGTH_MINUTES];
    const sum = totalMinutes(minutes.map((value) => ({ minutes: value as number })));
    if (sum !== declared) report(['length'], say().lengthMismatch({ sum, length, declared }));
  }
  return problems;
}
