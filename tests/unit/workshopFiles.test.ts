import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import { workshopSchema } from '../../src/schemas/workshop.ts';
import { validateScenarioText, validateWorkshopText } from '../../src/validation/workshopFiles.ts';
import { restoreSheet, results, RUBRIC_STORE_VERSION, type RubricSheet } from '../../src/workshops/rubricScores.ts';
import { scenarioStages, workshopStages } from '../../src/workshops/facilitatorStages.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const root = fileURLToPath(new URL('../..', import.meta.url));
const known = { accounts: new Map(), chapters: new Set<string>(), scenarios: new Map<string, string>() };

describe('npm run validate with scenario and workshop files', () => {
  it('checks named scenario and agenda files against the sample accounts, every problem located', () => {
    const result = spawnSync(
      process.execPath,
      [
        'scripts/validate.ts',
        '--lang',
        'en',
        'tests/fixtures/workshops/accounts/city-hospital/scenarios/broken-scenario.yaml',
        'tests/fixtures/workshops/content/workshops/too-long.yaml',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'tests/fixtures/workshops/accounts/city-hospital/scenarios/broken-scenario.yaml:1:1  objective  required field is missing: expected text',
      'tests/fixtures/workshops/accounts/city-hospital/scenarios/broken-scenario.yaml:12:13  roles[0].person  unknown person "pharm-haed": expected one of the people of city-hospital; did you mean "pharm-head"?',
      'tests/fixtures/workshops/content/workshops/too-long.yaml:4:9  length  the sessions add up to 3 h 10 min (190 min) but the declared length half-day is 3 h (180 min): remove 10 min',
    ]);
    expect(result.stdout).toMatch(/✗ 2 files checked in \d+ ms: 3 errors, 0 warnings/);
  }, 30_000); // a fresh Node process validates every sample: slow on a loaded machine
});

describe('file shape', () => {
  it('says what a scenario or agenda file should hold when it is empty', () => {
    const scenario = validateScenarioText({ file: 's.yaml', text: '', expectedId: 's' }, known);
    expect(scenario.problems[0]!.message).toBe(
      'the file is empty; expected one scenario as a mapping of fields (id: …, title: …, roles: …)',
    );
    const workshop = validateWorkshopText({ file: 'w.yaml', text: '- a\n- b\n', expectedId: 'w' }, known);
    expect(workshop.problems[0]!.message).toBe(
      'the file is a list of 2 items; expected one workshop agenda as a mapping of fields (id: …, title: …, sessions: …)',
    );
  });
});

describe('rubric scores', () => {
  const criteria = ['opening', 'commitment'];

  it('keeps valid saved scores and drops what no longer fits the rubric', () => {
    const sheet = restoreSheet(
      {
        version: RUBRIC_STORE_VERSION,
        scenario: 's',
        teams: [
          { name: ' 第一组 ', scores: { opening: 2, commitment: 7, removed: 1 }, notes: '好' },
          { name: '', scores: {} },
          null,
        ],
      },
      's',
      criteria,
      3,
    );
    expect(sheet.teams).toEqual([{ name: '第一组', scores: { opening: 2 }, notes: '好' }]);
    expect(restoreSheet({ version: 99, scenario: 's', teams: [] }, 's', criteria, 3).teams).toEqual([]);
    expect(
      restoreSheet({ version: RUBRIC_STORE_VERSION, scenario: 'other', teams: [{ name: 'x' }] }, 's', criteria, 3)
        .teams,
    ).toEqual([]);
  });

  it('totals level points per team and flags incomplete scoring', () => {
    const sheet: RubricSheet = {
      version: RUBRIC_STORE_VERSION,
      scenario: 's',
      teams: [
        { name: 'A', scores: { opening: 2, commitment: 1 }, notes: '' },
        { name: 'B', scores: { opening: 0 }, notes: '' },
      ],
    };
    expect(results(sheet, criteria)).toEqual([
      { name: 'A', total: 5, complete: true },
      { name: 'B', total: 1, complete: false },
    ]);
  });
});

describe('facilitator stages', () => {
  const label = (key: string) => key;
  const scenario = scenarioSchema.parse(
    parse(readFileSync(`${root}accounts/city-bureau/scenarios/bureau-budget-meeting.yaml`, 'utf8')),
  );

  it('shows the observer checklist during the meeting and the debrief questions after it', () => {
    const stages = scenarioStages(scenario, label);
    expect(stages.map((stage) => [stage.kind, stage.minutes])).toEqual([
      ['scenario.stage.preparation', 10],
      ['scenario.stage.meeting', 20],
      ['scenario.stage.debrief', 15],
    ]);
    expect(stages[1]!.prompts).toEqual(scenario.observerChecklist);
    expect(stages[2]!.prompts).toEqual(scenario.debriefQuestions);
  });

  it('runs an agenda session by session, role plays bringing their debrief questions', () => {
    const workshop = workshopSchema.parse(
      parse(readFileSync(`${root}content/workshops/gov-customer-analysis-half-day.yaml`, 'utf8')),
    );
    const stages = workshopStages(workshop, label, (id) => (id === scenario.id ? scenario : undefined));
    expect(stages).toHaveLength(workshop.sessions.length);
    const rolePlay = stages[workshop.sessions.findIndex((session) => session.kind === 'scenario')]!;
    expect(rolePlay.prompts).toEqual(expect.arrayContaining(scenario.debriefQuestions));
  });
});
