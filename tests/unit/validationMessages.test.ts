/**
 * Every kind of validation message, pinned in both languages (zh-CN is the default, en with
 * UI_LOCALE=en or --lang en). Each case changes the small fixture in one way a trainer might.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { setMessageLocale, type MessageLocale } from '../../src/validation/messages.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { checkContent } from '../../src/validation/contentFiles.ts';
import { describeIssue } from '../../src/validation/schemaProblems.ts';
import { validateScenarioText, validateWorkshopText, type KnownIds } from '../../src/validation/workshopFiles.ts';
import { readWorksheetFile } from '../../src/worksheets/importFile.ts';
import { problemsOf, SMALL_ACCOUNT_YAML } from './helpers.ts';

const FILE = 'accounts/small-clinic/account.yaml';

/** The problems of the fixture after replacing `from` (a line of it) by `to`, in both languages. */
function bothLanguages(run: () => string[]): Record<MessageLocale, string[]> {
  const result = {} as Record<MessageLocale, string[]>;
  for (const locale of ['zh-CN', 'en'] as const) {
    setMessageLocale(locale);
    result[locale] = run();
  }
  setMessageLocale('zh-CN');
  return result;
}
const edited = (from: string, to: string) => {
  if (!SMALL_ACCOUNT_YAML.includes(from)) throw new Error(`fixture has no ${from}`);
  return bothLanguages(() => problemsOf(SMALL_ACCOUNT_YAML.replace(from, to), FILE));
};

describe('hints for Chinese values where a code is expected never point at another value', () => {
  it('support: 支持 suggests 1 (not "-2"), with the person named by id and name and the field label', () => {
    expect(edited('    support: 0\n', '    support: 支持\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:29:14  people[0] (dean 周院长).support  expected one of -2, -1, 0, 1, 2, unknown; found "支持"; for "支持" write the code 1",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:29:14  people[0]（dean 周院长）.support（支持度）  应为 -2、-1、0、1、2 或 unknown；实际是 "支持"；“支持”请写成代码 1",
        ],
      }
    `);
  });

  it('a wrong value is reported once, not again where the snapshots end at it', () => {
    const problems = problemsOf(SMALL_ACCOUNT_YAML.replace('    support: 2\n', '    support: 支持者\n'), FILE);
    expect(problems).toEqual([
      expect.stringMatching(/people\[1\]（pharm-head 吴主任）\.support（支持度）.*请写成代码 2$/),
    ]);
  });

  it('money: 是 suggests yes (not "no")', () => {
    expect(edited('money: yes, authority: yes', 'money: 是, authority: yes')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:28:19  people[0] (dean 周院长).man.money  expected one of yes, no, unknown; found "是"; for "是" write the code yes",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:28:19  people[0]（dean 周院长）.man.money（资金）  应为 yes、no 或 unknown；实际是 "是"；“是”请写成代码 yes",
        ],
      }
    `);
  });

  it('决策层, 决策者 and a sector name map to their codes', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('sector: public-institution', 'sector: 事业单位').replace(
            '    roles: [EB]\n',
            '    roles: [决策者]\n',
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:5:9  sector  expected one of government, public-institution, state-owned, private, foreign, joint-venture, other; found "事业单位"; for "事业单位" write the code public-institution",
          "accounts/small-clinic/account.yaml:25:13  people[0] (dean 周院长).roles[0]  expected one of EB, TB, UB, Coach, unknown; found "决策者"; for "决策者" write the code EB",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:5:9  sector（性质）  应为 government、public-institution、state-owned、private、foreign、joint-venture 或 other；实际是 "事业单位"；“事业单位”请写成代码 public-institution",
          "accounts/small-clinic/account.yaml:25:13  people[0]（dean 周院长）.roles[0]（采购角色）  应为 EB、TB、UB、Coach 或 unknown；实际是 "决策者"；“决策者”请写成代码 EB",
        ],
      }
    `);
  });

  it("a number in quotes ('1', '4') says to write it without quotes", () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('    support: 0\n', "    support: '1'\n").replace(
            '    power: 5\n',
            "    power: '4'\n",
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:26:12  people[0] (dean 周院长).power  expected a number; found "4"; write it without quotes: 4",
          "accounts/small-clinic/account.yaml:29:14  people[0] (dean 周院长).support  expected one of -2, -1, 0, 1, 2, unknown; found "1"; write it without quotes: 1",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:26:12  people[0]（dean 周院长）.power（权力）  应为数字；实际是 "4"；去掉引号，直接写 4",
          "accounts/small-clinic/account.yaml:29:14  people[0]（dean 周院长）.support（支持度）  应为 -2、-1、0、1、2 或 unknown；实际是 "1"；去掉引号，直接写 1",
        ],
      }
    `);
  });

  it('a stage and a relation kind in Chinese map to their codes', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('  stage: needs-analysis\n', '  stage: 需求分析\n').replace(
            'kind: external-pressure',
            'kind: 外部压力',
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:11:10  opportunity.stage  expected one of prospecting, qualifying, needs-analysis, proposal, tender, negotiation, won, lost; found "需求分析"; for "需求分析" write the code needs-analysis",
          "accounts/small-clinic/account.yaml:63:40  relationships[0].kind  expected one of influences, ally, rival, mentor, informal, external-pressure; found "外部压力"; for "外部压力" write the code external-pressure",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:11:10  opportunity.stage（阶段）  应为 prospecting、qualifying、needs-analysis、proposal、tender、negotiation、won 或 lost；实际是 "需求分析"；“需求分析”请写成代码 needs-analysis",
          "accounts/small-clinic/account.yaml:63:40  relationships[0].kind（类型）  应为 influences、ally、rival、mentor、informal 或 external-pressure；实际是 "外部压力"；“外部压力”请写成代码 external-pressure",
        ],
      }
    `);
  });

  it('a list written as plain text gives the list to write, each item as its code', () => {
    expect(edited('    roles: [EB]\n', '    roles: 决策者，内线\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:25:12  people[0] (dean 周院长).roles  expected a list; found "决策者，内线"; write a list: [EB, Coach]",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:25:12  people[0]（dean 周院长）.roles（采购角色）  应为列表；实际是 "决策者，内线"；写成列表：[EB, Coach]",
        ],
      }
    `);
  });

  it('a name written where an id is expected gives the id, once per field', () => {
    expect(edited('    reportsTo: dean\n    roles: [UB, Coach]', '    reportsTo: 周院长\n    roles: [UB, Coach]'))
      .toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:37:16  people[1] (pharm-head 吴主任).reportsTo  unknown person "周院长": expected the id of an entry in people; "周院长" is a name: write its id "dean" here",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:37:16  people[1]（pharm-head 吴主任）.reportsTo（汇报对象）  未知的人员 "周院长"：应为 people 中某一项的 id；“周院长”是名字，这里要写它的编号 "dean"",
        ],
      }
    `);
  });

  it('a full-width comma in a list is named', () => {
    expect(edited('    roles: [UB, Coach]\n', '    roles: [UB，Coach]\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:38:13  people[1] (pharm-head 吴主任).roles[0]  expected one of EB, TB, UB, Coach, unknown; found "UB，Coach"; the list uses a full-width comma "，" or "、": separate items with ",": [UB, Coach]",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:38:13  people[1]（pharm-head 吴主任）.roles[0]（采购角色）  应为 EB、TB、UB、Coach 或 unknown；实际是 "UB，Coach"；列表里用了中文逗号“，”或顿号“、”，请改用英文逗号“,”：[UB, Coach]",
        ],
      }
    `);
  });

  it('2026/9/1 is shown as 2026-09-01, and an id in Chinese asks for pinyin', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('lastContact: 2026-03-01', 'lastContact: 2026/3/1').replace(
            '  - id: inspector\n',
            '  - id: 钱科长\n',
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:32:18  people[0] (dean 周院长).lastContact  expected a date written as YYYY-MM-DD; found "2026/3/1"; write 2026-03-01",
          "accounts/small-clinic/account.yaml:56:9  people[3] (钱科长).id  expected lower-case letters, digits and dashes, e.g. "dir-wang"; found "钱科长"; ids cannot contain Chinese characters: use pinyin or English, e.g. "qu-zhenyu"",
          "accounts/small-clinic/account.yaml:63:13  relationships[0].from  unknown person "inspector": expected the id of an entry in people",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:32:18  people[0]（dean 周院长）.lastContact（最近接触）  应为日期，写成 YYYY-MM-DD（例如 2026-09-01）；实际是 "2026/3/1"；写成 2026-03-01",
          "accounts/small-clinic/account.yaml:56:9  people[3]（钱科长）.id（编号）  应为编号：小写英文字母、数字和连字符，例如 "dir-wang"；实际是 "钱科长"；编号不能含汉字，请用拼音或英文，例如 "qu-zhenyu"",
          "accounts/small-clinic/account.yaml:63:13  relationships[0].from  未知的人员 "inspector"：应为 people 中某一项的 id",
        ],
      }
    `);
  });
});

describe('YAML mistakes are named where they are, without the follow-on messages', () => {
  it('a full-width colon after a field name', () => {
    expect(edited('    title: 院长\n', '    title：院长\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:23:10  people[0] (dean 周院长)  the field name "title" is followed by a full-width colon "："; YAML needs an ASCII colon and a space: "title: …"",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:10  people[0]（dean 周院长）  字段名 "title" 后面用了中文冒号“：”；YAML 只认英文冒号加空格，请写成 "title: …"",
        ],
      }
    `);
  });

  it('a colon with no space after it (power:4)', () => {
    expect(edited('    power: 5\n', '    power:5\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:26:10  people[0] (dean 周院长)  the colon after "power" needs a space after it: "power: …"",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:26:10  people[0]（dean 周院长）  字段名 "power" 的冒号后面少了空格；请写成 "power: …"",
        ],
      }
    `);
  });

  it('a full-width space as indentation or after the colon', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('    title: 院长\n', '    title:\u3000院长\n').replace(
            '    unit: pharmacy\n',
            '  \u3000unit: pharmacy\n',
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:23:11  people[0] (dean 周院长)  a full-width space (U+3000) is used here; YAML indents, and separates a field from its value, with ASCII spaces only",
          "accounts/small-clinic/account.yaml:36:3  (this line)  a full-width space (U+3000) is used here; YAML indents, and separates a field from its value, with ASCII spaces only",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:11  people[0]（dean 周院长）  这里用了全角空格（U+3000）；YAML 的缩进和冒号后面只能用半角空格",
          "accounts/small-clinic/account.yaml:36:3  （这一行）  这里用了全角空格（U+3000）；YAML 的缩进和冒号后面只能用半角空格",
        ],
      }
    `);
  });

  it('a plain colon inside free text asks for quotes', () => {
    expect(edited('    title: 院长\n', '    title: 院长: 兼党委副书记\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:23:14  people[0] (dean 周院长)  the text of "title" contains ": ", which YAML reads as a new field; put the text in quotes: title: "…"",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:14  people[0]（dean 周院长）  "title" 的文字里有英文冒号加空格“: ”，YAML 把后半段当成了新字段；请给整段文字加引号，例如 title: "……"",
        ],
      }
    `);
  });

  it('a tab used for indentation is reported once, not with its cascade', () => {
    expect(edited('    name: 周院长\n', '\tname: 周院长\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:22:1  (this line)  YAML syntax: a tab is used for indentation; YAML indents with spaces only",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:22:1  （这一行）  YAML 语法：用了 Tab 键缩进；YAML 只能用空格缩进",
        ],
      }
    `);
  });

  it('" #" after several English words warns too; after a code or a number it is a comment', () => {
    const text = SMALL_ACCOUNT_YAML.replace('    title: 院长\n', '    title: Dean of the clinic #2 in town\n')
      .replace('  stage: needs-analysis\n', '  stage: needs-analysis # 九月定\n')
      .replace('    power: 5\n', '    power: 5 # 院长拍板\n');
    expect(problemsOf(text, FILE)).toEqual([
      expect.stringMatching(
        /^accounts\/small-clinic\/account\.yaml:23:\d+ {2}people\[0\]（dean 周院长）\.title（职务）/,
      ),
    ]);
  });

  it('" #" inside free text warns that the rest was dropped', () => {
    expect(edited('    title: 院长\n', '    title: 院长 #1 人选\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:23:15  people[0] (dean 周院长).title  warning: the text of "title" contains " #": YAML drops everything after it as a comment; if it is part of the text, put the text in quotes",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:15  people[0]（dean 周院长）.title（职务）  提醒："title" 的文字里有“ #”，YAML 把 # 之后的内容当作注释丢掉了；如果它是正文，请给整段文字加引号",
        ],
      }
    `);
  });
});

describe('silent traps become warnings or errors', () => {
  it('a missing confidentiality says the account is internal, trainer edition only', () => {
    expect(edited('confidentiality: public\n', '')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:2:1  confidentiality  warning: no confidentiality: "small-clinic" is internal, so it appears only in the trainer edition (npm run build:trainer), not in the trainee edition; write confidentiality: public if it may be shown",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:2:1  confidentiality（保密级别）  提醒：没有写 confidentiality：客户 "small-clinic" 按 internal（内部）处理，只出现在讲师版（npm run build:trainer），学员版里没有它；可以公开请写 confidentiality: public",
        ],
      }
    `);
  });

  it('lastContact and a snapshot dated after asOf', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('lastContact: 2026-06-20', 'lastContact: 2026-07-02').replace(
            'date: 2026-05-01',
            'date: 2026-08-01',
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:45:18  people[1] (pharm-head 吴主任).lastContact  the date 2026-07-02 is after the case's asOf (2026-06-30); the case describes the day of asOf",
          "accounts/small-clinic/account.yaml:72:11  snapshots[1].date  the date 2026-08-01 is after the case's asOf (2026-06-30); the case describes the day of asOf",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:45:18  people[1]（pharm-head 吴主任）.lastContact（最近接触）  日期 2026-07-02 晚于案例的 asOf（2026-06-30）；案例描述的是 asOf 那天的情况",
          "accounts/small-clinic/account.yaml:72:11  snapshots[1].date（日期）  日期 2026-08-01 晚于案例的 asOf（2026-06-30）；案例描述的是 asOf 那天的情况",
        ],
      }
    `);
  });

  it('a manager and a relation end who left, and the person left without a new reportsTo', () => {
    const leaves = SMALL_ACCOUNT_YAML.replace(
      '      - { type: relationship-appears, from: pharm-head, to: it-head, kind: rival }\n',
      '      - { type: relationship-appears, from: pharm-head, to: it-head, kind: rival }\n  - date: 2026-06-01\n    title: 院长调走\n    changes:\n      - { type: leaves, person: dean }\n',
    );
    expect(bothLanguages(() => problemsOf(leaves, FILE))).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:37:16  people[1] (pharm-head 吴主任).reportsTo  the manager "dean" left on 2026-06-01; give this person a new reportsTo and record a reports-to change in snapshots",
          "accounts/small-clinic/account.yaml:50:16  people[2] (it-head 郑科长).reportsTo  the manager "dean" left on 2026-06-01; give this person a new reportsTo and record a reports-to change in snapshots",
          "accounts/small-clinic/account.yaml:63:28  relationships[0].to  "dean" left on 2026-06-01 and cannot appear here any more; remove it or name who is there now",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:37:16  people[1]（pharm-head 吴主任）.reportsTo（汇报对象）  汇报对象 "dean" 已于 2026-06-01 离开；请写上新的 reportsTo，并在 snapshots 中记一条 reports-to 变化",
          "accounts/small-clinic/account.yaml:50:16  people[2]（it-head 郑科长）.reportsTo（汇报对象）  汇报对象 "dean" 已于 2026-06-01 离开；请写上新的 reportsTo，并在 snapshots 中记一条 reports-to 变化",
          "accounts/small-clinic/account.yaml:63:28  relationships[0].to  "dean" 已于 2026-06-01 离开，不能再出现在这里；请删掉或改成现在的人",
        ],
      }
    `);
  });
});

describe('schema messages, one per zod issue code', () => {
  it('unknown field, missing field, out of range, too few items', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('    power: 5\n', '    power: 9\n    powr: 5\n')
            .replace('    title: 药剂科主任\n', '')
            .replace('    interest: 1\n', '    interest: 0\n'),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:26:12  people[0] (dean 周院长).power  expected at most 5; found 9",
          "accounts/small-clinic/account.yaml:27:5  people[0] (dean 周院长).powr  unknown field "powr"; did you mean "power"? (allowed here: id, name, pronoun, title, unit, placeholder, reportsTo, dottedLines, roles, power, interest, man, support, closeness, motives, demands, disc, owner, competitorTie, lastContact, notes, sensitive, trainer)",
          "accounts/small-clinic/account.yaml:34:5  people[1] (pharm-head 吴主任).title  required field is missing: expected text",
          "accounts/small-clinic/account.yaml:61:15  people[3] (inspector 钱科长).interest  expected at least 1; found 0",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:26:12  people[0]（dean 周院长）.power（权力）  应为不大于 5 的数；实际是 9",
          "accounts/small-clinic/account.yaml:27:5  people[0]（dean 周院长）.powr  未知字段 "powr"；是不是想写 "power"？（此处可用：id、name、pronoun、title、unit、placeholder、reportsTo、dottedLines、roles、power、interest、man、support、closeness、motives、demands、disc、owner、competitorTie、lastContact、notes、sensitive、trainer）",
          "accounts/small-clinic/account.yaml:34:5  people[1]（pharm-head 吴主任）.title（职务）  缺少必填字段：应为文本",
          "accounts/small-clinic/account.yaml:61:15  people[3]（inspector 钱科长）.interest（兴趣）  应为不小于 1 的数；实际是 0",
        ],
      }
    `);
  });

  it('a union lists the shapes it accepts; a discriminated union lists its kinds', () => {
    expect(
      bothLanguages(() => {
        const unionFile = readWorksheetFile(
          JSON.stringify({
            format: 'kam-worksheet',
            version: 2,
            kind: 'action-plan',
            rows: [{ person: 'p', name: '张', step: 's', date: 20260901 }],
          }),
          'any',
        );
        const changeType = problemsOf(
          SMALL_ACCOUNT_YAML.replace(
            '{ type: closeness, person: pharm-head, from: 1, to: 2 }',
            '{ type: 升职, person: pharm-head }',
          ),
          FILE,
        );
        return [...(unionFile.ok ? [] : unionFile.details), ...changeType];
      }),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "rows[0].date  expected one of these shapes: text; empty text ""; found 20260901",
          "accounts/small-clinic/account.yaml:71:17  snapshots[0].changes[0].type  expected type to be one of joins, leaves, support, closeness, reports-to, relationship-appears, relationship-ends; found "升职"",
        ],
        "zh-CN": [
          "rows[0].date（日期）  应为以下写法之一：文本；空文本 ""；实际是 20260901",
          "accounts/small-clinic/account.yaml:71:17  snapshots[0].changes[0].type（类型）  应为 joins、leaves、support、closeness、reports-to、relationship-appears 或 relationship-ends；实际是 "升职"",
        ],
      }
    `);
  });

  it('the issue codes our schemas do not produce today still read as sentences', () => {
    const issues = [
      { code: 'not_multiple_of', divisor: 5, path: [], message: '' },
      { code: 'invalid_key', origin: 'record', issues: [], path: [], message: '' },
      { code: 'invalid_element', origin: 'map', key: 'k', issues: [], path: [], message: '' },
      { code: 'too_big', origin: 'string', maximum: 10, path: [], message: '' },
      { code: 'invalid_format', format: 'email', path: [], message: '' },
      { code: 'custom', path: [], message: 'a rule of its own' },
    ] as unknown as z.core.$ZodIssue[];
    expect(bothLanguages(() => issues.map((issue) => describeIssue(issue, 12)))).toMatchInlineSnapshot(`
      {
        "en": [
          "expected a multiple of 5; found 12",
          "the key "12" is not allowed",
          "the key "k" is not allowed",
          "expected text of at most 10 characters; found 12",
          "expected email; found 12",
          "a rule of its own",
        ],
        "zh-CN": [
          "应为 5 的整数倍；实际是 12",
          "键 "12" 不符合要求",
          "键 "k" 不符合要求",
          "应为不超过 10 个字的文本；实际是 12",
          "应为 email 格式；实际是 12",
          "a rule of its own",
        ],
      }
    `);
  });
});

describe('references', () => {
  const known: KnownIds = {
    accounts: new Map([
      ['small-clinic', { people: new Set(['dean']), team: new Set(['am-li']) }],
      ['broken', {}],
    ]),
    chapters: new Set(),
    scenarios: new Map(),
  };
  const scenario = (account: string, person: string) =>
    [
      `id: s`,
      `title: 演练`,
      `account: ${account}`,
      `stage: proposal`,
      `objective: 约到院长`,
      `setting: 院长办公室`,
      `roles:`,
      `  - { id: r, side: customer, person: ${person}, title: 院长, publicBrief: 你很忙 }`,
      `stages:`,
      `  - { kind: meeting, title: 会谈, minutes: 10 }`,
      ``,
    ].join('\n');

  it('an account that exists with errors of its own is not reported again as unknown', () => {
    const lines = (account: string, person: string) =>
      validateScenarioText({ file: 's.yaml', text: scenario(account, person), expectedId: 's' }, known)
        .problems.map(formatProblem)
        .filter((line) => /account|person/.test(line));
    expect(
      bothLanguages(() => [
        ...lines('broken', 'anyone'),
        ...lines('small-clinc', 'dean'),
        ...lines('small-clinic', 'daen'),
      ]),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "s.yaml:3:10  account  unknown account "small-clinc": expected the id of a case file in accounts/; did you mean "small-clinic"?",
          "s.yaml:8:38  roles[0].person  unknown person "daen": expected one of the people of small-clinic; did you mean "dean"?",
        ],
        "zh-CN": [
          "s.yaml:3:10  account（客户）  未知的客户 "small-clinc"：应为 accounts/ 下某个案例文件的 id；是不是想写 "small-clinic"？",
          "s.yaml:8:38  roles[0].person（人员）  未知的人员 "daen"：应为 small-clinic 的人员之一；是不是想写 "dean"？",
        ],
      }
    `);
  });
});

describe('the organisation, chapters, the glossary and agendas', () => {
  it('two people at the top, and someone reporting to themselves', () => {
    expect(
      bothLanguages(() =>
        problemsOf(
          SMALL_ACCOUNT_YAML.replace('    reportsTo: dean\n    roles: [UB, Coach]', '    roles: [UB, Coach]').replace(
            '    unit: it\n    reportsTo: dean\n',
            '    unit: it\n    reportsTo: it-head\n',
          ),
          FILE,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:33:5  people[1] (pharm-head 吴主任).reportsTo  2 people report to no one: 周院长 (people[0]), 吴主任 (people[1]); give all but one a reportsTo, or list them all in topPeople",
          "accounts/small-clinic/account.yaml:49:16  people[2] (it-head 郑科长).reportsTo  "it-head" cannot report to themselves",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:33:5  people[1]（pharm-head 吴主任）.reportsTo（汇报对象）  有 2 人不向任何人汇报：周院长（people[0]）、吴主任（people[1]）；除一人外都写上 reportsTo，或把他们都列进 topPeople",
          "accounts/small-clinic/account.yaml:49:16  people[2]（it-head 郑科长）.reportsTo（汇报对象）  "it-head" 不能向自己汇报",
        ],
      }
    `);
  });

  it('a chapter naming an unknown term and account, a glossary entry used twice', () => {
    const chapter = [
      '---',
      'title: 采购角色',
      'order: 4',
      'summary: 谁拍板。',
      'duration: 50',
      'objectives: [区分 EB]',
      'keyPoints: [看作用]',
      'terms: [eb, ebb]',
      'account: small-clinc',
      '---',
      '',
      '<Term id="coahc">内线</Term>',
      '',
    ].join('\n');
    const glossary = [
      '- { id: eb, zh: 决策者, en: Economic Buyer, definition: 拍板的人, chapter: 04-buying-roles }',
      '- { id: eb, zh: 决策者, en: EB, definition: 重复, chapter: 04-buying-roles }',
      '- { id: coach, zh: 内线, en: Coach, definition: 帮我们的人, chapter: 04-buyng-roles }',
      '',
    ].join('\n');
    expect(
      bothLanguages(() =>
        checkContent({
          chapters: [{ file: 'content/chapters/04-buying-roles.mdx', text: chapter }],
          glossary: { file: 'content/glossary.yaml', text: glossary },
          accountIds: new Set(['small-clinic']),
        }).problems.map(formatProblem),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "content/chapters/04-buying-roles.mdx:8:13  terms[1]  unknown term "ebb": expected the id of an entry in content/glossary.yaml; did you mean "eb"?",
          "content/chapters/04-buying-roles.mdx:9:10  account  unknown account "small-clinc": expected the id of a case file in accounts/; did you mean "small-clinic"?",
          "content/chapters/04-buying-roles.mdx:12:1  <Term id>  unknown term "coahc": expected the id of an entry in content/glossary.yaml; did you mean "coach"?",
          "content/glossary.yaml:2:9  [1].id  term id "eb" is already used by entry [0]",
          "content/glossary.yaml:3:63  [2].chapter  unknown chapter "04-buyng-roles": expected a file name in content/chapters without .mdx; did you mean "04-buying-roles"?",
        ],
        "zh-CN": [
          "content/chapters/04-buying-roles.mdx:8:13  terms[1]（术语）  未知的术语 "ebb"：应为 content/glossary.yaml 中某个词条的 id；是不是想写 "eb"？",
          "content/chapters/04-buying-roles.mdx:9:10  account（客户）  未知的客户 "small-clinc"：应为 accounts/ 下某个案例文件的 id；是不是想写 "small-clinic"？",
          "content/chapters/04-buying-roles.mdx:12:1  <Term id>  未知的术语 "coahc"：应为 content/glossary.yaml 中某个词条的 id；是不是想写 "coach"？",
          "content/glossary.yaml:2:9  [1].id（编号）  术语编号 "eb" 已被第 [0] 条使用",
          "content/glossary.yaml:3:63  [2].chapter（章节）  未知的章节 "04-buyng-roles"：应为 content/chapters/ 中的文件名（不带 .mdx）；是不是想写 "04-buying-roles"？",
        ],
      }
    `);
  });

  it('an agenda whose sessions do not add up, with an unknown chapter and scenario', () => {
    const agenda = [
      'id: w',
      'title: 半天工作坊',
      'audience: 客户经理',
      'length: half-day',
      'goals: [会画组织图]',
      'sessions:',
      '  - { kind: chapter, chapter: 04-buyng-roles, title: 讲解, minutes: 100 }',
      '  - { kind: scenario, scenario: bugdet-meeting, title: 演练, minutes: 90 }',
      '',
    ].join('\n');
    const known: KnownIds = {
      accounts: new Map(),
      chapters: new Set(['04-buying-roles']),
      scenarios: new Map([['budget-meeting', 'city-bureau']]),
    };
    expect(
      bothLanguages(() =>
        validateWorkshopText({ file: 'content/workshops/w.yaml', text: agenda, expectedId: 'w' }, known).problems.map(
          formatProblem,
        ),
      ),
    ).toMatchInlineSnapshot(`
      {
        "en": [
          "content/workshops/w.yaml:4:9  length  the sessions add up to 3 h 10 min (190 min) but the declared length half-day is 3 h (180 min): remove 10 min",
          "content/workshops/w.yaml:7:31  sessions[0].chapter  unknown chapter "04-buyng-roles": expected a file name in content/chapters without .mdx; did you mean "04-buying-roles"?",
          "content/workshops/w.yaml:8:33  sessions[1].scenario  unknown scenario "bugdet-meeting": expected one of the scenario ids in accounts/*/scenarios/; did you mean "budget-meeting"?",
        ],
        "zh-CN": [
          "content/workshops/w.yaml:4:9  length（时长）  各节加起来是 3 小时 10 分钟（190 分钟），声明的时长 half-day 是 3 小时（180 分钟）：减去 10 分钟",
          "content/workshops/w.yaml:7:31  sessions[0].chapter（章节）  未知的章节 "04-buyng-roles"：应为 content/chapters/ 中的文件名（不带 .mdx）；是不是想写 "04-buying-roles"？",
          "content/workshops/w.yaml:8:33  sessions[1].scenario  未知的演练场景 "bugdet-meeting"：应为 accounts/*/scenarios/ 中的场景 id；是不是想写 "budget-meeting"？",
        ],
      }
    `);
  });
});

describe('the message catalogue', () => {
  /** One value for every parameter any message takes. */
  const params = {
    account: 'city-hospital',
    allowed: ['id', 'name'],
    asOf: '2026-06-30',
    code: '1',
    count: 2,
    current: '1',
    cycle: 'a → b → a',
    date: '2026-07-01',
    declared: 360,
    divisor: 5,
    ends: 'a→b',
    errors: 1,
    expected: '数字',
    field: 'support',
    files: 3,
    first: 'people[1]',
    folder: 'city-hospital',
    format: 'email',
    found: '"x"',
    given: 30,
    glossary: 'content/glossary.yaml',
    hint: '',
    isCase: true,
    id: 'dean',
    joins: '2026-08-01',
    key: 'powr',
    kind: 'ally',
    last: '2',
    left: '2026-05-01',
    length: 'one-day',
    levels: 3,
    limit: '5',
    list: 'people',
    manager: 'dean',
    ms: '12',
    needs: 45,
    noun: 'person',
    options: ['a', 'b'],
    order: 4,
    other: 'content/chapters/04-buying-roles.mdx',
    people: '周院长 (people[0]), 吴主任 (people[1])',
    placeholder: 'acount',
    person: '周院长 (people[0])',
    previous: '2026-05-01',
    reason: 'ENOENT',
    roles: 'TB, unknown',
    shapes: ['text', 'empty text ""'],
    suggestion: 'dean',
    sum: 370,
    text: '…',
    type: 'int',
    value: '4',
    values: ['yes', 'no', 'unknown'],
    warnings: 0,
    version: 3,
    supported: 2,
    bytes: 600000,
    was: '0',
    where: 'case files',
    word: '支持',
    // Agenda teaching order.
    terms: ['“权力”（power）'],
    what: '工作表 power-interest ',
    late: ['“权力”（power）到 sessions[1]（w.yaml:12:14）才讲'],
    path: 'sessions[1]',
    at: 'w.yaml:12:14',
    chapter: '05-power-interest',
    minutes: 20,
    duration: 40,
    sections: ['procurement', 'gifts'],
    zh: '权力',
    en: 'Power',
    // Spreadsheet import, export and new:account.
    header: '支持度',
    sheet: '人员',
    name: '张伟',
    row: 3,
    rows: '3、5',
    unit: '药剂科',
    layer: 'management',
    min: 1,
    max: 5,
    file: 'accounts/x/account.yaml',
    added: 2,
    updated: 1,
    relations: 4,
    members: 2,
    paths: ['exports/x.xlsx'],
    // The sanitizer, the scan and the publish gate.
    pii: 'mobile',
    gateReason: 'no-record',
    reasons: ['未标记 sanitized: true', '扫描发现疑似个人信息'],
    problems: 'scan-allow.yaml  [0].reason  …',
    located: 'accounts/x/account.yaml:2:11  手机号  notes: 手机 13*******78',
    edited: ['account.yaml'],
    renamed: 3,
    hits: 1,
    dir: 'accounts/case-a',
    mapping: '.private/mappings/case-a.yaml',
    days: -826,
    denylist: 12,
    allow: 1,
  };

  it('words every message in both languages (each kind pinned)', async () => {
    const { say } = await import('../../src/validation/messages.ts');
    const rendered = bothLanguages(() =>
      Object.entries(say()).map(([key, message]) => `${key}: ${(message as (p: typeof params) => string)(params)}`),
    );
    expect(rendered['zh-CN'].length).toBe(rendered.en.length);
    expect(rendered).toMatchInlineSnapshot(`
      {
        "en": [
          "wholeFile: (file)",
          "thisLine: (this line)",
          "warningPrefix: warning: ",
          "nothing: nothing",
          "nullValue: an empty value (null)",
          "listOf: a list of 2 items",
          "mapping: a mapping (field: value pairs)",
          "choice: yes, no, unknown",
          "all: yes, no, unknown",
          "expectedFound: expected 数字; found "x"",
          "missingField: required field is missing: expected 数字",
          "didYouMean: ; did you mean "dean"?",
          "type: a whole number",
          "oneOf: one of yes, no, unknown",
          "atLeastItems: at least 2 item(s)",
          "atMostItems: at most 2 item(s)",
          "notEmptyText: text that is not empty",
          "atMostChars: text of at most 2 characters",
          "atLeast: at least 5",
          "moreThan: more than 5",
          "atMost: at most 5",
          "lessThan: less than 5",
          "multipleOf: a multiple of 5",
          "date: a date written as YYYY-MM-DD",
          "idFormat: lower-case letters, digits and dashes, e.g. "dir-wang"",
          "chapterName: a chapter file name without .mdx, e.g. "04-buying-roles"",
          "clockTime: a time of day as HH:MM, e.g. "09:00"",
          "otherFormat: email",
          "discriminator: support to be one of yes, no, unknown",
          "shapes: one of these shapes: text; empty text """,
          "emptyText: empty text """,
          "badKey: the key "powr" is not allowed",
          "unknownField: unknown field "powr" (allowed here: id, name)",
          "useCode: ; for "支持" write the code 1",
          "withoutQuotes: ; write it without quotes: 4",
          "fullWidthComma: ; the list uses a full-width comma "，" or "、": separate items with ",": people",
          "dateFix: ; write 2026-07-01",
          "idHasHan: ; ids cannot contain Chinese characters: use pinyin or English, e.g. "qu-zhenyu"",
          "writeAsList: ; write a list: people",
          "nameNotId: ; "张伟" is a name: write its id "dean" here",
          "yamlSyntax: YAML syntax: …",
          "bom: the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM",
          "duplicateKey: this field appears twice in the same entry; keep one",
          "tabIndent: a tab is used for indentation; YAML indents with spaces only",
          "badIndent: the indentation does not line up with the entry above",
          "missingChar: a closing quote or bracket is missing; the text runs from the last opening quote or bracket to here",
          "multilineKey: a field name runs over two lines; is a colon or quote missing above?",
          "blockAsKey: a nested block is used as a field name; check the indentation",
          "unexpected: unexpected text here",
          "unknownAlias: the alias *张伟 has no anchor: expected content marked &张伟 earlier in the file; write &张伟 first, or replace *张伟 with the content itself",
          "selfAlias: the alias *张伟 stands inside its own anchor &张伟, so it never ends; write the content out instead",
          "aliasBomb: the alias *张伟 makes the file expand to more than 5 values, which would exhaust time and memory (an "alias bomb"); write the content out and use fewer aliases",
          "tooDeep: lists or fields are nested more than 5 levels deep; expected a few levels of fields and lists: check that brackets are paired",
          "collectionKey: a field name is written as a list or map (square or curly brackets); a field name is text, as in name: …; to write a list, put it after the colon",
          "fullWidthColon: the field name "powr" is followed by a full-width colon "："; YAML needs an ASCII colon and a space: "powr: …"",
          "colonNoSpace: the colon after "powr" needs a space after it: "powr: …"",
          "fullWidthSpace: a full-width space (U+3000) is used here; YAML indents, and separates a field from its value, with ASCII spaces only",
          "colonInText: the text of "powr" contains ": ", which YAML reads as a new field; put the text in quotes: powr: "…"",
          "hashInText: the text of "powr" contains " #": YAML drops everything after it as a comment; if it is part of the text, put the text in quotes",
          "emptyFile: the file is empty; expected 数字",
          "fileIsList: the file is a list of 2 items; expected 数字",
          "fileNotList: the file is not a list; expected 数字",
          "fileIsScalar: the file holds a single value (4); expected 数字",
          "expectAccount: one account as a mapping of fields (id: …, name: …, people: …)",
          "expectChapter: chapter frontmatter as a mapping of fields (title: …, order: …, summary: …)",
          "expectGlossary: a list of terms (- id: …, zh: …, en: …, synonyms: […], definition: …, chapter: …)",
          "expectScenario: one scenario as a mapping of fields (id: …, title: …, roles: …)",
          "expectWorkshop: one workshop agenda as a mapping of fields (id: …, title: …, sessions: …)",
          "noFrontmatter: expected the chapter to start with frontmatter between two lines of "---" (title, order, summary, …)",
          "noun: person",
          "unknownRef: unknown person "dean": expected the id of an entry in people",
          "unknownAccount: unknown account "dean": expected the id of a case file in accounts/",
          "unknownPersonOf: unknown person "dean": expected one of the people of city-hospital",
          "unknownMemberOf: unknown team member "dean": expected one of the team of city-hospital",
          "unknownChapter: unknown chapter "dean": expected a file name in content/chapters without .mdx",
          "noChaptersYet: chapter "dean" does not exist: no chapters are in content/chapters/ yet",
          "unknownScenario: unknown scenario "dean": expected one of the scenario ids in accounts/*/scenarios/",
          "unknownTerm: unknown term "dean": expected the id of an entry in content/glossary.yaml",
          "duplicateId: duplicate person id "dean": already used by people[1]; ids must be unique",
          "idMatchesFile: person id "dean" must match its file name; expected "数字"",
          "personAt: 张伟 (people[undefined])",
          "ownParent: unit "dean" cannot be its own parent",
          "ownManager: "dean" cannot report to themselves",
          "unknownWithRoles: "unknown" cannot be combined with other roles; found TB, unknown",
          "unitCycle: unit hierarchy goes round in a cycle: a → b → a; someone in it must have another parent",
          "reportingCycle: reporting line goes round in a cycle: a → b → a; someone in it must report to someone outside it",
          "severalTops: 2 people report to no one: 周院长 (people[0]), 吴主任 (people[1]); give all but one a reportsTo, or list them all in topPeople",
          "noTop: nobody is at the top: every person has a reportsTo; expected exactly one person without one",
          "topNotListed: 周院长 (people[0]) reports to no one but is not listed in topPeople (360); add a reportsTo or list them",
          "topHasManager: "dean" is listed in topPeople but reports to "dean"",
          "sameEnds: a relation needs two different people; found "dean" at both ends",
          "chairNotMember: the chair "dean" must be one of the body's members; add them to members",
          "memberTwice: "dean" is listed twice in members; list each person once",
          "opportunityNeither: no opportunity: expected opportunity (one opportunity) or opportunities (a list of several), exactly one of the two",
          "opportunityBoth: both opportunity and opportunities are written: expected exactly one of the two; with several opportunities, move opportunity into the opportunities list",
          "duplicateAnswerKey: "dean" already has an answer-key entry at people[1]; keep one entry per person",
          "decisionRoleWithoutAuthority: a TB (gatekeeper) can veto, and chapter 6 counts deciding or vetoing as authority (A); expected "yes", found "no" (or change the role)",
          "noConfidentiality: no confidentiality: "dean" is internal, so it appears only in the trainer edition (npm run build:trainer), not in the trainee edition; write confidentiality: public if it may be shown",
          "afterAsOf: the date 2026-07-01 is after the case's asOf (2026-06-30); the case describes the day of asOf",
          "snapshotOrder: snapshots must be in date order, oldest first; 2026-07-01 comes after 2026-05-01",
          "alreadyJoined: "dean" already joined on 2026-07-01",
          "alreadyLeft: "dean" already left on 2026-07-01",
          "notYetThere: "dean" is not there yet on 2026-07-01: they join on 2026-08-01",
          "noLongerThere: "dean" is no longer there on 2026-07-01: they left on 2026-05-01",
          "chainBroken: support of "dean" was 0 after the previous change; found from: "x"",
          "lastChangeDiffers: the last support change in snapshots ends at 2, but this person shows 1; the person's fields describe the latest state",
          "relationEndsListed: the ally relation a→b ends on 2026-07-01 but is still listed in relationships; remove it there (relationships is the latest state)",
          "relationAppearsMissing: the ally relation a→b appears on 2026-07-01 but is not listed in relationships; add it there (relationships is the latest state)",
          "managerLeft: the manager "dean" left on 2026-07-01; give this person a new reportsTo and record a reports-to change in snapshots",
          "linkToLeft: "dean" left on 2026-07-01 and cannot appear here any more; remove it or name who is there now",
          "termName: "Power" (dean)",
          "termList: “权力”（power）",
          "worksheetNeeds: the ally worksheet",
          "scenarioNeeds: role play dean (requiredTerms at w.yaml:12:14)",
          "taughtLater: “权力”（power） only at sessions[1] (w.yaml:12:14)",
          "notOnAgenda: “权力”（power） taught by chapter 05-power-interest (w.yaml:12:14 terms), which this agenda does not include",
          "termsNotTaught: 工作表 power-interest  needs terms not taught yet: “权力”（power）到 sessions[1]（w.yaml:12:14）才讲. Move the chapter that teaches them before this session, or list it in prework.read",
          "cutNeeded: this session has 20 min, less than the 40 min chapter 05-power-interest plans (w.yaml:12:14 duration): add a cut note saying what is left out",
          "unknownComplianceSection: the compliance page has no section "dean": expected one of procurement, gifts",
          "scenarioFolder: the scenario lives in accounts/city-hospital/ but names account "city-hospital"; expected "city-hospital"",
          "duplicateRole: duplicate role id "dean": already used by people[1]",
          "customerRoleWithoutPerson: a customer role without "person": link it to a person of the account so players can read their profile",
          "rubricLevels: expected one description per rubric level (3); found "x"",
          "scenarioNeedsMore: the stages of scenario "dean" take 45 min; this session gives it 30 min",
          "lengthMismatch: the sessions add up to 6 h 10 min (370 min) but the declared length one-day is 6 h (360 min): remove 10 min",
          "expectSelfCheck: a self-check as a mapping with a list of questions (questions: - id: …, kind: …, prompt: …)",
          "expectWorkshopTest: a workshop test as a mapping with a list of questions (questions: - id: …, kind: …, prompt: …, trainer: …)",
          "questionOwnerMissing: the file name says person "dean", which does not exist: expected one of the file names in case files",
          "duplicateQuestion: duplicate question id "dean": already used by people[1]",
          "duplicateOption: duplicate option id "dean": expected each option of a question to have its own id",
          "unknownOption: unknown option "dean": expected one of a, b",
          "correctTwice: an option is listed twice as correct",
          "singleNeedsOne: a single-choice question has exactly one correct option; found "x" (write choose: many for a case question with several)",
          "everyOptionCorrect: every option is correct: the question cannot tell who knows the answer",
          "placeholderNotCase: {acount} is filled from a case file, so only a case question (kind: case) can use it",
          "unknownPlaceholder: unknown placeholder {acount}: expected {account} or {person}",
          "personPlaceholderNeedsPerson: {person} needs the question to name a person (person: <id>)",
          "orderUsed: order 4 is already used by content/chapters/04-buying-roles.mdx; expected a unique number",
          "termUsed: term id "dean" is already used by entry [people[1]]",
          "newerVersion: version 3; this site reads up to 2",
          "fileTooLarge: 600000 bytes; at most 5",
          "moreProblems: … 2 more",
          "problemsIn: 2 problems in the case files:",
          "whereCaseFiles: case files (run npm run validate)",
          "whereContent: chapters or glossary",
          "whereSources: case files, scenarios, agendas, question files, chapters or glossary",
          "buildStopped: the build stopped: fix the problems above first (npm run validate checks them on their own)",
          "devKeepsRunning: the dev server keeps running: fix and save the file and the page reloads by itself, no restart needed",
          "devFixed: every problem is fixed; the page was reloaded",
          "summary: 3 files checked in 12 ms: 1 error, 0 warnings",
          "cannotRead: ENOENT",
          "column: column "支持度"",
          "sheetNamed: sheet "人员"",
          "intRange: a whole number from 1 to 5",
          "cellChoice: one of yes, no, unknown",
          "yesOrNo: yes or no (empty means no)",
          "sensitiveCell: yes, or some of notes, motives, demands",
          "missingColumn: the required column "支持度" is missing: row 1 holds the headers and needs it",
          "unknownColumn: unknown column "支持度", not imported (columns read: id, name)",
          "duplicateColumn: this column is the same as column people[1]; keep one",
          "emptyCell: "支持度" cannot be empty on a row that has content",
          "duplicateEntry: "张伟" is already on row 3; one row per person (unit, member); tell namesakes apart in the id column",
          "ambiguousName: several people are called "张伟" (rows 3、5): write their id instead",
          "unknownName: unknown person "张伟": expected the name or id of an entry in 人员",
          "sheetOrFile: the 人员 sheet or the case file",
          "competitorsOfFile: the case file's opportunity competitors (give the competitor an id there first)",
          "layerConflict: unit "药剂科" has layer management on row 3; every row of a unit needs the same layer",
          "unitWithoutLayer: the new unit "药剂科" has no layer: fill the layer column on one of its rows (decision, management, execution, support or external)",
          "noPeopleSheet: no people sheet: expected a sheet named "people" (人员), or one whose row 1 holds name, title and unit; found undefined",
          "unknownSheet: unknown sheet "人员", not imported: expected people, units, relationships, team or help",
          "sameSheetTwice: the same kind of sheet as "人员"; only one of each is imported",
          "unsupportedFile: only .xlsx and .csv files can be imported",
          "unreadableFile: cannot read the file: ENOENT",
          "notXlsx: this is not an .xlsx workbook (another file renamed, or an old .xls); save it as .xlsx in Excel",
          "gb18030: not UTF-8: read as GB18030 (GBK)",
          "resultInvalid: the imported case file does not pass validation:",
          "importUsage: usage: npm run import -- <sheet.xlsx|sheet.csv …> [--id <account-id>] [--into accounts/<id>/account.yaml] [--lang en]",
          "importNeedsId: a new case needs its id: --id <account-id>; to merge into an existing case file use --into <file>",
          "importExists: accounts/x/account.yaml exists: use --into accounts/x/account.yaml to merge the spreadsheet into it, or another --id",
          "importIntoMissing: cannot find the --into case file accounts/x/account.yaml",
          "importIntoBroken: accounts/x/account.yaml has errors of its own: fix them first (npm run validate -- accounts/x/account.yaml), then merge",
          "nothingWritten: nothing written: 2 problems; fix them all and import again.",
          "imported: wrote accounts/x/account.yaml: 2 people added, 1 updated, 4 relations, 2 team members. Next: fill in what the file marks 待补充, run npm run validate -- accounts/x/account.yaml, then npm run build",
          "unchanged: accounts/x/account.yaml is unchanged: the spreadsheet says what the case file says",
          "warningsOnly: 2 warnings (the import went ahead)",
          "exportUsage: usage: npm run export -- <account-id> --format xlsx|csv [--out <folder>] [--lang en]",
          "exportUnknown: unknown account "dean": expected the id of a case file in accounts/",
          "exported: exported: exports/x.xlsx",
          "newAccountUsage: usage: npm run new:account -- <account-id>, e.g. npm run new:account -- city-hospital-2",
          "newAccountBadId: the account id "dean" breaks the rule: lower-case letters, digits and dashes, starting and ending with a letter or digit, e.g. city-hospital-2",
          "newAccountHasHan:  (ids cannot contain Chinese characters: use pinyin or English)",
          "newAccountExists: accounts/x/account.yaml exists: account ids are unique, choose another",
          "newAccountCreated: created accounts/x/account.yaml: fill it in section by section as its comments say, and check it any time with npm run validate -- accounts/x/account.yaml",
          "piiKind: mobile number",
          "allowListNotList: expected a list, each entry with text (the exact text) and reason (why it is not personal data)",
          "allowListNoText: expected the exact text reported by mistake; found nothing",
          "allowListNoReason: allowing "…" needs a reason; found nothing",
          "gateReason: not written by the sanitizer (npm run sanitize): no sanitizer record",
          "gateAllowListBroken: the allow list has mistakes:
      scan-allow.yaml  [0].reason  …",
          "gateSourceHits: public build stopped: 2 possible personal data items in cases marked public and sanitized (npm run scan shows them again; accept a false positive in scan-allow.yaml with a reason):
      accounts/x/account.yaml:2:11  手机号  notes: 手机 13*******78",
          "gateOutputHits: public build stopped: 2 possible personal data items in the built files; do not publish this build:
      accounts/x/account.yaml:2:11  手机号  notes: 手机 13*******78",
          "gateNotPublished: dean: not published (未标记 sanitized: true; 扫描发现疑似个人信息)",
          "gateEdited: dean: edited by hand after sanitizing (account.yaml); scanned again and clean, published",
          "gatePublished: dean: written by the sanitizer, scan clean, published",
          "sanitizeUsage: usage: npm run sanitize -- <account.yaml> [--id <new-id>] [--seed <integer>] [--org <mapping.yaml>]",
          "sanitizeNoSource: accounts/x/account.yaml: no such case file",
          "whereSanitizeSources: files to sanitize",
          "expectOrgMapping: a name mapping as a mapping of fields (name: …, replace: …, places: […], brands: […])",
          "sanitizeBadSeed: --seed expects an integer; found "4"",
          "sanitizeBadId: --id expects lower-case letters, digits and dashes, e.g. case-hospital-a; found "4"",
          "sanitizeOutExists: accounts/case-a/ exists and is not the sanitizer's own untouched output: choose another --id, or back up and delete that copy first",
          "sanitizeWrote: wrote 2 files to accounts/case-a/ (the original is unchanged)",
          "sanitizeMapped: 3 people renamed, every date moved by -826 days; the mapping is in .private/mappings/case-a.yaml (not committed)",
          "sanitizeHits: the scan found 2 possible personal data items; review them before publishing:",
          "sanitizeClean: scan clean. Next: read the copy, commit it when it is right; the public build (npm run build:public) checks it again.",
          "scanFound: scanned 3 files (denylist 12, allowed 1): 1 possible personal data item found.",
          "scanClean: scanned 3 files (denylist 12, allowed 1): no personal data found.",
        ],
        "zh-CN": [
          "wholeFile: （整个文件）",
          "thisLine: （这一行）",
          "warningPrefix: 提醒：",
          "nothing: 空（未填写）",
          "nullValue: 空值（null）",
          "listOf: 含 2 项的列表",
          "mapping: 一组“字段: 值”",
          "choice: yes、no 或 unknown",
          "all: yes、no、unknown",
          "expectedFound: 应为数字；实际是 "x"",
          "missingField: 缺少必填字段：应为数字",
          "didYouMean: ；是不是想写 "dean"？",
          "type: 整数",
          "oneOf:  yes、no 或 unknown",
          "atLeastItems: 至少 2 项",
          "atMostItems: 至多 2 项",
          "notEmptyText: 不为空的文本",
          "atMostChars: 不超过 2 个字的文本",
          "atLeast: 不小于 5 的数",
          "moreThan: 大于 5 的数",
          "atMost: 不大于 5 的数",
          "lessThan: 小于 5 的数",
          "multipleOf:  5 的整数倍",
          "date: 日期，写成 YYYY-MM-DD（例如 2026-09-01）",
          "idFormat: 编号：小写英文字母、数字和连字符，例如 "dir-wang"",
          "chapterName: 章节文件名（不带 .mdx），例如 "04-buying-roles"",
          "clockTime: 时刻 HH:MM，例如 "09:00"",
          "otherFormat:  email 格式",
          "discriminator:  yes、no 或 unknown",
          "shapes: 以下写法之一：text；empty text """,
          "emptyText: 空文本 """,
          "badKey: 键 "powr" 不符合要求",
          "unknownField: 未知字段 "powr"（此处可用：id、name）",
          "useCode: ；“支持”请写成代码 1",
          "withoutQuotes: ；去掉引号，直接写 4",
          "fullWidthComma: ；列表里用了中文逗号“，”或顿号“、”，请改用英文逗号“,”：people",
          "dateFix: ；写成 2026-07-01",
          "idHasHan: ；编号不能含汉字，请用拼音或英文，例如 "qu-zhenyu"",
          "writeAsList: ；写成列表：people",
          "nameNotId: ；“张伟”是名字，这里要写它的编号 "dean"",
          "yamlSyntax: YAML 语法：…",
          "bom: 文件开头有字节顺序标记（BOM），已忽略；请把文件另存为“UTF-8（无 BOM）”",
          "duplicateKey: 同一条目里这个字段出现了两次；只保留一个",
          "tabIndent: 用了 Tab 键缩进；YAML 只能用空格缩进",
          "badIndent: 缩进和上面的条目对不齐",
          "missingChar: 缺少右引号或右括号；从最后一个左引号或左括号到这里都被当成了同一段文字",
          "multilineKey: 字段名跨了两行；上面是否少了冒号或引号？",
          "blockAsKey: 一个缩进的块被当成了字段名；请检查缩进",
          "unexpected: 这里出现了意外的内容",
          "unknownAlias: 别名 *张伟 找不到对应的锚点：应为前面某处用 &张伟 标记过的内容；请先写 &张伟，或把 *张伟 换成内容本身",
          "selfAlias: 别名 *张伟 写在它自己的锚点 &张伟 里面，展开后没有尽头；请把内容直接写出来",
          "aliasBomb: 别名 *张伟 让文件展开后超过 5 个值，读入会耗尽时间和内存（“别名炸弹”）；请把内容直接写出来，少用别名",
          "tooDeep: 列表或字段嵌套超过 5 层；应为层次不多的字段和列表，请检查括号是否成对",
          "collectionKey: 字段名写成了列表或映射（方括号或花括号）；字段名应为一段文字，如 name: …；要写列表，请放在冒号后面",
          "fullWidthColon: 字段名 "powr" 后面用了中文冒号“：”；YAML 只认英文冒号加空格，请写成 "powr: …"",
          "colonNoSpace: 字段名 "powr" 的冒号后面少了空格；请写成 "powr: …"",
          "fullWidthSpace: 这里用了全角空格（U+3000）；YAML 的缩进和冒号后面只能用半角空格",
          "colonInText: "powr" 的文字里有英文冒号加空格“: ”，YAML 把后半段当成了新字段；请给整段文字加引号，例如 powr: "……"",
          "hashInText: "powr" 的文字里有“ #”，YAML 把 # 之后的内容当作注释丢掉了；如果它是正文，请给整段文字加引号",
          "emptyFile: 文件是空的；应为数字",
          "fileIsList: 文件是一个含 2 项的列表；应为数字",
          "fileNotList: 文件不是列表；应为数字",
          "fileIsScalar: 文件只有一个值（4）；应为数字",
          "expectAccount: 一个客户，写成一组字段（id: …、name: …、people: …）",
          "expectChapter: 章节的 frontmatter，写成一组字段（title: …、order: …、summary: …）",
          "expectGlossary: 一组术语（- id: …、zh: …、en: …、synonyms: […]、definition: …、chapter: …）",
          "expectScenario: 一个演练场景，写成一组字段（id: …、title: …、roles: …）",
          "expectWorkshop: 一份工作坊议程，写成一组字段（id: …、title: …、sessions: …）",
          "noFrontmatter: 章节应以两行“---”之间的 frontmatter 开头（title、order、summary……）",
          "noun: 人员",
          "unknownRef: 未知的person "dean"：应为 people 中某一项的 id",
          "unknownAccount: 未知的客户 "dean"：应为 accounts/ 下某个案例文件的 id",
          "unknownPersonOf: 未知的人员 "dean"：应为 city-hospital 的人员之一",
          "unknownMemberOf: 未知的我方成员 "dean"：应为 city-hospital 的团队成员之一",
          "unknownChapter: 未知的章节 "dean"：应为 content/chapters/ 中的文件名（不带 .mdx）",
          "noChaptersYet: 章节 "dean" 不存在：content/chapters/ 里还没有章节",
          "unknownScenario: 未知的演练场景 "dean"：应为 accounts/*/scenarios/ 中的场景 id",
          "unknownTerm: 未知的术语 "dean"：应为 content/glossary.yaml 中某个词条的 id",
          "duplicateId: person编号 "dean" 重复：people[1] 已经用过；编号必须唯一",
          "idMatchesFile: person编号 "dean" 应与文件名一致；应为 "数字"",
          "personAt: 张伟（people[undefined]）",
          "ownParent: 部门 "dean" 不能是自己的上级",
          "ownManager: "dean" 不能向自己汇报",
          "unknownWithRoles: "unknown" 不能和其他角色同时写；实际是 TB, unknown",
          "unitCycle: 部门隶属关系绕成了一个圈：a → b → a；其中某个部门必须换一个上级",
          "reportingCycle: 汇报关系绕成了一个圈：a → b → a；其中某人必须向圈外的人汇报",
          "severalTops: 有 2 人不向任何人汇报：周院长 (people[0]), 吴主任 (people[1])；除一人外都写上 reportsTo，或把他们都列进 topPeople",
          "noTop: 没有最高负责人：每个人都有 reportsTo；应有且只有一人不写 reportsTo",
          "topNotListed: 周院长 (people[0]) 不向任何人汇报，但不在 topPeople（360）中；请写上 reportsTo 或把此人列进去",
          "topHasManager: "dean" 列在 topPeople 中，却向 "dean" 汇报",
          "sameEnds: 一条关系需要两个不同的人；两端都是 "dean"",
          "chairNotMember: 主持人 "dean" 应是这个决策机构的成员之一；请把此人也写进 members",
          "memberTwice: "dean" 在 members 中写了两次；每人只写一次",
          "opportunityNeither: 缺少商机：应写 opportunity（一个商机）或 opportunities（多个商机的列表），二者写其一",
          "opportunityBoth: 同时写了 opportunity 和 opportunities：二者只能写其一；有多个商机时把 opportunity 的内容移进 opportunities 列表",
          "duplicateAnswerKey: "dean" 在答案里已有一条（people[1]）；每人只写一条",
          "decisionRoleWithoutAuthority: TB（把关者）能否决，第 6 章把做决定和否决都算作决策力（A）；应为 "yes"，实际是 "no"（或者改他的采购角色）",
          "noConfidentiality: 没有写 confidentiality：客户 "dean" 按 internal（内部）处理，只出现在讲师版（npm run build:trainer），学员版里没有它；可以公开请写 confidentiality: public",
          "afterAsOf: 日期 2026-07-01 晚于案例的 asOf（2026-06-30）；案例描述的是 asOf 那天的情况",
          "snapshotOrder: snapshots 应按日期从早到晚排列；2026-07-01 排在 2026-05-01 之后",
          "alreadyJoined: "dean" 已在 2026-07-01 加入",
          "alreadyLeft: "dean" 已在 2026-07-01 离开",
          "notYetThere: 2026-07-01 时 "dean" 还没到：此人 2026-08-01 才加入",
          "noLongerThere: 2026-07-01 时 "dean" 已经不在：此人 2026-05-01 离开",
          "chainBroken: "dean" 的 support 在上一次变化后是 0；这里的 from 却是 "x"",
          "lastChangeDiffers: snapshots 中最后一次 support 变化的结果是 2，此人现在写的却是 1；人员字段描述的是最新状态",
          "relationEndsListed: ally 关系 a→b 在 2026-07-01 结束，却仍列在 relationships 中；请从那里删掉（relationships 是最新状态）",
          "relationAppearsMissing: ally 关系 a→b 在 2026-07-01 出现，却没有列在 relationships 中；请补上（relationships 是最新状态）",
          "managerLeft: 汇报对象 "dean" 已于 2026-07-01 离开；请写上新的 reportsTo，并在 snapshots 中记一条 reports-to 变化",
          "linkToLeft: "dean" 已于 2026-07-01 离开，不能再出现在这里；请删掉或改成现在的人",
          "termName: “权力”（dean）",
          "termList: “权力”（power）",
          "worksheetNeeds: 工作表 ally ",
          "scenarioNeeds: 角色扮演 dean（requiredTerms 见 w.yaml:12:14）",
          "taughtLater: “权力”（power）到 sessions[1]（w.yaml:12:14）才讲",
          "notOnAgenda: “权力”（power）由章节 05-power-interest 讲授（w.yaml:12:14 terms），本议程没有这一章",
          "termsNotTaught: 工作表 power-interest 要用到还没讲过的术语：“权力”（power）到 sessions[1]（w.yaml:12:14）才讲。把讲授它的章节排到这一项之前，或列入 prework.read 请学员预读",
          "cutNeeded: 本项 20 分钟，短于章节 05-power-interest 自己计划的 40 分钟（w.yaml:12:14 duration）：加一条 cut，写明这次删去了哪些内容",
          "unknownComplianceSection: 合规红线页没有 "dean" 这一节：应为 procurement 或 gifts",
          "scenarioFolder: 场景放在 accounts/city-hospital/ 下，写的客户却是 "city-hospital"；应为 "city-hospital"",
          "duplicateRole: 角色编号 "dean" 重复：people[1] 已经用过",
          "customerRoleWithoutPerson: 客户方角色没有写 person：请关联到客户中的某个人，演员才能读到他的资料",
          "rubricLevels: 每个评分等级要有一段描述（共 3 级）；实际有 "x" 段",
          "scenarioNeedsMore: 场景 "dean" 的各阶段共需 45 分钟；这一节只给了 30 分钟",
          "lengthMismatch: 各节加起来是 6 小时 10 分钟（370 分钟），声明的时长 one-day 是 6 小时（360 分钟）：减去 10 分钟",
          "expectSelfCheck: 一份章节自测，写成一组字段（questions: - id: …、kind: …、prompt: …）",
          "expectWorkshopTest: 一份工作坊测验，写成一组字段（questions: - id: …、kind: …、prompt: …、trainer: …）",
          "questionOwnerMissing: 文件名对应的person "dean" 不存在：文件名应为 case files 中的某个文件名",
          "duplicateQuestion: 题目编号 "dean" 重复：people[1] 已经用过",
          "duplicateOption: 选项编号 "dean" 重复：同一道题的每个选项要有自己的编号",
          "unknownOption: 未知的选项 "dean"：应为 a 或 b",
          "correctTwice: 同一个选项在正确答案里写了两次",
          "singleNeedsOne: 单选题只能有一个正确选项；实际有 "x" 个（案例题有多个正确选项请写 choose: many）",
          "everyOptionCorrect: 所有选项都是正确答案：这道题分不出谁会谁不会",
          "placeholderNotCase: {acount} 要从案例文件里取名字，只有案例题（kind: case）能用",
          "unknownPlaceholder: 未知的占位符 {acount}：只能用 {account} 或 {person}",
          "personPlaceholderNeedsPerson: 用了 {person}，这道题就要写明是哪个人（person: <人员 id>）",
          "orderUsed: order 4 已被 content/chapters/04-buying-roles.mdx 使用；应为不重复的数字",
          "termUsed: 术语编号 "dean" 已被第 [people[1]] 条使用",
          "newerVersion: 文件是第 3 版；本站最多读到第 2 版",
          "fileTooLarge: 文件有 600000 字节；最多 5 字节",
          "moreProblems: ……另有 2 个问题",
          "problemsIn: case files中有 2 个问题：",
          "whereCaseFiles: 案例文件、场景或议程（运行 npm run validate 查看）",
          "whereContent: 章节或术语表",
          "whereSources: 案例文件、场景、议程、题目、章节或术语表",
          "buildStopped: 构建已停止：请先改好上面的问题（npm run validate 可以单独检查）",
          "devKeepsRunning: 开发服务器照常运行：改好并保存文件，页面会自动刷新，不必重启",
          "devFixed: 问题都已改好，页面已刷新",
          "summary: 检查了 3 个文件，用时 12 毫秒：1 个错误，0 个提醒",
          "cannotRead: 无法读取：ENOENT",
          "column: 列「支持度」",
          "sheetNamed: 工作表「人员」",
          "intRange:  1 到 5 的整数",
          "cellChoice:  yes、no 或 unknown",
          "yesOrNo:  是 或 否（留空为否）",
          "sensitiveCell:  是，或 备注、动机、诉求 中的几项",
          "missingColumn: 缺少必需的列「支持度」：第 1 行应是表头，其中要有这一列",
          "unknownColumn: 不认识的列「支持度」，这一列没有导入（可用的列：id、name）",
          "duplicateColumn: 这一列和第 people[1] 列是同一项；只保留一列",
          "emptyCell: 「支持度」不能为空：这一行有内容，就要写支持度",
          "duplicateEntry: "张伟" 已在第 3 行出现；同一个人（部门、成员）只写一行，两人同名请在「编号」列区分",
          "ambiguousName: "张伟" 有同名的几个人（第 3、5 行）：请改写他们的编号",
          "unknownName: 未知的person "张伟"：应为人员中某一项的名字或编号",
          "sheetOrFile: 「人员」表或案例文件",
          "competitorsOfFile: 案例文件商机的 competitors（先在那里给竞争对手写上 id）",
          "layerConflict: 部门「药剂科」在第 3 行写的层级是 management；同一部门各行的层级要一致",
          "unitWithoutLayer: 新部门「药剂科」没有层级：在它任意一行的「层级」列写明（决策层、管理层、执行层、支持部门或外部影响者）",
          "noPeopleSheet: 没有找到人员表：应有一个名为「人员」的工作表，或第 1 行含「姓名」「职务」「部门」的表；找到的是 undefined",
          "unknownSheet: 不认识的工作表「人员」，没有导入：应为 人员、部门、关系、团队 或 说明",
          "sameSheetTwice: 和「人员」是同一种表；每种表只导入一份",
          "unsupportedFile: 只能导入 .xlsx 或 .csv 文件",
          "unreadableFile: 读不出这个文件：ENOENT",
          "notXlsx: 这不是 .xlsx 工作簿（可能是改了扩展名的其他文件，或旧版 .xls）；请在 Excel 里另存为 .xlsx",
          "gb18030: 不是 UTF-8，按 GB18030（GBK）编码读取",
          "resultInvalid: 导入后的案例文件没有通过校验：",
          "importUsage: 用法：npm run import -- <表格.xlsx|表格.csv …> [--id <客户编号>] [--into accounts/<编号>/account.yaml] [--lang en]",
          "importNeedsId: 新建案例要用 --id <客户编号> 指明编号；合并到已有案例请用 --into <案例文件>",
          "importExists: accounts/x/account.yaml 已存在：要把表格合并进去请用 --into accounts/x/account.yaml；新建请换一个 --id",
          "importIntoMissing: 找不到 --into 指定的案例文件 accounts/x/account.yaml",
          "importIntoBroken: accounts/x/account.yaml 本身有错误，先修正它（npm run validate -- accounts/x/account.yaml）再合并表格",
          "nothingWritten: 未写入任何文件：共 2 个问题，全部改好后再导入。",
          "imported: 已写入 accounts/x/account.yaml：新增 2 人，更新 1 人，关系 4 条，我方成员 2 人。下一步：补全文件里标着“待补充”的内容，运行 npm run validate -- accounts/x/account.yaml，再 npm run build",
          "unchanged: accounts/x/account.yaml 没有变化：表格写的和案例文件一致",
          "warningsOnly: 另有 2 条提醒（不影响导入）",
          "exportUsage: 用法：npm run export -- <客户编号> --format xlsx|csv [--out <目录>] [--lang en]",
          "exportUnknown: 未知的客户 "dean"：应为 accounts/ 下某个案例的编号",
          "exported: 已导出：exports/x.xlsx",
          "newAccountUsage: 用法：npm run new:account -- <客户编号>，例如 npm run new:account -- city-hospital-2",
          "newAccountBadId: 客户编号 "dean" 不合规则：只能用小写英文字母、数字和连字符，以字母或数字开头和结尾，例如 city-hospital-2",
          "newAccountHasHan: （编号不能含汉字，请用拼音或英文）",
          "newAccountExists: accounts/x/account.yaml 已存在：客户编号必须唯一，请换一个编号",
          "newAccountCreated: 已建立 accounts/x/account.yaml：按文件里的中文注释逐节填写，随时运行 npm run validate -- accounts/x/account.yaml 检查",
          "piiKind: 手机号",
          "allowListNotList: 应为列表，每项写 text（原文）和 reason（为何不是个人信息）",
          "allowListNoText: 应为被误报的原文，实际为空",
          "allowListNoReason: 放行“…”须写明理由，实际为空",
          "gateReason: 不是由脱敏工具（npm run sanitize）生成的，没有脱敏记录",
          "gateAllowListBroken: 放行清单有误：
      scan-allow.yaml  [0].reason  …",
          "gateSourceHits: 公开版构建已停止：标为公开且已脱敏的案例中发现 2 处疑似个人信息（npm run scan 可复查；误报请写入 scan-allow.yaml 并注明理由）：
      accounts/x/account.yaml:2:11  手机号  notes: 手机 13*******78",
          "gateOutputHits: 公开版构建已停止：输出文件中发现 2 处疑似个人信息，请勿发布这一版：
      accounts/x/account.yaml:2:11  手机号  notes: 手机 13*******78",
          "gateNotPublished: dean：不发布（未标记 sanitized: true；扫描发现疑似个人信息）",
          "gateEdited: dean：脱敏后有手工修改（account.yaml），重新扫描已通过，予以发布",
          "gatePublished: dean：由脱敏工具生成，扫描通过，予以发布",
          "sanitizeUsage: 用法：npm run sanitize -- <account.yaml> [--id <新 id>] [--seed <整数>] [--org <映射文件.yaml>]",
          "sanitizeNoSource: accounts/x/account.yaml：找不到这个案例文件",
          "whereSanitizeSources: 要脱敏的文件",
          "expectOrgMapping: 一份名称映射，写成一组字段（name: …、replace: …、places: […]、brands: […]）",
          "sanitizeBadSeed: --seed 应为整数；实际为“4”",
          "sanitizeBadId: --id 应为小写字母、数字和连字符，例如 case-hospital-a；实际为“4”",
          "sanitizeOutExists: accounts/case-a/ 已存在，且不是脱敏工具上次原样写出的：请换一个 --id，或先备份、删除这个副本",
          "sanitizeWrote: 已写出 2 个文件到 accounts/case-a/（原文件未改动）",
          "sanitizeMapped: 人员 3 人已替换为化名，日期整体平移 -826 天，映射表见 .private/mappings/case-a.yaml（不进仓库）",
          "sanitizeHits: 扫描发现 2 处疑似个人信息，请人工审阅后再发布：",
          "sanitizeClean: 扫描通过。下一步：通读副本，确认无误后提交，公开版构建（npm run build:public）会再检查一次。",
          "scanFound: 扫描了 3 个文件（本地名单 12 项，放行 1 项）：发现 1 处疑似个人信息。",
          "scanClean: 扫描了 3 个文件（本地名单 12 项，放行 1 项）：未发现个人信息。",
        ],
      }
    `);
  });
});
