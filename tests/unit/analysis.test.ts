import { describe, expect, it } from 'vitest';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { roleCoverage } from '../../src/analysis/coverage.ts';
import { daysBetween, referenceDate } from '../../src/analysis/dates.ts';
import { decisionChain } from '../../src/analysis/decisionChain.ts';
import { classifyMan } from '../../src/analysis/man.ts';
import { personQuadrant, quadrantOf } from '../../src/analysis/powerInterest.ts';
import { redFlags, type RedFlagCode } from '../../src/analysis/redFlags.ts';
import { layerSummaries, unitSummaries } from '../../src/analysis/summaries.ts';
import { teamCoverage } from '../../src/analysis/teamCoverage.ts';
import { accountAt, presentAccount, summariseSnapshot } from '../../src/analysis/timeline.ts';
import { buildAccountModel } from '../../src/model/accountModel.ts';
import { smallAccount } from './helpers.ts';

const codes = (flags: { code: RedFlagCode; personId?: string }[]) =>
  flags.map((flag) => (flag.personId ? `${flag.code}:${flag.personId}` : flag.code));

describe('power–interest quadrant', () => {
  it('places the four corners in the standard quadrants', () => {
    expect(quadrantOf(5, 5)).toBe('manage-closely');
    expect(quadrantOf(5, 1)).toBe('keep-satisfied');
    expect(quadrantOf(1, 5)).toBe('keep-informed');
    expect(quadrantOf(1, 1)).toBe('monitor');
  });

  it('counts the midpoint 3 as high on both axes', () => {
    expect(quadrantOf(3, 3)).toBe('manage-closely');
    expect(quadrantOf(2, 3)).toBe('keep-informed');
    expect(quadrantOf(3, 2)).toBe('keep-satisfied');
  });

  it('leaves a person unplaced while power or interest is unassessed', () => {
    const account = smallAccount((data) => delete data.people[0].interest);
    expect(personQuadrant(account.people[0]!)).toBeUndefined();
  });
});

describe('MAN classification', () => {
  it('maps yes/no answers to the eight classes, capital letters for "has it"', () => {
    expect(classifyMan({ money: 'yes', authority: 'yes', need: 'yes' }).class).toBe('M-A-N');
    expect(classifyMan({ money: 'yes', authority: 'no', need: 'yes' }).class).toBe('M-a-N');
    expect(classifyMan({ money: 'no', authority: 'yes', need: 'no' }).class).toBe('m-A-n');
    expect(classifyMan({ money: 'no', authority: 'no', need: 'no' }).class).toBe('m-a-n');
  });

  it('asks to fill in unknown answers before choosing a strategy', () => {
    const result = classifyMan({ money: 'yes', authority: 'unknown', need: 'no' });
    expect(result.class).toBeUndefined();
    expect(result.code).toBe('M-?-n');
    expect(result.unknown).toEqual(['authority']);
  });
});

describe('buying-role coverage', () => {
  it('reports identified, supportive, contacted and owned per role', () => {
    const coverage = Object.fromEntries(roleCoverage(smallAccount()).map((row) => [row.role, row]));
    expect(coverage.EB).toMatchObject({ identified: true, supportive: false, contacted: false, owned: true });
    expect(coverage.TB).toMatchObject({ identified: true, supportive: false, contacted: false, owned: false });
    expect(coverage.UB).toMatchObject({ identified: true, supportive: true, contacted: true, owned: true });
    expect(coverage.Coach).toMatchObject({ identified: true, supportive: true, contacted: true, owned: true });
  });

  it('does not count a placeholder as identifying the role', () => {
    const account = smallAccount((data) => {
      data.people[2].placeholder = true;
    });
    const tb = roleCoverage(account).find((row) => row.role === 'TB')!;
    expect(tb.identified).toBe(false);
    expect(tb.placeholders.map((person) => person.id)).toEqual(['it-head']);
  });

  it('treats contact older than the stale limit as not contacted', () => {
    const ub = (staleDays: number) => roleCoverage(smallAccount(), { staleDays }).find((row) => row.role === 'UB')!;
    expect(ub(60).contacted).toBe(true);
    expect(ub(5).contacted).toBe(false);
  });
});

describe('red flags', () => {
  it('flags the small fixture as a trainer would', () => {
    expect(codes(redFlags(smallAccount()))).toEqual([
      'eb-not-contacted:dean',
      'eb-not-supportive:dean',
      'high-power-unknown:it-head',
      'single-threaded:pharm-head',
      'key-person-without-owner:it-head',
    ]);
  });

  it('gives the EB name and the days since the last contact as params, not a sentence', () => {
    const flag = redFlags(smallAccount()).find((candidate) => candidate.code === 'eb-not-contacted')!;
    expect(flag).toMatchObject({ variant: 'days', params: { name: '周院长', days: 121 } });
    expect(Object.keys(flag)).not.toContain('message');
  });

  it('flags a missing EB and a missing Coach', () => {
    const account = smallAccount((data) => {
      data.people[0].roles = [];
      data.people[1].roles = ['UB'];
    });
    expect(codes(redFlags(account))).toEqual(expect.arrayContaining(['no-eb', 'no-coach']));
  });

  it('flags a high-power opponent', () => {
    const account = smallAccount((data) => (data.people[2].support = -2));
    expect(codes(redFlags(account))).toContain('high-power-opponent:it-head');
  });

  it('flags stale contact with a key person beyond the configured days', () => {
    const account = smallAccount((data) => (data.people[2].lastContact = '2026-01-01'));
    expect(codes(redFlags(account))).toContain('stale-contact:it-head');
    expect(codes(redFlags(account, { staleDays: 365 }))).not.toContain('stale-contact:it-head');
  });

  it('flags an unfilled role placeholder', () => {
    const account = smallAccount((data) => {
      data.people.push({
        id: 'expert',
        name: '评标专家',
        title: '外聘专家',
        unit: 'health-bureau',
        placeholder: true,
        roles: ['TB'],
      });
    });
    expect(codes(redFlags(account))).toContain('placeholder-unfilled:expert');
  });

  it('stops calling the account single-threaded once a second working contact exists', () => {
    const account = smallAccount((data) => (data.people[0].closeness = 2));
    expect(codes(redFlags(account))).not.toContain('single-threaded:pharm-head');
  });
});

describe('decision chain, summaries and team coverage', () => {
  it('walks from a person up to the top', () => {
    const model = buildAccountModel(smallAccount());
    expect(decisionChain(model, 'pharm-head').map((person) => person.id)).toEqual(['pharm-head', 'dean']);
    expect(decisionChain(model, 'dean').map((person) => person.id)).toEqual(['dean']);
  });

  it('summarises people, roles and support by layer and unit', () => {
    const model = buildAccountModel(smallAccount());
    const byLayer = Object.fromEntries(layerSummaries(model).map((row) => [row.layer, row]));
    expect(byLayer.decision!.people.map((person) => person.id)).toEqual(['dean']);
    expect(byLayer.decision!.roles.EB).toBe(1);
    expect(byLayer.management!).toMatchObject({ supportive: 1, opposed: 0 });
    expect(byLayer.support!.unknownSupport).toBe(1);
    expect(byLayer.execution!.people).toEqual([]);
    expect(unitSummaries(model).find((row) => row.unit.id === 'pharmacy')!.roles.Coach).toBe(1);
  });

  it('builds the member × person matrix and lists uncovered key people', () => {
    const coverage = teamCoverage(smallAccount());
    expect(coverage.members[0]!.owns.map((person) => person.id)).toEqual(['dean', 'pharm-head']);
    expect(coverage.uncoveredKeyPeople.map((person) => person.id)).toEqual(['it-head']);
    expect(coverage.rows.find((row) => row.person.id === 'inspector')).toMatchObject({ key: false });
  });

  it('assembles everything for the views in one object', () => {
    const analysis = analyzeAccount(smallAccount());
    expect(analysis.asOf).toBe('2026-06-30');
    expect(analysis.people.find((row) => row.person.id === 'pharm-head')).toMatchObject({
      quadrant: 'manage-closely',
      key: true,
      chain: ['pharm-head', 'dean'],
    });
  });
});

describe('analysis of the present state', () => {
  it('ignores people who left before the reference date: no flag, no coverage', () => {
    const account = smallAccount((data) => {
      data.people.push({
        id: 'old-dean',
        name: '老院长',
        title: '原院长',
        unit: 'office',
        reportsTo: 'dean',
        roles: ['EB'],
        power: 5,
      });
      data.snapshots.push({
        date: '2026-06-01',
        title: '老院长退休',
        changes: [{ type: 'leaves', person: 'old-dean' }],
      });
    });
    const analysis = analyzeAccount(account);
    expect(analysis.people.map((row) => row.person.id)).not.toContain('old-dean');
    expect(analysis.flags.some((flag) => flag.personId === 'old-dean')).toBe(false);
    expect(analysis.coverage.find((row) => row.role === 'EB')!.holders.map((person) => person.id)).toEqual(['dean']);
    // Still known to lookups, so history can name them.
    expect(analysis.model.personById.get('old-dean')?.name).toBe('老院长');
  });
});

describe('dates and snapshots', () => {
  it('speaks from asOf, or the latest recorded date when asOf is absent', () => {
    expect(referenceDate(smallAccount())).toBe('2026-06-30');
    expect(referenceDate(smallAccount((data) => delete data.asOf))).toBe('2026-06-20');
    expect(daysBetween('2026-03-01', '2026-06-30')).toBe(121);
  });

  it('shows the account as it stood before later changes', () => {
    const before = accountAt(smallAccount(), '2026-02-01');
    const pharm = before.people.find((person) => person.id === 'pharm-head')!;
    expect(pharm.support).toBe(0);
    expect(pharm.closeness).toBe(2);
    expect(before.relationships.map((relation) => relation.kind)).toEqual(['external-pressure']);
    const start = accountAt(smallAccount(), '2025-12-31');
    expect(start.people.find((person) => person.id === 'pharm-head')!.closeness).toBe(1);
  });

  it('removes people before they join and after they leave, and keeps ended relations before their end', () => {
    const account = smallAccount((data) => {
      data.snapshots.push({
        date: '2026-06-01',
        title: '人事变动',
        changes: [
          { type: 'leaves', person: 'inspector' },
          { type: 'relationship-ends', from: 'pharm-head', to: 'dean', kind: 'mentor' },
        ],
      });
    });
    expect(accountAt(account, '2026-05-15').people.map((person) => person.id)).toContain('inspector');
    expect(accountAt(account, '2026-06-01').people.map((person) => person.id)).not.toContain('inspector');
    expect(accountAt(account, '2026-05-15').relationships.map((relation) => relation.kind)).toEqual([
      'external-pressure',
      'rival',
      'mentor',
    ]);
    expect(accountAt(account, '2026-06-01').relationships.map((relation) => relation.kind)).toEqual(['rival']);
  });

  it('gives an account as it stands on its reference date, worked out once per account', () => {
    const account = smallAccount((data) => {
      data.asOf = '2026-06-02';
      data.snapshots.push({
        date: '2026-06-01',
        title: '人事变动',
        changes: [{ type: 'leaves', person: 'inspector' }],
      });
    });
    const present = presentAccount(account);
    expect(present).toEqual(accountAt(account, '2026-06-02'));
    expect(present.people.map((person) => person.id)).not.toContain('inspector');
    expect(presentAccount(account)).toBe(present);
    // Another account object (a case file edited under the dev server) is worked out afresh.
    expect(presentAccount({ ...account, asOf: '2026-05-15' }).people.map((person) => person.id)).toContain('inspector');
  });

  it('restores earlier reporting lines and drops lines to people not there', () => {
    const account = smallAccount((data) => {
      data.people.push({ id: 'vp', name: '副院长', title: '副院长', unit: 'office', reportsTo: 'dean' });
      data.people[1].reportsTo = 'vp';
      data.snapshots.push({
        date: '2026-06-01',
        title: '副院长到任',
        changes: [
          { type: 'joins', person: 'vp' },
          { type: 'reports-to', person: 'pharm-head', from: 'dean', to: 'vp' },
        ],
      });
    });
    expect(accountAt(account, '2026-05-31').people.find((person) => person.id === 'pharm-head')!.reportsTo).toBe(
      'dean',
    );
    expect(accountAt(account, '2026-06-01').people.find((person) => person.id === 'pharm-head')!.reportsTo).toBe('vp');
    const dangling = smallAccount((data) =>
      data.snapshots.push({ date: '2026-06-01', title: '院长离任', changes: [{ type: 'leaves', person: 'dean' }] }),
    );
    expect(
      accountAt(dangling, '2026-06-02').people.find((person) => person.id === 'pharm-head')!.reportsTo,
    ).toBeUndefined();
  });

  it('summarises what a snapshot changed', () => {
    const summary = summariseSnapshot(smallAccount().snapshots[1]!);
    expect(summary).toMatchObject({
      supportChanged: ['pharm-head'],
      closenessChanged: ['pharm-head'],
      relationshipsAppeared: ['pharm-head→it-head:rival'],
      arrived: [],
    });
  });
});
