import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeAccount, type AccountAnalysis } from '../../src/analysis/analyzeAccount.ts';
import { memoryStorage } from '../../src/client/browserStorage.ts';
import { openOwnAccountStore } from '../../src/client/ownAccounts/store.ts';
import { analyseOwnAccount, caseFileYaml, importCaseFile } from '../../src/ownAccounts/caseFile.ts';
import type { OwnAccountRecord } from '../../src/ownAccounts/record.ts';
import { ownAccountRecord } from '../../src/testing/ownAccount.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { saveSnapshot, stateChanges } from '../../src/ownAccounts/snapshots.ts';
import { accountAt } from '../../src/analysis/timeline.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { validateAccountText } from '../../src/validation/validateAccount.ts';
import { manGridSvg, powerInterestGridSvg } from '../../src/maps/gridSvg.ts';
import { SMALL_ACCOUNT_YAML, zhLabels } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** An own account as a trainee would have it after filling the sheets: the small fixture without snapshots. */
function ownRecord(change?: (account: Record<string, any>) => void): OwnAccountRecord {
  const account = parse(SMALL_ACCOUNT_YAML);
  delete account.snapshots;
  delete account.trainer;
  delete account.confidentiality;
  change?.(account);
  return ownAccountRecord(account);
}

/** What the account page and the live page both show: flags, quadrants and MAN classes, as codes. */
function shown(analysis: AccountAnalysis) {
  return {
    flags: analysis.flags.map((flag) => [flag.code, flag.personId ?? '']).sort(),
    quadrants: analysis.people.map((row) => [row.person.id, row.quadrant ?? '']),
    man: analysis.people.map((row) => [row.person.id, row.man?.code ?? '']),
    coverage: analysis.coverage.map((row) => [row.role, row.stance]),
  };
}

describe('own account → case file', () => {
  it('writes a case file that validates unchanged, internal unless the trainee said otherwise', () => {
    const text = caseFileYaml(ownRecord());
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../account.schema.json');
    expect(text).toMatch(
      /^id: small-clinic\nname: 青川社区医院\nindustry: 医疗\nsector: public-institution\nconfidentiality: internal\n/m,
    );
    expect(validateAccountText('own.yaml', text).problems.map(formatProblem)).toEqual([]);
  });

  it('round trip: record → YAML → the build’s validation → the same flags, quadrants and MAN classes as the live page', () => {
    const record = ownRecord((account) => {
      account.people[0].support = -2; // an opposed EB: flags to compare
    });
    const live = analyseOwnAccount(record);
    expect(live.state).toBe('complete');
    const built = validateAccountText('accounts/small-clinic/account.yaml', caseFileYaml(record));
    expect(built.account).toBeDefined();
    const fromFile = analyzeAccount(built.account!);
    expect(shown(fromFile)).toEqual(shown((live as { analysis: AccountAnalysis }).analysis));
    expect(shown(fromFile).flags).toContainEqual(['high-power-opponent', 'dean']);
    expect(shown(fromFile).quadrants).toContainEqual(['dean', 'manage-closely']);
    expect(shown(fromFile).man).toContainEqual(['pharm-head', 'm-a-N']);
  });

  it('npm run validate accepts the exported file as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-export-'));
    const file = join(dir, 'account.yaml');
    writeFileSync(file, caseFileYaml(ownRecord()));
    const result = spawnSync(process.execPath, ['scripts/validate.ts', '--lang', 'en', file], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/0 errors, 0 warnings/);
    expect(result.status).toBe(0);
  }, 60_000); // a separate Node process, on a busy machine

  it('escapes nothing away: hostile text survives the round trip as text', () => {
    const hostile = '<img src=x onerror=alert(1)> "引号" #注释: 冒号';
    const record = ownRecord((account) => {
      account.people[1].name = hostile;
      account.summary = hostile;
    });
    const built = validateAccountText('own.yaml', caseFileYaml(record));
    expect(built.account?.people[1]!.name).toBe(hostile);
    expect(built.account?.summary).toBe(hostile);
  });
});

describe('a draft own account on the live page', () => {
  it('analyses a draft whose people are complete and lists what the case file still lacks, located', () => {
    const record = ownRecord((account) => {
      delete account.summary;
      delete account.industry;
      delete account.opportunity;
    });
    const result = analyseOwnAccount(record);
    expect(result.state).toBe('draft');
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^industry/), expect.stringMatching(/^summary/)]),
    );
    // Neither `opportunity` nor `opportunities`: said of the file as a whole.
    expect(result.problems.some((problem) => problem.path === '' && problem.message.includes('opportunit'))).toBe(true);
    expect(result.problems.every((problem) => problem.line > 0 && problem.column > 0)).toBe(true);
    expect((result as { analysis: AccountAnalysis }).analysis.people).toHaveLength(4);
  });

  it('analyses an account filled on the worksheets (no reporting lines, no summary) and asks for both', () => {
    const record = ownRecord((account) => {
      delete account.summary;
      for (const person of account.people) delete person.reportsTo;
    });
    const result = analyseOwnAccount(record);
    expect(result.state).toBe('draft');
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^summary/), expect.stringMatching(/\.reportsTo/)]),
    );
    expect(caseFileYaml(record)).not.toContain('topPeople');
    const analysis = (result as { analysis: AccountAnalysis }).analysis;
    expect(analysis.people.find((row) => row.person.id === 'dean')?.quadrant).toBe('manage-closely');
  });

  it('says what to add first when the analysis cannot run (no people yet)', () => {
    const record = ownRecord((account) => {
      account.people = [];
      account.relationships = [];
    });
    const result = analyseOwnAccount(record);
    expect(result.state).toBe('missing');
    expect(result.problems.some((problem) => problem.path.startsWith('people'))).toBe(true);
  });
});

describe('import a case file into a new own account', () => {
  it('keeps the file as written, so exporting it again gives the same case file', () => {
    const result = importCaseFile(
      'small.yaml',
      SMALL_ACCOUNT_YAML,
      { trainee: '李明', group: '' },
      '2026-07-01T00:00:00Z',
    );
    expect(result.ok).toBe(true);
    const record = (result as { record: OwnAccountRecord }).record;
    expect(record.id).toBe('small-clinic');
    expect(parse(caseFileYaml(record))).toEqual(parse(SMALL_ACCOUNT_YAML));
  });

  it('stores nothing from a file with errors and lists every problem with line, column, field and what was found', () => {
    const broken = SMALL_ACCOUNT_YAML.replace('support: 2', 'support: 支持').replace(
      'reportsTo: dean\n    roles: [TB]',
      'reportsTo: deen\n    roles: [TB]',
    );
    const result = importCaseFile('handout.yaml', broken, { trainee: '', group: '' }, '2026-07-01T00:00:00Z');
    expect(result.ok).toBe(false);
    const lines = result.problems.map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^handout\.yaml:\d+:\d+ {2}people\[1\]（pharm-head 吴主任）\.support（支持度） {2}.*"支持"/,
    );
    expect(lines[1]).toMatch(
      /^handout\.yaml:\d+:\d+ {2}people\[2\]（it-head 郑科长）\.reportsTo（汇报对象） {2}.*"deen".*"dean"/,
    );
  });
});

describe('按今天保存快照', () => {
  it('first press sets the starting point; the next records the difference as a dated snapshot that validates', () => {
    const started = saveSnapshot(ownRecord(), '2026-07-01', '起点');
    expect(started.outcome).toBe('started');
    expect(started.record.account.snapshots).toBeUndefined();
    expect(started.record.account.asOf).toBe('2026-07-01');

    const edited = structuredClone(started.record);
    edited.account.people![2]!.support = 1; // it-head warms up
    edited.account.people![0]!.closeness = 2;
    edited.account.relationships = [{ from: 'inspector', to: 'dean', kind: 'external-pressure', strength: 2 }];
    edited.account.people!.push({
      id: 'new-cfo',
      name: '孙总会计师',
      title: '总会计师',
      unit: 'office',
      reportsTo: 'dean',
    });
    const saved = saveSnapshot(edited, '2026-07-08', '信息科转为支持');
    expect(saved.outcome).toBe('saved');
    expect(saved.record.account.snapshots).toEqual([
      {
        date: '2026-07-08',
        title: '信息科转为支持',
        changes: [
          { type: 'closeness', person: 'dean', from: 1, to: 2 },
          { type: 'support', person: 'it-head', from: 'unknown', to: 1 },
          { type: 'joins', person: 'new-cfo' },
          { type: 'relationship-ends', from: 'pharm-head', to: 'it-head', kind: 'rival' },
        ],
      },
    ]);
    expect(saved.record.account.asOf).toBe('2026-07-08');
    const checked = validateAccountText('own.yaml', caseFileYaml(saved.record));
    expect(checked.problems.map(formatProblem)).toEqual([]);
    // The date control's view of the day before: the old state.
    const before = accountAt(checked.account!, '2026-07-07');
    expect(before.people.map((person) => person.id)).not.toContain('new-cfo');
    expect(before.people.find((person) => person.id === 'it-head')!.support).toBe('unknown');
  });

  it('a second press on the same day redoes that day’s snapshot instead of adding one', () => {
    let record = saveSnapshot(ownRecord(), '2026-07-01', '起点').record;
    record = structuredClone(record);
    record.account.people![2]!.support = 1;
    record = saveSnapshot(record, '2026-07-02', '第一次').record;
    record = structuredClone(record);
    record.account.people![2]!.support = 2;
    const again = saveSnapshot(record, '2026-07-02', '第一次');
    expect(again.record.account.snapshots).toHaveLength(1);
    expect(again.record.account.snapshots![0]!.changes).toEqual([
      { type: 'support', person: 'it-head', from: 'unknown', to: 2 },
    ]);
    expect(validateAccountText('own.yaml', caseFileYaml(again.record)).problems.map(formatProblem)).toEqual([]);
  });

  it('someone removed since the last press leaves and stays in the file, so earlier dates still show them', () => {
    let record = saveSnapshot(ownRecord(), '2026-07-01', '起点').record;
    record = structuredClone(record);
    record.account.people = record.account.people!.filter((person) => person.id !== 'inspector');
    record.account.relationships = [{ from: 'pharm-head', to: 'it-head', kind: 'rival', direction: 'mutual' }];
    const saved = saveSnapshot(record, '2026-07-09', '钱科长调走');
    expect(saved.record.account.snapshots![0]!.changes).toEqual([{ type: 'leaves', person: 'inspector' }]);
    expect(saved.record.account.people!.map((person) => person.id)).toContain('inspector');
    const checked = validateAccountText('own.yaml', caseFileYaml(saved.record));
    expect(checked.problems.map(formatProblem)).toEqual([]);
    expect(analyzeAccount(checked.account!).people.map((row) => row.person.id)).not.toContain('inspector');
  });

  it('reports nothing changed when the state is the same as at the last press', () => {
    const started = saveSnapshot(ownRecord(), '2026-07-01', '起点').record;
    const again = saveSnapshot(started, '2026-07-05', '没有变化');
    expect(again.outcome).toBe('unchanged');
    expect(again.record.account.snapshots ?? []).toEqual([]);
  });

  it('compares against the schema defaults, so an unwritten support equals unknown', () => {
    const person = { id: 'a', name: '甲', title: '科长', unit: 'u' };
    expect(
      stateChanges(
        { people: [person], relationships: [] },
        { people: [{ ...person, support: 'unknown', closeness: 0 }], relationships: [] },
      ),
    ).toEqual([]);
    expect(accountSchema.shape.people).toBeDefined();
  });
});

describe('the own-account store keeps what the analysis page writes', () => {
  it('adds an imported case file under its own id (a suffix when taken) as the current account', () => {
    const store = openOwnAccountStore(memoryStorage());
    const imported = importCaseFile(
      'small.yaml',
      SMALL_ACCOUNT_YAML,
      { trainee: '', group: '' },
      '2026-07-01T00:00:00.000Z',
    );
    if (!imported.ok) throw new Error('fixture should import');
    expect(store.add(imported.record)).toEqual({ id: 'small-clinic', status: 'saved' });
    expect(store.add(imported.record)).toEqual({ id: 'small-clinic-2', status: 'saved' });
    expect(store.current()?.id).toBe('small-clinic-2');
    expect(store.current()?.account.id).toBe('small-clinic-2');
    expect(store.list().map((account) => account.id)).toEqual(['small-clinic', 'small-clinic-2']);
  });

  it('a record with snapshots and the last press’s state loads again, and its export still validates', () => {
    const storage = memoryStorage();
    const store = openOwnAccountStore(storage);
    const { id } = store.add(ownRecord());
    store.update(id, (draft) => saveSnapshot(draft, '2026-07-01', '起点').record);
    store.update(id, (draft) => {
      draft.account.people![2]!.support = 1;
      return saveSnapshot(draft, '2026-07-08', '信息科转为支持').record;
    });
    const reloaded = openOwnAccountStore(storage).get(id)!;
    expect(reloaded.snapshotBase?.date).toBe('2026-07-08');
    expect(reloaded.account.snapshots).toHaveLength(1);
    expect(analyseOwnAccount(reloaded).state).toBe('complete');
    expect(validateAccountText('own.yaml', caseFileYaml(reloaded)).problems.map(formatProblem)).toEqual([]);
  });
});

describe('the grids’ one drawing (build and live page)', () => {
  it('escapes hostile names and titles, and places each person in their cell', () => {
    const record = ownRecord((account) => {
      account.people[0].name = '<b>王</b>';
      account.people[0].title = '"院"&\'';
    });
    const { analysis } = analyseOwnAccount(record) as { analysis: AccountAnalysis };
    const svg = powerInterestGridSvg(analysis.people, zhLabels, '权力—兴趣矩阵图');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;王&lt;/b&gt;（&quot;院&quot;&amp;&#39;）');
    expect(svg).toMatch(/<g data-cell="manage-closely">.*<g data-person="dean">/s);
    expect(manGridSvg(analysis.people, zhLabels, 'MAN')).toMatch(/<g data-cell="incomplete">.*data-person="dean"/s);
  });
});

describe('the live page’s quick path', () => {
  /** Every sample as a trainee would import it, generated accounts (with a warning), and a draft. */
  const records = (): OwnAccountRecord[] => [
    ...['city-bank', 'city-bureau', 'city-hospital', 'manufacturer', 'tech-company'].map((id) =>
      ownAccountRecord(parse(readFileSync(join(root, 'accounts', id, 'account.yaml'), 'utf8'))),
    ),
    ownAccountRecord(syntheticAccount({ id: 'own-30', people: 30 })),
    ownAccountRecord(syntheticAccount({ id: 'own-100', people: 100 })),
    ownRecord(),
  ];

  it('analyses a record exactly as the command line’s pipeline on its exported file does, problems included', () => {
    for (const record of records()) {
      const checked = validateAccountText(`${record.id}.account.yaml`, caseFileYaml(record));
      const result = analyseOwnAccount(record);
      if (checked.account) {
        expect(result.state, record.id).toBe('complete');
        expect(result.problems.map(formatProblem), record.id).toEqual(checked.problems.map(formatProblem));
        // The analyses as data (their model's lookup functions are closures, equal only by what they return).
        const data = (analysis: AccountAnalysis) =>
          JSON.stringify(analysis, (_, value: unknown) => (value instanceof Map ? [...value] : value));
        expect(result.state !== 'missing' && data(result.analysis), record.id).toBe(
          data(analyzeAccount(checked.account)),
        );
      } else {
        expect(result.state, record.id).not.toBe('complete');
        expect(result.problems.map(formatProblem), record.id).toEqual(checked.problems.map(formatProblem));
      }
    }
  }, 60_000);
});
