import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { parse, parseDocument } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import { SHEETS } from '../../src/spreadsheet/columns.ts';
import { accountSheets, templateSheets } from '../../src/spreadsheet/exportSheets.ts';
import { personIdOf, plainIdOf } from '../../src/spreadsheet/ids.ts';
import { importSpreadsheet } from '../../src/spreadsheet/importAccount.ts';
import { scaffoldText } from '../../src/spreadsheet/scaffold.ts';
import { IMPORT_TEMPLATE_FILES } from '../../src/spreadsheet/template.ts';
import { decodeText, readWorkbook, writeCsv, writeXlsx, type SheetOut } from '../../src/spreadsheet/workbook.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';
import { validateAccountText, validateWrittenAccount } from '../../src/validation/validateAccount.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/spreadsheet', name);
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const TODAY = '2026-11-26';

afterEach(() => setMessageLocale('zh-CN'));

/** A one-sheet workbook (people unless named otherwise) from rows of cells. */
const xlsx = (sheets: SheetOut[]) => ({ file: 'people.xlsx', bytes: writeXlsx(sheets) });
const peopleSheet = (rows: (string | number)[][]): SheetOut => ({ name: '人员', rows });
const importNew = (files: { file: string; bytes: Uint8Array }[]) =>
  importSpreadsheet({ files, target: 'accounts/new-case/account.yaml', id: 'new-case', today: TODAY });

describe('reading spreadsheet files', () => {
  it('reads a GBK/GB18030 CSV and says it did', () => {
    const book = readWorkbook('people.csv', bytesOf(fixture('people-gbk.csv')));
    expect(book.encoding).toBe('gb18030');
    expect(book.tables[0]!.rows[1]!.slice(0, 3)).toEqual(['周建华', '院长', '院办']);
    expect(book.tables[0]!.rows[2]![15]).toBe('每周三上午在科里，\n可以约时间');
  });

  it('reads a UTF-8 CSV with a BOM without the BOM in the first header', () => {
    const book = readWorkbook('people.csv', bytesOf(fixture('people-utf8-bom.csv')));
    expect(book.encoding).toBe('utf-8');
    expect(book.tables[0]!.rows[0]![0]).toBe('姓名');
  });

  it('decodes UTF-8 without a BOM as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('姓名,职务')).encoding).toBe('utf-8');
  });

  it('reads xlsx date cells as YYYY-MM-DD and numbers without float noise', () => {
    const sheet = XLSX.utils.aoa_to_sheet(
      [
        ['最近接触', '权力'],
        [new Date(Date.UTC(2026, 8, 1)), 4],
      ],
      { cellDates: true },
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '人员');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(readWorkbook('a.xlsx', bytes).tables[0]!.rows[1]).toEqual(['2026-09-01', '4']);
  });
});

describe('ids', () => {
  it('spells people as surname-given name in pinyin, compound surnames whole', () => {
    expect(personIdOf('高长林')).toBe('gao-changlin');
    expect(personIdOf('欧阳明')).toBe('ouyang-ming');
    expect(plainIdOf('药剂科')).toBe('yaojike');
    expect(personIdOf('John Smith')).toBe('john-smith');
  });
});

describe('npm run import: a new case', () => {
  it('imports a GBK CSV with Chinese headers and values into a case file that validates', () => {
    const result = importNew([{ file: 'people.csv', bytes: bytesOf(fixture('people-gbk.csv')) }]);
    expect(result.lines).toEqual([]);
    expect(result.notes).toEqual([expect.stringContaining('GB18030')]);
    const check = validateAccountText('accounts/new-case/account.yaml', result.text!);
    expect(check.problems).toEqual([]);
    const account = check.account!;
    expect(account.units.map((unit) => [unit.id, unit.name, unit.layer])).toEqual([
      ['yuanban', '院办', 'decision'],
      ['yaojike', '药剂科', 'management'],
      ['xinxike', '信息科', 'support'],
    ]);
    const [dean, pharmacist, it] = account.people;
    expect(dean).toMatchObject({
      id: 'zhou-jianhua',
      roles: ['EB'],
      support: 0,
      closeness: 1,
      man: { money: 'yes', authority: 'yes', need: 'unknown' },
      disc: 'D',
      lastContact: '2026-03-01',
    });
    expect(pharmacist).toMatchObject({ reportsTo: 'zhou-jianhua', roles: ['UB', 'Coach'], support: 2, closeness: 3 });
    expect(pharmacist!.notes).toBe('每周三上午在科里，\n可以约时间');
    expect(it).toMatchObject({ id: 'zheng-li', lastContact: '2026-05-08', support: 'unknown' });
    expect(it!.man).toBeUndefined();
    // The scaffold's comments come along: the trainer sees what is still to fill.
    expect(result.text).toContain('# yaml-language-server: $schema=../account.schema.json');
    expect(result.text).toContain('name: 待补充（客户全称）');
  });

  it('reads the UTF-8-with-BOM CSV the same as the GBK one', () => {
    const gbk = importNew([{ file: 'people.csv', bytes: bytesOf(fixture('people-gbk.csv')) }]);
    const bom = importNew([{ file: 'people.csv', bytes: bytesOf(fixture('people-utf8-bom.csv')) }]);
    expect(bom.text).toBe(gbk.text);
  });

  it('imports xlsx with English headers and the optional relations and team sheets', () => {
    const result = importNew([
      xlsx([
        {
          name: 'people',
          rows: [
            ['name', 'title', 'unit', 'layer', 'reportsTo', 'roles', 'support', 'owner'],
            ['Ann Lee', 'CEO', 'Board', 'decision', '', 'EB', 1, 'Bo Chen'],
            ['Carl Diaz', 'CIO', 'IT', 'support', 'Ann Lee', 'TB, UB', -1, 'bo-chen'],
          ],
        },
        {
          name: 'relationships',
          rows: [
            ['from', 'to', 'kind', 'direction', 'strength'],
            ['Carl Diaz', 'Ann Lee', 'influences', 'one-way', 3],
          ],
        },
        {
          name: 'team',
          rows: [
            ['name', 'role'],
            ['Bo Chen', 'account-manager'],
          ],
        },
      ]),
    ]);
    expect(result.lines).toEqual([]);
    const account = validateAccountText('x.yaml', result.text!).account!;
    expect(account.people.map((person) => [person.id, person.owner, person.reportsTo])).toEqual([
      ['ann-lee', 'bo-chen', undefined],
      ['carl-diaz', 'bo-chen', 'ann-lee'],
    ]);
    expect(account.relationships).toEqual([
      { from: 'carl-diaz', to: 'ann-lee', kind: 'influences', direction: 'one-way', strength: 3 },
    ]);
    expect(account.team).toEqual([{ id: 'bo-chen', name: 'Bo Chen', role: 'account-manager' }]);
  });

  it('gives namesakes in the id column their own ids and refuses namesakes without', () => {
    const header = ['编号', '姓名', '职务', '部门', '层级', '汇报对象'];
    const ok = importNew([
      xlsx([
        peopleSheet([
          header,
          ['', '周建华', '院长', '院办', '决策层', ''],
          ['zhang-wei-2', '张伟', '科员', '院办', '', '周建华'],
          ['zhang-wei-3', '张伟', '科员', '院办', '', 'zhang-wei-2'],
        ]),
      ]),
    ]);
    expect(ok.lines).toEqual([]);
    const twins = importNew([
      xlsx([
        peopleSheet([
          header,
          ['', '周建华', '院长', '院办', '决策层', ''],
          ['', '张伟', '科员', '院办', '', '周建华'],
          ['', '张伟', '科员', '院办', '', '周建华'],
        ]),
      ]),
    ]);
    expect(twins.text).toBeUndefined();
    expect(twins.lines).toEqual([
      'people.xlsx!人员:4:B  列「姓名」  "张伟" 已在第 3 行出现；同一个人（部门、成员）只写一行，两人同名请在「编号」列区分',
    ]);
  });
});

describe('every bad cell, at once, nothing written', () => {
  const header = [
    '姓名',
    '职务',
    '部门',
    '层级',
    '汇报对象',
    '采购角色',
    '权力',
    '支持度',
    '亲密度',
    'M',
    '最近接触',
    '负责人',
    '编号',
    '待确认',
    '仅讲师可见',
  ];
  const rows = [
    header,
    ['周建华', '院长', '院办', '决策层', '', 'EB', 5, '中立', 1, '是', '2026-03-01', '', '', '', ''],
    [
      '吴敏',
      '主任',
      '药剂科',
      '管理层',
      '周剑华',
      'EB，Coahc',
      6,
      '很支持',
      9,
      '也许',
      '2026-02-30',
      '李经理',
      '吴敏',
      '可能',
      '电话',
    ],
    ['', '科员', '药剂科', '执行层', '周建华', '', '', '', '', '', '2026/13/1', '', '', '', ''],
    ['郑立', '', '新部门', '', '周建华', '', '四', '', '', '', '', '', '', '', ''],
  ];

  it('lists each cell with its sheet, row, column letter, header, expected and found (zh-CN)', () => {
    const result = importNew([xlsx([peopleSheet(rows)])]);
    expect(result.text).toBeUndefined();
    expect(result.lines).toEqual([
      'people.xlsx!人员:3:E  列「汇报对象」  未知的人员 "周剑华"：应为「人员」表或案例文件中某一项的名字或编号',
      'people.xlsx!人员:3:F  列「采购角色」  应为 EB、TB、UB、Coach 或 unknown；实际是 "EB，Coahc"；是不是想写 "Coach"？',
      'people.xlsx!人员:3:G  列「权力」  应为 1 到 5 的整数；实际是 "6"',
      'people.xlsx!人员:3:H  列「支持度」  应为 -2、-1、0、1、2 或 态度未知；实际是 "很支持"',
      'people.xlsx!人员:3:I  列「亲密度」  应为 0、1、2、3 或 4；实际是 "9"',
      'people.xlsx!人员:3:J  列「M」  应为 是、否 或 未知；实际是 "也许"',
      'people.xlsx!人员:3:K  列「最近接触」  应为日期，写成 YYYY-MM-DD（例如 2026-09-01）；实际是 "2026-02-30"',
      'people.xlsx!人员:3:L  列「负责人」  未知的我方成员 "李经理"：应为「团队」表或案例文件中某一项的名字或编号',
      'people.xlsx!人员:3:M  列「编号」  应为编号：小写英文字母、数字和连字符，例如 "dir-wang"；实际是 "吴敏"；编号不能含汉字，请用拼音或英文，例如 "qu-zhenyu"',
      'people.xlsx!人员:3:N  列「待确认」  应为 是 或 否（留空为否）；实际是 "可能"',
      'people.xlsx!人员:3:O  列「仅讲师可见」  应为 是，或 备注、动机、诉求 中的几项；实际是 "电话"',
      'people.xlsx!人员:4:A  列「姓名」  「姓名」不能为空：这一行有内容，就要写姓名',
      'people.xlsx!人员:4:K  列「最近接触」  应为日期，写成 YYYY-MM-DD（例如 2026-09-01）；实际是 "2026/13/1"',
      'people.xlsx!人员:5:B  列「职务」  「职务」不能为空：这一行有内容，就要写职务',
      'people.xlsx!人员:5:D  列「层级」  新部门「新部门」没有层级：在它任意一行的「层级」列写明（决策层、管理层、执行层、支持部门或外部影响者）',
      'people.xlsx!人员:5:G  列「权力」  应为 1 到 5 的整数；实际是 "四"',
    ]);
  });

  it('reports names that name no one, or several, and units without a layer, once the cells read', () => {
    const result = importNew([
      xlsx([
        peopleSheet([
          ['姓名', '职务', '部门', '层级', '汇报对象', '负责人'],
          ['周建华', '院长', '院办', '决策层', '', ''],
          ['吴敏', '主任', '药剂科', '管理层', '周剑华', '李经理'],
          ['郑立', '科长', '新部门', '', '周建华', ''],
          ['钱进', '科员', '院办', '管理层', '周建华', ''],
        ]),
      ]),
    ]);
    expect(result.lines).toEqual([
      'people.xlsx!人员:3:E  列「汇报对象」  未知的人员 "周剑华"：应为「人员」表或案例文件中某一项的名字或编号',
      'people.xlsx!人员:3:F  列「负责人」  未知的我方成员 "李经理"：应为「团队」表或案例文件中某一项的名字或编号',
      'people.xlsx!人员:4:D  列「层级」  新部门「新部门」没有层级：在它任意一行的「层级」列写明（决策层、管理层、执行层、支持部门或外部影响者）',
      'people.xlsx!人员:5:D  列「层级」  部门「院办」在第 2 行写的层级是 决策层；同一部门各行的层级要一致',
    ]);
  });

  it('resolves a competitor tie against the competitors the case file names with an id', () => {
    const result = importNew([
      xlsx([
        peopleSheet([
          ['姓名', '职务', '部门', '层级', '倾向的竞争对手'],
          ['周建华', '院长', '院办', '决策层', '瀚禾'],
        ]),
      ]),
    ]);
    expect(result.lines).toEqual([
      'people.xlsx!人员:2:E  列「倾向的竞争对手」  未知的竞争对手 "瀚禾"：应为案例文件商机的 competitors（先在那里给竞争对手写上 id）中某一项的名字或编号',
    ]);
  });

  it('names a missing required column and warns about columns it does not read', () => {
    const result = importNew([
      xlsx([
        peopleSheet([
          ['姓名', '部门', '电话'],
          ['周建华', '院办', '138'],
        ]),
      ]),
    ]);
    expect(result.lines[1]).toBe(
      'people.xlsx!人员:1:C  提醒：不认识的列「电话」，这一列没有导入（可用的列：编号、姓名、性别、职务、部门、层级、汇报对象、虚线汇报、采购角色、权力、兴趣、支持度、亲密度、M、A、N、DISC、负责人、倾向的竞争对手、倾向强度、倾向说明、最近接触、财务动机、业务动机、关系动机、诉求、备注、待确认、仅讲师可见、讲师备注）',
    );
    expect(result.lines[0]).toBe('people.xlsx!人员:1  缺少必需的列「职务」：第 1 行应是表头，其中要有这一列');
  });

  it('says when no sheet is a people sheet, and when a file does not read', () => {
    const none = importNew([
      xlsx([
        {
          name: 'Sheet1',
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
        },
      ]),
    ]);
    expect(none.lines).toEqual([
      'people.xlsx:1  没有找到人员表：应有一个名为「人员」的工作表，或第 1 行含「姓名」「职务」「部门」的表；找到的是 Sheet1',
      'people.xlsx!Sheet1:1  提醒：不认识的工作表「Sheet1」，没有导入：应为 人员、部门、关系、团队 或 说明',
    ]);
    const broken = importNew([{ file: 'broken.xlsx', bytes: new TextEncoder().encode('not a zip') }]);
    expect(broken.lines[0]).toMatch(/^broken\.xlsx:1 {2}读不出这个文件：/);
  });

  it('reports a problem of the imported result at the row it came from', () => {
    const result = importNew([
      xlsx([
        peopleSheet([
          ['姓名', '职务', '部门', '层级', '汇报对象'],
          ['周建华', '院长', '院办', '决策层', '吴敏'],
          ['吴敏', '主任', '院办', '', '周建华'],
        ]),
      ]),
    ]);
    expect(result.text).toBeUndefined();
    expect(result.lines[0]).toBe('导入后的案例文件没有通过校验：');
    expect(result.lines.slice(1).join('\n')).toContain('people.xlsx!人员:');
    expect(result.lines.join('\n')).toContain('汇报关系绕成了一个圈');
  });

  it('speaks English with the English catalogue', () => {
    setMessageLocale('en');
    const result = importNew([
      xlsx([
        peopleSheet([
          ['name', 'title', 'unit', 'layer', 'support'],
          ['Ann', 'CEO', 'Board', 'decision', 'very'],
        ]),
      ]),
    ]);
    expect(result.lines).toEqual([
      'people.xlsx!人员:2:E  column "support"  expected one of -2, -1, 0, 1, 2, unknown; found "very"',
    ]);
  });
});

describe('validating the case file an import wrote', () => {
  const file = 'accounts/small/account.yaml';
  const text = readFileSync(join(root, 'tests/fixtures/small-account.yaml'), 'utf8');

  it('checks valid data as it is, without reading the text back', () => {
    // An empty text would fail to read: the verdict comes from the data alone.
    expect(validateWrittenAccount(file, '', parse(text))).toEqual({
      file,
      account: validateAccountText(file, text).account,
      data: parse(text),
      problems: [],
    });
  });

  it('reads the text back to locate the errors when there are any, as validateAccountText does', () => {
    const broken = text.replace(/^(\s+unit: )\S+$/m, '$1no-such-unit');
    expect(broken).not.toBe(text);
    const checked = validateWrittenAccount(file, broken, parse(broken));
    expect(checked.account).toBeUndefined();
    expect(checked.problems).toEqual(validateAccountText(file, broken).problems);
    expect(checked.problems.some((problem) => problem.severity === 'error' && problem.line > 1)).toBe(true);
  });
});

describe('hostile cell text', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '他说: "明天 #再谈"',
    "- 不是列表 & *不是锚点 !不是标签 {不是映射} [不是列表] 'quoted'",
    '=HYPERLINK("http://example.invalid")',
    '@SUM(A1)',
    '第一行\n第二行: 冒号',
  ];

  it.each(['xlsx', 'csv'])('comes back exactly as written through %s, YAML and an export', (format) => {
    const rows = [
      ['姓名', '职务', '部门', '层级', '备注', '汇报对象'],
      ...hostile.map((text, index) => [`人${index}`, text, '院办', '决策层', text, index === 0 ? '' : '人0']),
    ];
    const files = format === 'xlsx' ? [xlsx([peopleSheet(rows)])] : [{ file: 'people.csv', bytes: writeCsv(rows) }];
    const result = importNew(files);
    expect(result.lines).toEqual([]);
    const account = validateAccountText('h.yaml', result.text!).account!;
    expect(account.people.map((person) => person.notes)).toEqual(hostile);
    expect(account.people.map((person) => person.title)).toEqual(hostile);
    // The export writes a formula-looking text behind an apostrophe, so Excel shows it as text.
    const csv = new TextDecoder().decode(writeCsv(accountSheets(account)[0]!.rows));
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('npm run import --into: merging', () => {
  const target = readFileSync(fixture('merge-target.yaml'), 'utf8');
  const merge = (rows: (string | number)[][], extra: SheetOut[] = []) =>
    importSpreadsheet({ files: [xlsx([peopleSheet(rows), ...extra])], target: 'merge-target.yaml', existing: target });

  it('updates the columns it names, adds new people and keeps every comment and hand-written field', () => {
    const result = merge([
      ['姓名', '职务', '部门', '权力', '支持度', '最近接触', '汇报对象'],
      ['周建华', '院长', '院办', 4, '支持', '2026-06-01', ''],
      ['钱进', '采购办主任', '院办', 3, '未知', '', '周建华'],
    ]);
    expect(result.lines).toEqual([]);
    expect(result.counts).toMatchObject({ added: 1, updated: 1 });
    const text = result.text!;
    for (const comment of [
      '# A case file the merge tests import into',
      'stage: needs-analysis # 需求论证已开过两次',
      '# 院长：项目的拍板人',
      'power: 4 # 院长办公会一锤定音',
      '# 每周例会上汇报',
    ]) {
      expect(text).toContain(comment);
    }
    const dean = validateAccountText('m.yaml', text).account!.people[0]!;
    expect(dean).toMatchObject({ power: 4, support: 1, lastContact: '2026-06-01', interest: 3 });
    expect(dean.motives).toEqual({ business: '想在区里的考核中排前三' });
    expect(dean.notes).toBe('手写的备注，表格里没有这一列时必须保留');
    expect(dean.trainer).toEqual({ notes: '讲师提示：院长不是唯一的决策者' });
    expect(text).toContain(
      '  - id: qian-jin\n    name: 钱进\n    title: 采购办主任\n    unit: office\n    reportsTo: dean\n    power: 3\n    support: unknown\n',
    );
    expect(text).toContain('    roles: [EB]\n');
  });

  it('leaves the file unchanged when the spreadsheet says what it already says', () => {
    const account = validateAccountText('m.yaml', target).account!;
    const result = importSpreadsheet({ files: [xlsx(accountSheets(account))], target: 'm.yaml', existing: target });
    expect(result.lines).toEqual([]);
    expect(result.changed).toBe(false);
    expect(result.text).toBe(target);
  });

  it('removes a field whose column is there but empty, and an emptied motives block', () => {
    const result = merge([
      ['姓名', '职务', '部门', '业务动机', '权力'],
      ['周建华', '院长', '院办', '', ''],
    ]);
    const dean = parse(result.text!).people[0];
    expect(dean.motives).toBeUndefined();
    expect(dean.power).toBeUndefined();
    expect(dean.notes).toBe('手写的备注，表格里没有这一列时必须保留');
  });

  it('updates a relation found by who, to whom and kind, and keeps the others', () => {
    const result = merge(
      [
        ['姓名', '职务', '部门'],
        ['吴敏', '药剂科主任', '药剂科'],
      ],
      [
        {
          name: '关系',
          rows: [
            ['从', '到', '关系类型', '强度'],
            ['吴敏', '周建华', '影响', 3],
            ['周建华', '吴敏', '师徒/提携', 1],
          ],
        },
      ],
    );
    expect(result.lines).toEqual([]);
    const relations = parse(result.text!).relationships;
    expect(relations).toEqual([
      { from: 'pharm-head', to: 'dean', kind: 'influences', strength: 3 },
      { from: 'dean', to: 'pharm-head', kind: 'mentor', strength: 1 },
    ]);
    expect(result.text).toContain('# 每周例会上汇报');
  });
});

describe('export → import keeps people, relations and team exactly', { timeout: 30_000 }, () => {
  const caseFiles = findCaseFiles(root);
  const { accounts } = validateFiles(root, caseFiles);

  it.each(accounts.map((account) => [account.id, account] as const))('%s (every sample account)', (id, account) => {
    const file = caseFiles.find((path) => path.includes(`/accounts/${id}/`))!;
    // The case file without its people, relations and team: the spreadsheet must bring them all back.
    const doc = parseDocument(readFileSync(file, 'utf8'));
    for (const list of ['people', 'relationships', 'team']) doc.set(list, doc.createNode([]));
    const stripped = doc.toString({ lineWidth: 0 });
    const files = [{ file: `${id}.xlsx`, bytes: writeXlsx(accountSheets(account)) }];
    const result = importSpreadsheet({ files, target: `accounts/${id}/account.yaml`, existing: stripped });
    expect(result.lines).toEqual([]);
    const back = accountSchema.parse(parse(result.text!));
    const original = accountSchema.parse(parse(readFileSync(file, 'utf8')));
    expect(back.people).toEqual(original.people);
    expect(back.relationships).toEqual(original.relationships);
    expect(back.team).toEqual(original.team);
    expect(back.units).toEqual(original.units);
  });

  it('round-trips a fixture through CSV files into a new case, English headers too', () => {
    const account = validateAccountText('m.yaml', readFileSync(fixture('merge-target.yaml'), 'utf8')).account!;
    for (const locale of ['zh-CN', 'en'] as const) {
      setMessageLocale(locale);
      const files = accountSheets(account).map((sheet, index) => ({
        file: `x.${SHEETS[index]!.kind}.csv`,
        bytes: writeCsv(sheet.rows),
      }));
      const result = importNew(files);
      expect(result.lines).toEqual([]);
      const back = validateAccountText('n.yaml', result.text!).account!;
      expect(back.people).toEqual(account.people);
      expect(back.relationships).toEqual(account.relationships);
      expect(back.team).toEqual(account.team);
    }
  });
});

describe('the import template', () => {
  it('is committed in step with the columns: headers, one example row and a 说明 sheet', () => {
    const book = readWorkbook('t.xlsx', bytesOf(join(root, IMPORT_TEMPLATE_FILES['zh-CN'])));
    const expected = templateSheets().map((sheet) => ({
      sheet: sheet.name,
      rows: sheet.rows.map((row) => row.map(String)),
    }));
    expect(book.tables).toEqual(expected);
    expect(book.tables.map((table) => table.sheet)).toEqual(['人员', '部门', '关系', '团队', '说明']);
    setMessageLocale('en');
    const english = readWorkbook('t.xlsx', bytesOf(join(root, IMPORT_TEMPLATE_FILES.en)));
    expect(english.tables.map((table) => table.sheet)).toEqual(['people', 'units', 'relationships', 'team', 'help']);
  });

  it('imports as it stands', () => {
    const result = importNew([{ file: 'template.xlsx', bytes: bytesOf(join(root, IMPORT_TEMPLATE_FILES['zh-CN'])) }]);
    expect(result.lines).toEqual([]);
    expect(validateAccountText('t.yaml', result.text!).problems).toEqual([]);
  });
});

// Each case starts Node two or three times: give a loaded machine time.
describe('npm run import and export on the command line', { timeout: 60_000 }, () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const node = (cwd: string, script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd, encoding: 'utf8' });

  it('writes nothing while a cell is bad, then writes a case file that validates; English with --lang en', () => {
    dir = mkdtempSync(join(tmpdir(), 'import-'));
    mkdirSync(join(dir, 'accounts'));
    writeFileSync(join(dir, 'bad.csv'), '姓名,职务,部门,层级,支持度\n周建华,院长,院办,决策层,很支持\n');
    const bad = node(dir, 'import.ts', 'bad.csv', '--id', 'river', '--lang', 'en');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      'bad.csv:2:E  column "支持度"  expected one of -2, -1, 0, 1, 2, unknown; found "很支持"',
    );
    expect(bad.stderr).toContain('nothing written: 1 problem');
    expect(existsSync(join(dir, 'accounts/river'))).toBe(false);

    writeFileSync(join(dir, 'people.csv'), bytesOf(fixture('people-gbk.csv')));
    const good = node(dir, 'import.ts', 'people.csv', '--id', 'river');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('已写入 accounts/river/account.yaml：新增 3 人');
    expect(node(dir, 'validate.ts', 'accounts/river/account.yaml').status).toBe(0);
    const again = node(dir, 'import.ts', 'people.csv', '--id', 'river');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已存在：要把表格合并进去请用 --into accounts/river/account.yaml');
    const merged = node(dir, 'import.ts', 'people.csv', '--into', 'accounts/river/account.yaml');
    expect(merged.stdout).toContain('没有变化');
  });

  it('exports an account as xlsx or as one CSV per sheet', () => {
    dir = mkdtempSync(join(tmpdir(), 'export-'));
    const xlsxOut = node(root, 'export.ts', 'city-hospital', '--format', 'xlsx', '--out', dir);
    expect(xlsxOut.status).toBe(0);
    expect(readWorkbook('x.xlsx', bytesOf(join(dir, 'city-hospital.xlsx'))).tables.map((table) => table.sheet)).toEqual(
      ['人员', '部门', '关系', '团队'],
    );
    const csvOut = node(root, 'export.ts', 'city-hospital', '--format', 'csv', '--out', dir);
    expect(csvOut.stdout).toContain('city-hospital.people.csv');
    const unknown = node(root, 'export.ts', 'city-hospitl', '--out', dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('是不是想写 "city-hospital"');
  });
});

describe('the README', () => {
  it('lists every column of every sheet by its Chinese header', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### From a spreadsheet'), readme.indexOf('### When validation'));
    for (const sheet of SHEETS) {
      for (const column of sheet.columns) expect(section, `${sheet.kind}: ${column.zh}`).toContain(column.zh);
    }
  });
});

describe('npm run new:account', { timeout: 60_000 }, () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/new-account.ts'), ...args], { cwd, encoding: 'utf8' });

  it('writes a commented case file with every section that npm run validate passes at once', () => {
    dir = mkdtempSync(join(tmpdir(), 'new-account-'));
    mkdirSync(join(dir, 'accounts'));
    const result = run(dir, 'river-hospital');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('已建立 accounts/river-hospital/account.yaml');
    const text = readFileSync(join(dir, 'accounts/river-hospital/account.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../account.schema.json');
    for (const section of [
      'opportunity:',
      'information:',
      'units:',
      'people:',
      'relationships:',
      'team:',
      'snapshots:',
      '# trainer:',
    ]) {
      expect(text).toContain(section);
    }
    const check = validateAccountText('accounts/river-hospital/account.yaml', text);
    expect(check.problems).toEqual([]);
    const validate = spawnSync(
      process.execPath,
      [join(root, 'scripts/validate.ts'), 'accounts/river-hospital/account.yaml'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(validate.status).toBe(0);
  });

  it('refuses an id already used and a bad id, naming the rule', () => {
    dir = mkdtempSync(join(tmpdir(), 'new-account-'));
    mkdirSync(join(dir, 'accounts/taken'), { recursive: true });
    writeFileSync(join(dir, 'accounts/taken/account.yaml'), 'id: taken\n');
    const taken = run(dir, 'taken');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('accounts/taken/account.yaml 已存在：客户编号必须唯一');
    const bad = run(dir, 'River_Hospital!');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('只能用小写英文字母、数字和连字符');
    const han = run(dir, '滨江医院');
    expect(han.stderr).toContain('编号不能含汉字');
    expect(existsSync(join(dir, 'accounts/滨江医院'))).toBe(false);
  });

  it('makes the scaffold the import starts from valid without its example entries once people arrive', () => {
    expect(scaffoldText({ id: 'a', today: TODAY, examples: false })).toContain('people: []');
  });
});
