/**
 * Every kind of validation message, pinned in both languages (zh-CN is the default, en with
 * UI_LOCALE=en or --lang en). Each case changes the small fixture in one way a trainer might.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { setMessageLocale, type MessageLocale } from '../../src/validation/messages.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { describeIssue } from '../../src/validation/schemaProblems.ts';
import { validateScenarioText, type KnownIds } from '../../src/validation/workshopFiles.ts';
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
          "accounts/small-clinic/account.yaml:25:13  people[0]（dean 周院长）.roles[0]  应为 EB、TB、UB、Coach 或 unknown；实际是 "决策者"；“决策者”请写成代码 EB",
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

  it('a full-width comma in a list is named', () => {
    expect(edited('    roles: [UB, Coach]\n', '    roles: [UB，Coach]\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:38:13  people[1] (pharm-head 吴主任).roles[0]  expected one of EB, TB, UB, Coach, unknown; found "UB，Coach"; the list uses a full-width comma "，" or "、": separate items with "," as in [TB, UB]",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:38:13  people[1]（pharm-head 吴主任）.roles[0]  应为 EB、TB、UB、Coach 或 unknown；实际是 "UB，Coach"；列表里用了中文逗号“，”或顿号“、”，请改用英文逗号“,”，例如 [TB, UB]",
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
          "accounts/small-clinic/account.yaml:23:10  (file)  the field name "title" is followed by a full-width colon "："; YAML needs an ASCII colon and a space: "title: …"",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:10  （整个文件）  字段名 "title" 后面用了中文冒号“：”；YAML 只认英文冒号加空格，请写成 "title: …"",
        ],
      }
    `);
  });

  it('a plain colon inside free text asks for quotes', () => {
    expect(edited('    title: 院长\n', '    title: 院长: 兼党委副书记\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:23:14  (file)  the text of "title" contains ": ", which YAML reads as a new field; put the text in quotes: title: "…"",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:14  （整个文件）  "title" 的文字里有英文冒号加空格“: ”，YAML 把后半段当成了新字段；请给整段文字加引号，例如 title: "……"",
        ],
      }
    `);
  });

  it('a tab used for indentation is reported once, not with its cascade', () => {
    expect(edited('    name: 周院长\n', '\tname: 周院长\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:22:1  (file)  YAML syntax: a tab is used for indentation; YAML indents with spaces only",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:22:1  （整个文件）  YAML 语法：用了 Tab 键缩进；YAML 只能用空格缩进",
        ],
      }
    `);
  });

  it('" #" inside free text warns that the rest was dropped', () => {
    expect(edited('    title: 院长\n', '    title: 院长 #1 人选\n')).toMatchInlineSnapshot(`
      {
        "en": [
          "accounts/small-clinic/account.yaml:23:15  (file)  warning: the text of "title" contains " #": YAML drops everything after it as a comment; if it is part of the text, put the text in quotes",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:23:15  （整个文件）  提醒："title" 的文字里有“ #”，YAML 把 # 之后的内容当作注释丢掉了；如果它是正文，请给整段文字加引号",
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
          "accounts/small-clinic/account.yaml:2:5  id  warning: no confidentiality: "small-clinic" is internal, so it appears only in the trainer edition (npm run build:trainer), not in the trainee edition; write confidentiality: public if it may be shown",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:2:5  id（编号）  提醒：没有写 confidentiality：客户 "small-clinic" 按 internal（内部）处理，只出现在讲师版（npm run build:trainer），学员版里没有它；可以公开请写 confidentiality: public",
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
          "accounts/small-clinic/account.yaml:27:5  people[0] (dean 周院长).powr  unknown field "powr"; did you mean "power"? (allowed here: id, name, title, unit, placeholder, reportsTo, dottedLines, roles, power, interest, man, support, closeness, motives, demands, disc, owner, lastContact, notes, trainer)",
          "accounts/small-clinic/account.yaml:34:5  people[1] (pharm-head 吴主任).title  required field is missing: expected text",
          "accounts/small-clinic/account.yaml:61:15  people[3] (inspector 钱科长).interest  expected at least 1; found 0",
        ],
        "zh-CN": [
          "accounts/small-clinic/account.yaml:26:12  people[0]（dean 周院长）.power（权力）  应为不大于 5 的数；实际是 9",
          "accounts/small-clinic/account.yaml:27:5  people[0]（dean 周院长）.powr  未知字段 "powr"；是不是想写 "power"？（此处可用：id、name、title、unit、placeholder、reportsTo、dottedLines、roles、power、interest、man、support、closeness、motives、demands、disc、owner、lastContact、notes、trainer）",
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
