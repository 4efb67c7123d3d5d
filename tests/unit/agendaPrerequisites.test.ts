import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { checkAgendaPrerequisites, type Place, type TeachingPlan } from '../../src/validation/agendaPrerequisites.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { validateWorkshopContent } from '../../src/workshops/load.ts';
import { validateScenarioText, validateWorkshopText } from '../../src/validation/workshopFiles.ts';

const fixtureRoot = fileURLToPath(new URL('../fixtures/teaching', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const workshopLines = (name: string) =>
  validateWorkshopContent(fixtureRoot, new Map())
    .problems.filter((problem) => problem.file === `content/workshops/${name}.yaml`)
    .map(formatProblem);

describe('agenda teaching order (fixture chapters, glossary, scenario and agendas)', () => {
  it('names where a term is needed and where the agenda teaches it, both as file:line:column', () => {
    expect(workshopLines('out-of-order')).toEqual([
      'content/workshops/out-of-order.yaml:8:16  sessions[0].worksheet（练习表）  工作表 power-interest 要用到还没讲过的术语：“权力”（power）、“兴趣”（interest）、“权力—兴趣矩阵”（power-interest）到 sessions[1]（content/workshops/out-of-order.yaml:12:14）才讲。把讲授它的章节排到这一项之前，或列入 prework.read 请学员预读',
      'content/workshops/out-of-order.yaml:14:14  sessions[1].minutes（分钟数）  本项 20 分钟，短于章节 02-grid 自己计划的 40 分钟（content/chapters/02-grid.mdx:5:11 duration）：加一条 cut，写明这次删去了哪些内容',
      'content/workshops/out-of-order.yaml:16:15  sessions[2].scenario  角色扮演 demo-meeting（requiredTerms 见 accounts/demo/scenarios/demo-meeting.yaml:3:17）要用到还没讲过的术语：“决策者”（eb）到 sessions[3]（content/workshops/out-of-order.yaml:20:14）才讲。把讲授它的章节排到这一项之前，或列入 prework.read 请学员预读',
    ]);
  });

  it('counts the pre-work reading as taught and accepts a short chapter session with a cut note', () => {
    expect(workshopLines('in-order')).toEqual([]);
  });

  it('validates both sample agendas of the project under the rule', () => {
    const { problems } = validateWorkshopContent(
      projectRoot,
      validateFiles(projectRoot, findCaseFiles(projectRoot)).known,
    );
    expect(problems.filter((problem) => problem.file.startsWith('content/workshops/')).map(formatProblem)).toEqual([]);
  });
});

describe('checkAgendaPrerequisites (pure)', () => {
  afterEach(() => setMessageLocale('zh-CN'));

  const at = (file: string, line: number, column = 1): Place => ({ file, line, column });
  const plan: TeachingPlan = {
    chapters: new Map([
      [
        '06-man',
        { duration: 45, durationAt: at('06-man.mdx', 5, 11), terms: new Map([['man', at('06-man.mdx', 15, 9)]]) },
      ],
    ]),
    scenarioTerms: new Map([['budget-meeting', new Map([['man', at('budget-meeting.yaml', 6, 17)]])]]),
    worksheetTerms: { man: ['man'] },
    termNames: new Map([['man', { zh: 'MAN 分析', en: 'MAN Analysis' }]]),
  };
  const locate = () => at('agenda.yaml', 1);

  it('names the chapter that teaches a term the agenda never teaches, with its frontmatter line', () => {
    const problems = checkAgendaPrerequisites(
      { sessions: [{ kind: 'scenario', scenario: 'budget-meeting', minutes: 45 }] },
      plan,
      locate,
    );
    expect(problems).toEqual([
      {
        path: ['sessions', 0, 'scenario'],
        message:
          '角色扮演 budget-meeting（requiredTerms 见 budget-meeting.yaml:6:17）要用到还没讲过的术语：“MAN 分析”（man）由章节 06-man 讲授（06-man.mdx:15:9 terms），本议程没有这一章。把讲授它的章节排到这一项之前，或列入 prework.read 请学员预读',
      },
    ]);
  });

  it('reads in English too', () => {
    setMessageLocale('en');
    const [problem] = checkAgendaPrerequisites(
      { sessions: [{ kind: 'worksheet', worksheet: 'man', minutes: 20 }] },
      plan,
      locate,
    );
    expect(problem!.message).toBe(
      'the man worksheet needs terms not taught yet: "MAN Analysis" (man) taught by chapter 06-man (06-man.mdx:15:9 terms), which this agenda does not include. Move the chapter that teaches them before this session, or list it in prework.read',
    );
  });

  it('is quiet when the chapter comes first, and ignores sessions that need nothing', () => {
    const sessions = [
      { kind: 'plenary', minutes: 10 },
      { kind: 'chapter', chapter: '06-man', minutes: 45 },
      { kind: 'worksheet', worksheet: 'man', minutes: 20 },
      { kind: 'scenario', scenario: 'budget-meeting', minutes: 45 },
    ];
    expect(checkAgendaPrerequisites({ sessions }, plan, locate)).toEqual([]);
  });

  it('reads hostile or half-written data without throwing', () => {
    for (const data of [
      {},
      { sessions: 'x' },
      { sessions: [null, 3, { kind: 'chapter' }] },
      { prework: { read: [7] } },
    ]) {
      expect(() => checkAgendaPrerequisites(data as Record<string, unknown>, plan, locate)).not.toThrow();
    }
  });
});

describe('references of the rule', () => {
  const known = {
    accounts: new Map(),
    chapters: new Set(['01-roles']),
    scenarios: new Map<string, string>(),
    glossaryTerms: new Set(['eb', 'power-interest']),
  };

  it('rejects a scenario requiredTerms id that is not in the glossary, with a suggestion', () => {
    const text = 'id: s\nrequiredTerms: [eb, power-intrest]\n';
    const lines = validateScenarioText({ file: 's.yaml', text, expectedId: 's' }, known).problems.map(formatProblem);
    expect(lines).toContain(
      's.yaml:2:21  requiredTerms[1]  未知的术语 "power-intrest"：应为 content/glossary.yaml 中某个词条的 id；是不是想写 "power-interest"？',
    );
  });

  it('rejects a pre-work chapter that does not exist', () => {
    const text = 'id: w\nprework:\n  read: [01-role]\n';
    const lines = validateWorkshopText({ file: 'w.yaml', text, expectedId: 'w' }, known).problems.map(formatProblem);
    expect(lines).toContain(
      'w.yaml:3:10  prework.read[0]  未知的章节 "01-role"：应为 content/chapters/ 中的文件名（不带 .mdx）；是不是想写 "01-roles"？',
    );
  });
});
