import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { roleCoverage, roleStance } from '../../src/analysis/coverage.ts';
import { redFlags } from '../../src/analysis/redFlags.ts';
import { relationFlags } from '../../src/analysis/relationFlags.ts';
import { accountAt } from '../../src/analysis/timeline.ts';
import { uiDictionary } from '../../src/i18n/ui.ts';
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { createLabels } from '../../src/i18n/labels.ts';

const UNIVERSITY = readFileSync(new URL('../fixtures/university-account.yaml', import.meta.url), 'utf8');

function university(change?: (data: Record<string, any>) => void): Account {
  const data = parse(UNIVERSITY);
  change?.(data);
  return accountSchema.parse(data);
}
const person = (data: Record<string, any>, id: string) => data.people.find((entry: { id: string }) => entry.id === id);
const flagsOf = (account: Account) => {
  const present = accountAt(account, account.asOf!);
  return relationFlags(present, account, account.asOf!).map((flag) => `${flag.code}:${flag.personId}`);
};
const labels = createLabels(uiDictionary('zh-CN'));

describe('role coverage weighs the holders', () => {
  it('is against us when any holder is a blocker (−2), and names the blocker and the friendly holders', () => {
    const tb = roleCoverage(university()).find((row) => row.role === 'TB')!;
    expect(tb).toMatchObject({ stance: 'against', supportive: false });
    expect(tb.reason).toMatchObject({ kind: 'blocker', othersWithUs: 1 });
    expect(tb.reason!.person.id).toBe('security-head');
    expect(labels.roleStance(tb)).toBe(
      '否，不支持：严处长坚决反对（-2 反对者），一人就能卡住这个角色；另有 1 位持有人支持，但分量不够',
    );
  });

  it('follows the most powerful holder when nobody blocks, not the one friendly holder', () => {
    const account = university((data) => {
      person(data, 'security-head').support = -1;
    });
    const tb = roleCoverage(account).find((row) => row.role === 'TB')!;
    expect(tb.stance).toBe('against');
    expect(tb.reason).toMatchObject({ kind: 'most-powerful', othersWithUs: 1 });
    expect(tb.reason!.person.id).toBe('vp-it');
    expect(labels.roleStance(tb)).toContain('看权力最高的石副校长（权力 5）');
  });

  it('is with us when the most powerful holder supports us, and says who decides it', () => {
    const account = university((data) => {
      person(data, 'security-head').support = 0;
      person(data, 'vp-it').support = 1;
    });
    const tb = roleCoverage(account).find((row) => row.role === 'TB')!;
    expect(tb).toMatchObject({ stance: 'with-us', supportive: true });
    expect(labels.roleStance(tb)).toBe('是：看权力最高的石副校长（权力 5）：+1 支持');
  });

  it('breaks a tie in power towards caution: unknown support outweighs a friendly peer', () => {
    const { people } = university();
    const friendly = { ...people[1]!, id: 'a', support: 1 as const, power: 5 };
    const unknownPeer = { ...people[1]!, id: 'b', support: 'unknown' as const, power: 5 };
    expect(roleStance([friendly, unknownPeer])).toMatchObject({ stance: 'unknown', reason: { person: { id: 'b' } } });
    expect(roleStance([])).toEqual({ stance: 'none' });
  });
});

describe('relation red flags', () => {
  it('flags a −2 opponent who mentors or influences a key person, on the key person', () => {
    expect(flagsOf(university())).toContain('opponent-sways-key-person:cio');
    const flag = relationFlags(accountAt(university(), '2026-06-30'), university(), '2026-06-30').find(
      (candidate) => candidate.code === 'opponent-sways-key-person',
    )!;
    expect(flag).toMatchObject({ variant: 'mentor', params: { name: '韩院长', target: '林主任' } });
  });

  it('does not flag a −2 person whose relation is no influence, nor one who sways someone not key', () => {
    const account = university((data) => {
      data.relationships = [
        { from: 'security-head', to: 'cio', kind: 'ally' },
        { from: 'dean', to: 'fan', kind: 'influences' },
      ];
    });
    expect(flagsOf(account).filter((flag) => flag.startsWith('opponent-sways'))).toEqual([]);
  });

  it('flags a coach and a champion (+2) who left, from the snapshots, the coach as high', () => {
    const flags = relationFlags(accountAt(university(), '2026-06-30'), university(), '2026-06-30');
    const left = flags.filter((flag) => flag.code === 'ally-left');
    expect(left.map((flag) => [flag.params.name, flag.variant, flag.severity, flag.personId])).toEqual([
      ['陆科长', 'champion', 'medium', undefined],
      ['马老师', 'coach', 'high', undefined],
    ]);
    expect(left[1]!.params.date).toBe('2026-03-01');
  });

  it('flags a supportive high-power sponsor who left, but not a friendly person of little power', () => {
    const leftOf = (power: number) =>
      relationFlags(
        accountAt(university(), '2026-06-30'),
        university((data) => {
          Object.assign(person(data, 'fan'), { support: 1, power });
        }),
        '2026-06-30',
      ).filter((flag) => flag.code === 'ally-left' && flag.params.name === '陆科长');
    expect(leftOf(4).map((flag) => [flag.variant, flag.severity])).toEqual([['sponsor', 'medium']]);
    expect(leftOf(2)).toEqual([]);
  });

  it('does not flag a departure after the analysis date', () => {
    const before = university();
    const flags = relationFlags(accountAt(before, '2026-02-15'), before, '2026-02-15').map((flag) => flag.params.name);
    expect(flags).toContain('陆科长');
    expect(flags).not.toContain('马老师');
  });

  it('flags the coach reporting to an opponent', () => {
    expect(flagsOf(university())).toContain('coach-reports-to-opponent:teacher');
    const friendlyDean = university((data) => {
      person(data, 'dean').support = 0;
    });
    expect(flagsOf(friendlyDean)).not.toContain('coach-reports-to-opponent:teacher');
  });

  it('flags a key person whose manager changed and who has not been contacted since', () => {
    expect(flagsOf(university())).toContain('new-manager-not-contacted:cio');
    // The coach moved too, but was seen after the move.
    expect(flagsOf(university())).not.toContain('new-manager-not-contacted:teacher');
    const seen = university((data) => {
      person(data, 'cio').lastContact = '2026-05-01';
    });
    expect(flagsOf(seen)).not.toContain('new-manager-not-contacted:cio');
  });

  it('joins the other red flags on the account analysis, with a sentence and an action each', () => {
    const analysis = analyzeAccount(university());
    const codes = analysis.flags.map((flag) => flag.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'opponent-sways-key-person',
        'ally-left',
        'coach-reports-to-opponent',
        'new-manager-not-contacted',
      ]),
    );
    const onCio = analysis.people.find((entry) => entry.person.id === 'cio')!.flags.map((flag) => labels.redFlag(flag));
    expect(onCio).toContain('坚决反对我们的韩院长（计算机学院院长）是关键人林主任（信息化办公室主任）的师长。');
    expect(onCio).toContain('关键人林主任（信息化办公室主任）自 2026-05-01 改向石副校长汇报，此后还没有接触过。');
    for (const flag of redFlags(accountAt(university(), '2026-06-30'), undefined, university())) {
      // Every kind and variant has its sentence and action in the dictionary (a gap shows the key).
      expect(labels.redFlag(flag)).not.toMatch(/^flag\./);
      expect(labels.redFlagAction(flag)).not.toMatch(/^flag\./);
    }
  });
});
