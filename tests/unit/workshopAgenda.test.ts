import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatMinutes, timeline } from '../../src/workshops/agenda.ts';
import { validateWorkshopText, type KnownIds } from '../../src/validation/workshopFiles.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const AGENDA = readFileSync(
  new URL('../../content/workshops/gov-customer-analysis-half-day.yaml', import.meta.url),
  'utf8',
);
const known: KnownIds = {
  accounts: new Map([['city-bureau', { people: new Set(['finance-chief']), team: new Set(['am-shi']) }]]),
  // The chapters the shipped agenda reads before the day and teaches.
  chapters: new Set([
    '01-why-analyse',
    '02-five-parts',
    '03-information-collection',
    '04-buying-roles',
    '05-power-interest',
    '06-man-analysis',
    '07-motives-disc',
    '09-opportunity-presentation',
    '10-sustained-management',
  ]),
  scenarios: new Map([['bureau-budget-meeting', 'city-bureau']]),
};
const problemsOf = (text: string) =>
  validateWorkshopText(
    { file: 'content/workshops/w.yaml', text, expectedId: 'gov-customer-analysis-half-day' },
    known,
  ).problems.map(formatProblem);
const changed = (change: (data: Record<string, any>) => void) => {
  const data = parse(AGENDA);
  change(data);
  return stringify(data);
};

describe('agenda arithmetic', () => {
  it('formats durations in hours and minutes', () => {
    expect([formatMinutes(190), formatMinutes(45), formatMinutes(120)]).toEqual(['3 h 10 min', '45 min', '2 h']);
  });

  it('reports a 3-hour agenda that sums to 3 h 10 min, showing the sum', () => {
    const agenda = (minutes: number[]) =>
      problemsOf(
        stringify({
          id: 'gov-customer-analysis-half-day',
          title: 'T',
          audience: 'A',
          length: 'half-day',
          goals: ['G'],
          sessions: minutes.map((value) => ({ kind: 'plenary', title: 'S', minutes: value })),
        }),
      );
    expect(agenda([100, 90])).toContainEqual(
      expect.stringContaining(
        'length  the sessions add up to 3 h 10 min (190 min) but the declared length half-day is 3 h (180 min): remove 10 min',
      ),
    );
    expect(agenda([90, 90]).filter((line) => line.includes('  length  '))).toEqual([]);
  });

  it('gives each session its start and end from the chosen start time', () => {
    const entries = timeline([{ minutes: 50 }, { minutes: 25 }, { minutes: 45 }], '08:45');
    expect(entries.map((entry) => `${entry.start}–${entry.end}`)).toEqual([
      '08:45–09:35',
      '09:35–10:00',
      '10:00–10:45',
    ]);
    expect(() => timeline([], '9h')).toThrow(/HH:MM/);
  });
});

describe('workshop file validation', () => {
  it('accepts the shipped half-day agenda', () => {
    expect(problemsOf(AGENDA)).toEqual([]);
  });

  it('locates a wrong total at the declared length', () => {
    const text = changed((data) => (data.sessions[0].minutes += 10));
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        /^content\/workshops\/w\.yaml:4:9 {2}length {2}the sessions add up to 3 h 10 min \(190 min\)/,
      ),
    ]);
  });

  it('lists every broken reference at once, with suggestions', () => {
    const text = changed((data) => {
      data.sessions[1].chapter = '04-buying-role';
      data.sessions[7].scenario = 'bureau-budget';
      data.sessions[3].account = 'city-bureaux';
      data.sessions[5].worksheet = 'swot';
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('sessions[1].chapter  unknown chapter "04-buying-role"');
    expect(problems.join('\n')).toContain('did you mean "04-buying-roles"?');
    expect(problems.join('\n')).toContain('sessions[7].scenario  unknown scenario "bureau-budget"');
    expect(problems.join('\n')).toContain('sessions[3].account  unknown account "city-bureaux"');
    expect(problems.join('\n')).toMatch(/sessions\[5\]\.worksheet {2}expected one of man, power-interest/);
  });

  it('warns when a role play gets less time than its stages take', () => {
    const result = validateWorkshopText(
      { file: 'w.yaml', text: AGENDA, expectedId: 'gov-customer-analysis-half-day' },
      { ...known, scenarioMinutes: new Map([['bureau-budget-meeting', 50]]) },
    );
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /sessions\[7\]\.minutes {2}warning: the stages of scenario "bureau-budget-meeting" take 50 min; this session gives it 45 min$/,
      ),
    ]);
    expect(result.workshop).toBeDefined();
  });

  it('says so when no chapters exist yet', () => {
    const text = changed((data) => (data.sessions[1].chapter = '02-five-parts'));
    const result = validateWorkshopText(
      { file: 'w.yaml', text, expectedId: 'gov-customer-analysis-half-day' },
      { ...known, chapters: new Set() },
    );
    expect(result.problems.map((problem) => problem.message)).toContain(
      'chapter "02-five-parts" does not exist: no chapters are in content/chapters/ yet',
    );
  });

  it('rejects a misspelt field and an id that does not match the file name', () => {
    const text = changed((data) => {
      data.id = 'other';
      data.sessions[0].minutse = 10;
    });
    const problems = problemsOf(text).join('\n');
    expect(problems).toContain('id  workshop id "other" must match its file name');
    expect(problems).toContain('sessions[0].minutse  unknown field "minutse"');
  });
});
