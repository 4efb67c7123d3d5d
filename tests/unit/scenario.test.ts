import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { withoutTrainerMaterial } from '../../src/model/edition.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { validateWorkshopContent } from '../../src/workshops/load.ts';
import { validateScenarioText, type KnownIds } from '../../src/validation/workshopFiles.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const ROOT = new URL('../../', import.meta.url).pathname;
const FILE = 'accounts/city-hospital/scenarios/hospital-pharmacy-first-meeting.yaml';
const SCENARIO = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const { accounts, known: knownAccounts } = validateFiles(ROOT, findCaseFiles(ROOT));
const hospital = accounts.find((account) => account.id === 'city-hospital')!;
const known: KnownIds = {
  accounts: new Map([
    [
      'city-hospital',
      { people: new Set(hospital.people.map((person) => person.id)), team: new Set(hospital.team.map((m) => m.id)) },
    ],
  ]),
  chapters: new Set(),
  scenarios: new Map(),
};
const problemsOf = (text: string) =>
  validateScenarioText(
    { file: FILE, text, expectedId: 'hospital-pharmacy-first-meeting', folderAccount: 'city-hospital' },
    known,
  ).problems.map(formatProblem);
const changed = (change: (data: Record<string, any>) => void) => {
  const data = parse(SCENARIO);
  change(data);
  return stringify(data);
};

describe('scenario files', () => {
  it('every shipped scenario and agenda validates against the sample accounts', () => {
    const content = validateWorkshopContent(ROOT, knownAccounts);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(new Set(content.scenarios.map((scenario) => scenario.account))).toEqual(
      new Set(['city-hospital', 'city-bureau', 'tech-company', 'manufacturer', 'city-bank']),
    );
    expect(content.workshops.map((workshop) => workshop.id).sort()).toEqual([
      'gov-customer-analysis-half-day',
      'key-account-one-day',
    ]);
  });

  it('locates a role linked to someone who is not a person of the account', () => {
    const problems = problemsOf(changed((data) => (data.roles[0].person = 'pharm-haed')));
    expect(problems).toEqual([
      expect.stringMatching(
        /^accounts\/city-hospital\/scenarios\/hospital-pharmacy-first-meeting\.yaml:\d+:\d+ {2}roles\[0\]\.person {2}unknown person "pharm-haed": expected one of the people of city-hospital; did you mean "pharm-head"\?$/,
      ),
    ]);
  });

  it('reports schema and rule problems together', () => {
    const problems = problemsOf(
      changed((data) => {
        data.stage = 'pitching';
        data.stages[1].minutes = 0;
        data.roles[1].id = data.roles[0].id;
        data.rubric.criteria[0].trainer.levels.pop();
        data.account = 'city-bureau';
      }),
    ).join('\n');
    expect(problems).toContain('stage  expected one of prospecting');
    expect(problems).toContain('stages[1].minutes  expected at least 1');
    expect(problems).toContain('roles[1].id  duplicate role id "pharm-head"');
    expect(problems).toContain(
      'rubric.criteria[0].trainer.levels  expected one description per rubric level (3); found 2',
    );
    expect(problems).toContain('the scenario lives in accounts/city-hospital/ but names account "city-bureau"');
  });

  it('keeps secret briefs and rubric guidance under trainer, so the edition filter drops them', () => {
    const data = parse(SCENARIO);
    const secret = data.roles[0].trainer.secretBrief as string;
    const guidance = data.rubric.criteria[0].trainer.levels[0] as string;
    const trainee = JSON.stringify(withoutTrainerMaterial(data));
    expect(trainee).not.toContain(secret);
    expect(trainee).not.toContain(guidance);
    expect(trainee).toContain(data.roles[0].publicBrief);
  });
});
