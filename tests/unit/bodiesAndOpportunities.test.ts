/**
 * Group decision bodies (党委会…), ties to competitors and several opportunities per account:
 * schema, rules, analysis, edition filter and the maps' text. Fixture:
 * tests/fixtures/committee-account.yaml (a 党委会 holding EB, two opportunities, two ties).
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeAccount, withOpportunity } from '../../src/analysis/analyzeAccount.ts';
import { bodyReach } from '../../src/analysis/bodies.ts';
import { redFlags } from '../../src/analysis/redFlags.ts';
import { buildDecisionProcess } from '../../src/maps/decisionProcess.ts';
import { accountMapData, framePayload } from '../../src/maps/mapPayload.ts';
import { layoutComment } from '../../src/maps/flowchart/layoutComment.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { personDetails } from '../../src/maps/personDetails.ts';
import { buildRelationshipMap } from '../../src/maps/relationshipMap.ts';
import { applyEdition } from '../../src/model/edition.ts';
import { accountOpportunities, selectOpportunity, SINGLE_OPPORTUNITY_ID } from '../../src/model/opportunities.ts';
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';
import { HOSTILE_TEXTS } from './diagramFixtures.ts';
import { enLabels, problemsOf, smallAccount, zhLabels } from './helpers.ts';

const FIXTURE = readFileSync(new URL('../fixtures/committee-account.yaml', import.meta.url), 'utf8');
const committeeData = (): Record<string, any> => parse(FIXTURE);
const committee = (change?: (data: Record<string, any>) => void): Account => {
  const data = committeeData();
  change?.(data);
  return accountSchema.parse(data);
};
const problemsAfter = (change: (data: Record<string, any>) => void) => {
  const data = committeeData();
  change(data);
  return problemsOf(stringify(data));
};

describe('the case-file schema', () => {
  it('accepts a body, competitor ties and a list of opportunities', () => {
    expect(problemsOf(FIXTURE)).toEqual([]);
    const account = committee();
    expect(account.bodies[0]).toMatchObject({ kind: 'party-committee', chair: 'secretary', roles: ['EB'] });
    expect(account.people.find((person) => person.id === 'vice-dean')?.competitorTie).toMatchObject({
      competitor: 'kangheng',
      strength: 2,
    });
    expect(account.opportunities?.map((opportunity) => opportunity.id)).toEqual(['his', 'pharmacy']);
  });

  it('keeps a single opportunity: valid unchanged, no bodies, selected under one fixed id', () => {
    const account = smallAccount();
    expect(account.bodies).toEqual([]);
    expect(accountOpportunities(account).map((opportunity) => opportunity.id)).toEqual([SINGLE_OPPORTUNITY_ID]);
    expect(selectOpportunity(account).offering).toBe('药房管理系统');
  });

  it('rejects a body kind outside the vocabulary and a body with no members', () => {
    const problems = problemsAfter((data) => {
      data.bodies[0].kind = '党委会';
      data.bodies[0].members = [];
    });
    expect(problems.join('\n')).toContain('bodies[0].kind（类型）');
    expect(problems.join('\n')).toContain('“党委会”请写成代码 party-committee');
    expect(problems.join('\n')).toMatch(/bodies\[0\]\.members（成员）\s+应为至少 1 项；实际是 含 0 项的列表/);
  });
});

describe('the rules', () => {
  it('names a bad member id, a member listed twice and a chair who is not a member', () => {
    const problems = problemsAfter((data) => {
      data.bodies[0].members = ['secretary', 'deen', 'vice-dean', 'vice-dean'];
      data.bodies[0].chair = 'it-head';
    }).join('\n');
    expect(problems).toContain(
      'bodies[0].members[1]（成员）  未知的人员 "deen"：应为 people 中某一项的 id；是不是想写 "dean"？',
    );
    expect(problems).toContain('bodies[0].members[3]（成员）  "vice-dean" 在 members 中写了两次');
    expect(problems).toContain('bodies[0].chair（主持人）  主持人 "it-head" 应是这个决策机构的成员之一');
  });

  it('names an unknown chair, an unknown body in a step and a duplicate body id', () => {
    const problems = problemsAfter((data) => {
      data.bodies[0].chair = 'secretery';
      data.bodies.push({ ...data.bodies[0], chair: 'secretary' });
      data.opportunities[0].decisionProcess[1].bodies = ['party-comittee'];
    }).join('\n');
    expect(problems).toContain('bodies[0].chair（主持人）  未知的人员 "secretery"');
    expect(problems).toContain(
      'opportunities[0].decisionProcess[1].bodies[0]（决策机构）  未知的决策机构 "party-comittee"：应为 bodies 中某一项的 id；是不是想写 "party-committee"？',
    );
    expect(problems).toContain('bodies[1].id（编号）  决策机构编号 "party-committee" 重复：bodies[0] 已经用过');
  });

  it('names a member or chair who has left by a snapshot', () => {
    const problems = problemsAfter((data) => {
      data.snapshots = [{ date: '2026-05-01', title: '书记调任', changes: [{ type: 'leaves', person: 'secretary' }] }];
      data.topPeople = ['dean'];
    }).join('\n');
    expect(problems).toContain('bodies[0].members[0]（成员）  "secretary" 已于 2026-05-01 离开，不能再出现在这里');
    expect(problems).toContain('bodies[0].chair（主持人）  "secretary" 已于 2026-05-01 离开');
  });

  it('names an unknown competitor in a tie, with the likely one', () => {
    const problems = problemsAfter((data) => (data.people[2].competitorTie.competitor = 'kanghen')).join('\n');
    expect(problems).toContain(
      'people[2]（vice-dean 陶副院长）.competitorTie.competitor（竞争对手）  未知的竞争对手 "kanghen"：应为 competitors 中某一项的 id；是不是想写 "kangheng"？',
    );
  });

  it('accepts the same competitor in two opportunities but not twice in one', () => {
    const problems = problemsAfter((data) => data.opportunities[1].competitors.push({ id: 'yida', name: '义达' }));
    expect(problems.join('\n')).toContain(
      'opportunities[1].competitors[2].id（编号）  竞争对手编号 "yida" 重复：opportunities[1].competitors[1] 已经用过',
    );
    expect(problems).toHaveLength(1);
  });

  it('checks people in the steps of every opportunity, and duplicate opportunity ids', () => {
    const problems = problemsAfter((data) => {
      data.opportunities[1].decisionProcess[0].people = ['deen'];
      data.opportunities[1].id = 'his';
    }).join('\n');
    expect(problems).toContain('opportunities[1].decisionProcess[0].people[0]  未知的人员 "deen"');
    expect(problems).toContain('opportunities[1].id（编号）  商机编号 "his" 重复：opportunities[0] 已经用过');
  });

  it('wants exactly one of opportunity and opportunities, in Chinese and English', () => {
    const both = problemsAfter((data) => (data.opportunity = { offering: '耗材', stage: 'won' }));
    expect(both).toEqual([expect.stringContaining('opportunities（商机列表）  同时写了 opportunity 和 opportunities')]);
    const neither = problemsAfter((data) => delete data.opportunities);
    expect(neither.join('\n')).toContain('（整个文件）  缺少商机：应写 opportunity（一个商机）或 opportunities');
    setMessageLocale('en');
    try {
      expect(problemsAfter((data) => delete data.opportunities).join('\n')).toContain(
        'no opportunity: expected opportunity (one opportunity) or opportunities (a list of several), exactly one of the two',
      );
    } finally {
      setMessageLocale('zh-CN');
    }
  });

  it('requires ids in an opportunities list', () => {
    const problems = problemsAfter((data) => delete data.opportunities[1].id);
    expect(problems.join('\n')).toContain('opportunities[1]');
    expect(problems.join('\n')).toContain('缺少必填字段');
  });
});

describe('the analysis', () => {
  it('counts a body holding EB as the EB, weighed over its members', () => {
    const analysis = analyzeAccount(committee());
    const eb = analysis.coverage.find((row) => row.role === 'EB')!;
    expect(eb.holders).toEqual([]);
    expect(eb.bodies.map((reach) => reach.body.id)).toEqual(['party-committee']);
    expect(eb.identified).toBe(true);
    // 书记 and 院长 both have power 5: the less supportive (书记, neutral) decides.
    expect(eb).toMatchObject({ stance: 'neutral', reason: { kind: 'most-powerful', person: { id: 'secretary' } } });
    // Two of three members contacted, but not the chair: not reached. Two of three owned: owned.
    expect(eb.contacted).toBe(false);
    expect(eb.owned).toBe(true);
    expect(analysis.flags.map((flag) => flag.code)).not.toContain('no-eb');
  });

  it('reaches a body through its chair and at least half of its members', () => {
    const account = committee();
    const reach = (change: (data: Record<string, any>) => void) =>
      bodyReach(committee(change).bodies[0]!, committee(change), { asOf: account.asOf! });
    expect(reach(() => {}).reached).toBe(false);
    expect(reach((data) => (data.people[0].lastContact = '2026-06-01')).reached).toBe(true);
    const chairOnly = reach((data) => {
      data.people[0].lastContact = '2026-06-01';
      data.people[1].lastContact = '2026-01-01';
      data.people[2].lastContact = '2026-01-01';
    });
    expect(chairOnly).toMatchObject({ reached: false, contacted: [{ id: 'secretary' }] });
    const noChair = reach((data) => delete data.bodies[0].chair);
    expect(noChair.reached).toBe(true);
  });

  it('lets one member at −2 block the body, and forgets members who left', () => {
    const blocked = analyzeAccount(committee((data) => (data.people[2].support = -2)));
    expect(blocked.coverage.find((row) => row.role === 'EB')).toMatchObject({
      stance: 'against',
      reason: { kind: 'blocker', person: { id: 'vice-dean' } },
    });
    const left = analyzeAccount(
      committee((data) => {
        data.snapshots = [
          { date: '2026-05-01', title: '副院长调离', changes: [{ type: 'leaves', person: 'it-head' }] },
        ];
        data.bodies[0].members.push('it-head');
      }),
    );
    expect(left.bodies[0]!.members.map((person) => person.id)).toEqual(['secretary', 'dean', 'vice-dean']);
  });

  it('raises the body flags: chair not contacted, fewer than half reached, not supportive', () => {
    const codes = (account: Account) =>
      redFlags(account)
        .filter((flag) => flag.code.startsWith('eb-'))
        .map((flag) => `${flag.code}.${flag.variant}`);
    expect(codes(committee())).toEqual(['eb-body-not-reached.chair', 'eb-not-supportive.body-neutral']);
    const members = committee((data) => {
      data.people[0].lastContact = '2026-06-01';
      data.people[1].lastContact = '2026-01-01';
      data.people[2].lastContact = '2026-01-01';
      data.people[0].support = -1;
    });
    expect(codes(members)).toEqual(['eb-body-not-reached.members', 'eb-not-supportive.body-opposed']);
    const flag = redFlags(members).find((candidate) => candidate.code === 'eb-body-not-reached')!;
    expect(zhLabels.redFlag(flag)).toBe('决策机构院党委会的 3 名成员中，最近只接触过 1 人，不到半数。');
    expect(enLabels.redFlag(flag)).toBe(
      'We have lately contacted only 1 of the 3 members of the decision body 院党委会: fewer than half.',
    );
  });

  it('flags a key person who leans to a competitor, deciders and strong ties as high', () => {
    const flags = (account: Account) =>
      redFlags(account)
        .filter((flag) => flag.code === 'competitor-tie')
        .map((flag) => [flag.personId, flag.severity, flag.params.competitor]);
    expect(flags(committee())).toEqual([
      ['vice-dean', 'high', '康衡医疗'], // sits on the EB body
      ['it-head', 'high', '义达科技'], // TB
    ]);
    const user = committee((data) => (data.people[3].competitorTie = { competitor: 'yida', strength: 1 }));
    expect(flags(user)).toContainEqual(['pharm-head', 'medium', '义达科技']);
    const nobody = committee((data) => {
      data.people[4].roles = [];
      data.people[4].power = 2;
    });
    expect(flags(nobody).map(([id]) => id)).toEqual(['vice-dean']);
    const flag = redFlags(committee()).find((candidate) => candidate.code === 'competitor-tie')!;
    expect(zhLabels.redFlag(flag)).toBe('关键人陶副院长（分管信息化的副院长）倾向竞争对手康衡医疗。');
  });

  it('analyses the primary opportunity unless told another', () => {
    expect(analyzeAccount(committee()).opportunity.id).toBe('his');
    const pharmacy = analyzeAccount(committee(), { opportunity: 'pharmacy' });
    expect(pharmacy.opportunity.offering).toBe('智能药房');
    expect(pharmacy.opportunities.map((opportunity) => opportunity.id)).toEqual(['his', 'pharmacy']);
    expect(withOpportunity(analyzeAccount(committee()), 'pharmacy').opportunity.id).toBe('pharmacy');
    expect(() => analyzeAccount(committee(), { opportunity: 'nope' })).toThrow(/No opportunity "nope"/);
  });

  it('tells each person the bodies they sit on and the competitor they lean to', () => {
    const analysis = analyzeAccount(committee());
    const vice = analysis.people.find(({ person }) => person.id === 'vice-dean')!;
    expect(vice.bodies.map((body) => body.id)).toEqual(['party-committee']);
    expect(vice.competitorTie).toMatchObject({ competitor: { name: '康衡医疗' }, strength: 2 });
    const details = personDetails(analysis, zhLabels, { trainerNotes: false });
    expect(details['secretary']!.rows).toContainEqual(['决策机构', '院党委会（主持人）']);
    expect(details['vice-dean']!.rows).toContainEqual(['倾向竞争对手', '康衡医疗（中）：曾主导引进康衡的上一代系统']);
  });
});

describe('the edition filter', () => {
  it('drops a sensitive member and chair from a body in the trainee edition, keeping the body', () => {
    const account = committee((data) => (data.people[0].sensitive = true));
    const [trainee] = applyEdition([account], 'trainee');
    expect(trainee!.bodies[0]).toMatchObject({ members: ['dean', 'vice-dean'] });
    expect(trainee!.bodies[0]!.chair).toBeUndefined();
    const [trainer] = applyEdition([account], 'trainer');
    expect(trainer!.bodies[0]).toMatchObject({ members: ['secretary', 'dean', 'vice-dean'], chair: 'secretary' });
  });

  it('filters hidden people out of the steps of every opportunity', () => {
    const account = committee((data) => {
      data.people[3].sensitive = true;
      data.opportunities[1].decisionProcess[0].people = ['dean', 'pharm-head'];
    });
    const [trainee] = applyEdition([account], 'trainee');
    const people = trainee!.opportunities!.flatMap((o) => o.decisionProcess.flatMap((step) => step.people));
    expect(people).not.toContain('pharm-head');
  });
});

describe('the maps', () => {
  it('draws a body as one node with its kind, role and members, and names the seat in each member box', () => {
    const { source, nodes } = buildOrgChart(accountMapData(committee()), { labels: zhLabels });
    expect(source).toContain('subgraph BG["决策机构"]');
    expect(source).toContain(
      'B0{{"院党委会<br/>党委会 · EB 决策者<br/>成员 3 人<br/>冯书记（主持）、周院长、陶副院长"}}:::body',
    );
    expect(nodes['B0']).toEqual({ kind: 'body', id: 'party-committee' });
    // No line from the body: its members sit in several layers, and such lines crossed the chart.
    // An unseen link to the chair only keeps the body above the chair's part of the chart.
    expect(source.split('\n').filter((line) => /\bB0 /.test(line))).toEqual([
      expect.stringMatching(/^ {2}B0 ~~~ P\d+$/),
    ]);
    const seats = source.split('\n').filter((line) => line.includes('◆'));
    expect(seats).toHaveLength(3);
    expect(seats.filter((line) => line.includes('◆ 院党委会（主持人）'))).toHaveLength(1);
    expect(seats.find((line) => line.includes('["冯书记<br/>'))).toContain('◆ 院党委会（主持人）');
    expect(source).toContain('BG ~~~ L0');
  });

  it("lists a member's seats on several bodies, two a line, and none for people on no body", () => {
    const data = accountMapData(
      committee((raw) => {
        const members = raw.bodies[0].members as string[];
        for (const [index, name] of ['院务会', '采购领导小组', '预算委员会'].entries())
          raw.bodies.push({ id: `body-${index}`, name, kind: 'committee', members, chair: members[1] });
      }),
    );
    const { source } = buildOrgChart(data, { labels: zhLabels });
    const boxOf = (name: string) =>
      source.split('\n').find((line) => line.trim().startsWith(`P`) && line.includes(`["${name}<br/>`)) ?? '';
    const member = boxOf('周院长');
    expect(member).toContain('◆ 院党委会、院务会（主持人）<br/>采购领导小组（主持人）、预算委员会（主持人）"');
    const others = data.people.filter((person) => !(data.bodies![0]!.members as string[]).includes(person.id));
    expect(others.length).toBeGreaterThan(0);
    for (const person of others) {
      expect(boxOf(person.name), person.name).not.toBe('');
      expect(boxOf(person.name), person.name).not.toContain('◆');
    }
  });

  it('draws a tie to a competitor as a line to a competitor node', () => {
    const { source, nodes } = buildRelationshipMap(accountMapData(committee()), { labels: enLabels });
    expect(source).toContain('C0["Competitor<br/>康衡医疗"]:::competitor');
    expect(source).toMatch(/P\d+ -\.->\|"leans to·medium"\| C0/);
    expect(Object.values(nodes).filter((node) => node.kind === 'competitor')).toHaveLength(2);
  });

  it("names the bodies at a decision step, and embeds the selected opportunity's steps", () => {
    const account = committee();
    const [his] = accountOpportunities(account);
    const { source } = buildDecisionProcess(his!.decisionProcess, accountMapData(account), zhLabels);
    expect(source).toContain('S1["2．党委会审议<br/>角色：EB 决策者<br/>决策机构：院党委会"]:::step');
    const analysis = withOpportunity(analyzeAccount(account), 'pharmacy');
    const payload = framePayload(analysis, {
      kind: 'decision',
      snapshots: false,
      shared: true,
      labels: zhLabels,
      trainerNotes: false,
    });
    expect(payload.steps.map((step) => step.name)).toEqual(['院务会立项']);
  });

  it('escapes hostile body, competitor and tie text for mermaid', () => {
    const hostile = committee((data) => {
      data.bodies[0].name = HOSTILE_TEXTS[0];
      data.opportunities[0].competitors[0].name = HOSTILE_TEXTS[1];
      data.people[0].name = HOSTILE_TEXTS[2];
      data.opportunities[0].decisionProcess[1].name = HOSTILE_TEXTS[7];
    });
    const data = accountMapData(hostile);
    const sources = [
      buildOrgChart(data, { labels: zhLabels }).source,
      buildRelationshipMap(data, { labels: zhLabels }).source,
      buildDecisionProcess(hostile.opportunities![0]!.decisionProcess, data, zhLabels).source,
    ];
    for (const source of sources) {
      for (const line of source.split('\n')) {
        // Every label is one quoted string with no raw quote, bracket, angle bracket, % or ; inside.
        // (our own line breaks and entity codes aside).
        for (const quoted of line.match(/"[^"]*"/g) ?? []) {
          expect(quoted.slice(1, -1).replaceAll('<br/>', '').replace(/#\d+;/g, '')).not.toMatch(/[<>%;[\]`]/);
        }
        // Only our own comment naming the chart's layout starts with %%.
        if (![layoutComment('org-chart'), layoutComment('layered')].includes(line.trim()))
          expect(line.trim()).not.toMatch(/^(click|style|%%)/);
      }
      expect(source).not.toContain('<script');
    }
    expect(sources[0]).toContain('B0{{"A#34;#93; --#62; X#91;#34;pwned<br/>');
    expect(sources[1]).toContain(
      'C0["竞争对手<br/>#37;#37;#123;init#58; #123;#34;securityLevel#34;#58; #34;loose#34;#125;#125;#37;#37;"]',
    );
  });
});
