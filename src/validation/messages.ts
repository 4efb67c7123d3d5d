/**
 * Every validation message, in zh-CN (the default) and en: case files, scenarios, agendas,
 * chapter frontmatter, the glossary and worksheet imports all word their problems here, and the
 * sanitizer, the PII scan and the public build's gate their console text.
 *
 * The language is chosen once per process (`UI_LOCALE`, or `--lang` on `npm run validate`
 * through `setMessageLocale`). Each message is a function of its parameters; the `en` catalogue
 * is typed to the `zh` one, so a message missing in one language fails the type check.
 * Pure: no Node or Astro import, so the browser's worksheet import can read it too.
 */

import type { GateReason } from '../sanitize/gate.ts';
import type { PiiKind } from '../sanitize/pii.ts';
import { formatMinutes } from '../workshops/agenda.ts';
import { spreadsheetEn, spreadsheetZh } from './spreadsheetMessages.ts';
export type MessageLocale = 'zh-CN' | 'en';
export const MESSAGE_LOCALES: readonly MessageLocale[] = ['zh-CN', 'en'];

/** How a found value reads in a message, as built by `describeValue`. */
type Found = { found: string };
type Ref = { id: string; hint: string };
/** What a PII scan went over: files, denylist entries, accepted false positives, and its hits. */
type ScanTotals = { files: number; denylist: number; allow: number; hits?: number };

/** `a、b 或 c` in Chinese, `one of a, b, c` in English. */
const zhChoice = (values: readonly string[]) =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join('、')} 或 ${values.at(-1)}`;

const zhMinutes = (minutes: number) => {
  const sign = minutes < 0 ? '−' : '';
  const total = Math.abs(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} 分钟`;
  return rest === 0 ? `${sign}${hours} 小时` : `${sign}${hours} 小时 ${rest} 分钟`;
};
const enMinutes = formatMinutes;

const zh = {
  // How problems and values are shown.
  wholeFile: () => '（整个文件）',
  thisLine: () => '（这一行）',
  warningPrefix: () => '提醒：',
  nothing: () => '空（未填写）',
  nullValue: () => '空值（null）',
  listOf: ({ count }: { count: number }) => `含 ${count} 项的列表`,
  mapping: () => '一组“字段: 值”',
  choice: ({ values }: { values: readonly string[] }) => zhChoice(values),
  all: ({ values }: { values: readonly string[] }) => values.join('、'),
  expectedFound: ({ expected, found }: { expected: string } & Found) => `应为${expected}；实际是 ${found}`,
  missingField: ({ expected }: { expected: string }) => `缺少必填字段：应为${expected}`,
  didYouMean: ({ suggestion }: { suggestion: string }) => `；是不是想写 "${suggestion}"？`,
  type: ({ type }: { type: string }) =>
    ({
      string: '文本',
      number: '数字',
      int: '整数',
      boolean: ' true 或 false',
      array: '列表',
      object: '一组“字段: 值”',
    })[type] ?? ` ${type}`,
  oneOf: ({ values }: { values: readonly string[] }) => ` ${zhChoice(values)}`,
  atLeastItems: ({ count }: { count: string }) => `至少 ${count} 项`,
  atMostItems: ({ count }: { count: string }) => `至多 ${count} 项`,
  notEmptyText: () => '不为空的文本',
  atMostChars: ({ count }: { count: string }) => `不超过 ${count} 个字的文本`,
  atLeast: ({ limit }: { limit: string }) => `不小于 ${limit} 的数`,
  moreThan: ({ limit }: { limit: string }) => `大于 ${limit} 的数`,
  atMost: ({ limit }: { limit: string }) => `不大于 ${limit} 的数`,
  lessThan: ({ limit }: { limit: string }) => `小于 ${limit} 的数`,
  multipleOf: ({ divisor }: { divisor: number }) => ` ${divisor} 的整数倍`,
  date: () => '日期，写成 YYYY-MM-DD（例如 2026-09-01）',
  idFormat: () => '编号：小写英文字母、数字和连字符，例如 "dir-wang"',
  chapterName: () => '章节文件名（不带 .mdx），例如 "04-buying-roles"',
  clockTime: () => '时刻 HH:MM，例如 "09:00"',
  otherFormat: ({ format }: { format: string }) => ` ${format} 格式`,
  // The path already ends in the discriminator field (`….type（类型）`): list its values only.
  discriminator: ({ values }: { field: string; values: readonly string[] }) => ` ${zhChoice(values)}`,
  shapes: ({ shapes }: { shapes: readonly string[] }) => `以下写法之一：${shapes.join('；')}`,
  emptyText: () => '空文本 ""',
  badKey: ({ key }: { key: string }) => `键 "${key}" 不符合要求`,
  unknownField: ({ key, hint, allowed }: { key: string; hint: string; allowed: readonly string[] }) =>
    `未知字段 "${key}"${hint}${allowed.length ? `（此处可用：${allowed.join('、')}）` : ''}`,

  // Hints for the mistakes trainers make most (each replaces a guess that could mislead).
  useCode: ({ word, code }: { word: string; code: string }) => `；“${word}”请写成代码 ${code}`,
  withoutQuotes: ({ value }: { value: string }) => `；去掉引号，直接写 ${value}`,
  fullWidthComma: ({ list }: { list: string }) => `；列表里用了中文逗号“，”或顿号“、”，请改用英文逗号“,”：${list}`,
  dateFix: ({ date }: { date: string }) => `；写成 ${date}`,
  idHasHan: () => '；编号不能含汉字，请用拼音或英文，例如 "qu-zhenyu"',
  writeAsList: ({ list }: { list: string }) => `；写成列表：${list}`,
  nameNotId: ({ name, id }: { name: string; id: string }) => `；“${name}”是名字，这里要写它的编号 "${id}"`,

  // YAML text.
  yamlSyntax: ({ text }: { text: string }) => `YAML 语法：${text}`,
  bom: () => '文件开头有字节顺序标记（BOM），已忽略；请把文件另存为“UTF-8（无 BOM）”',
  duplicateKey: () => '同一条目里这个字段出现了两次；只保留一个',
  tabIndent: () => '用了 Tab 键缩进；YAML 只能用空格缩进',
  badIndent: () => '缩进和上面的条目对不齐',
  missingChar: () => '缺少右引号或右括号；从最后一个左引号或左括号到这里都被当成了同一段文字',
  multilineKey: () => '字段名跨了两行；上面是否少了冒号或引号？',
  blockAsKey: () => '一个缩进的块被当成了字段名；请检查缩进',
  unexpected: () => '这里出现了意外的内容',
  unknownAlias: ({ name }: { name: string }) =>
    `别名 *${name} 找不到对应的锚点：应为前面某处用 &${name} 标记过的内容；请先写 &${name}，或把 *${name} 换成内容本身`,
  selfAlias: ({ name }: { name: string }) =>
    `别名 *${name} 写在它自己的锚点 &${name} 里面，展开后没有尽头；请把内容直接写出来`,
  aliasBomb: ({ name, limit }: { name: string; limit: string }) =>
    `别名 *${name} 让文件展开后超过 ${limit} 个值，读入会耗尽时间和内存（“别名炸弹”）；请把内容直接写出来，少用别名`,
  tooDeep: ({ limit }: { limit: string }) =>
    `列表或字段嵌套超过 ${limit} 层；应为层次不多的字段和列表，请检查括号是否成对`,
  collectionKey: () =>
    '字段名写成了列表或映射（方括号或花括号）；字段名应为一段文字，如 name: …；要写列表，请放在冒号后面',
  fullWidthColon: ({ key }: { key: string }) =>
    `字段名 "${key}" 后面用了中文冒号“：”；YAML 只认英文冒号加空格，请写成 "${key}: …"`,
  colonNoSpace: ({ key }: { key: string }) => `字段名 "${key}" 的冒号后面少了空格；请写成 "${key}: …"`,
  fullWidthSpace: () => '这里用了全角空格（U+3000）；YAML 的缩进和冒号后面只能用半角空格',
  colonInText: ({ key }: { key: string }) =>
    `"${key}" 的文字里有英文冒号加空格“: ”，YAML 把后半段当成了新字段；请给整段文字加引号，例如 ${key}: "……"`,
  hashInText: ({ key }: { key: string }) =>
    `"${key}" 的文字里有“ #”，YAML 把 # 之后的内容当作注释丢掉了；如果它是正文，请给整段文字加引号`,
  emptyFile: ({ expected }: { expected: string }) => `文件是空的；应为${expected}`,
  fileIsList: ({ count, expected }: { count: number; expected: string }) =>
    `文件是一个含 ${count} 项的列表；应为${expected}`,
  fileNotList: ({ expected }: { expected: string }) => `文件不是列表；应为${expected}`,
  fileIsScalar: ({ value, expected }: { value: string; expected: string }) =>
    `文件只有一个值（${value}）；应为${expected}`,
  expectAccount: () => '一个客户，写成一组字段（id: …、name: …、people: …）',
  expectChapter: () => '章节的 frontmatter，写成一组字段（title: …、order: …、summary: …）',
  expectGlossary: () => '一组术语（- id: …、zh: …、en: …、synonyms: […]、definition: …、chapter: …）',
  expectScenario: () => '一个演练场景，写成一组字段（id: …、title: …、roles: …）',
  expectWorkshop: () => '一份工作坊议程，写成一组字段（id: …、title: …、sessions: …）',
  noFrontmatter: () => '章节应以两行“---”之间的 frontmatter 开头（title、order、summary……）',

  // References and ids.
  noun: ({ noun }: { noun: string }) =>
    ({
      unit: '部门',
      person: '人员',
      member: '我方成员',
      account: '客户',
      chapter: '章节',
      term: '术语',
      scenario: '演练场景',
      workshop: '工作坊',
      role: '角色',
      body: '决策机构',
      competitor: '竞争对手',
      opportunity: '商机',
    })[noun] ?? noun,
  unknownRef: ({ noun, id, list, hint }: Ref & { noun: string; list: string }) =>
    `未知的${noun} "${id}"：应为 ${list} 中某一项的 id${hint}`,
  unknownAccount: ({ id, hint }: Ref) => `未知的客户 "${id}"：应为 accounts/ 下某个案例文件的 id${hint}`,
  unknownPersonOf: ({ id, account, hint }: Ref & { account: string }) =>
    `未知的人员 "${id}"：应为 ${account} 的人员之一${hint}`,
  unknownMemberOf: ({ id, account, hint }: Ref & { account: string }) =>
    `未知的我方成员 "${id}"：应为 ${account} 的团队成员之一${hint}`,
  unknownChapter: ({ id, hint }: Ref) => `未知的章节 "${id}"：应为 content/chapters/ 中的文件名（不带 .mdx）${hint}`,
  noChaptersYet: ({ id }: { id: string }) => `章节 "${id}" 不存在：content/chapters/ 里还没有章节`,
  unknownScenario: ({ id, hint }: Ref) => `未知的演练场景 "${id}"：应为 accounts/*/scenarios/ 中的场景 id${hint}`,
  unknownTerm: ({ id, hint, glossary }: Ref & { glossary: string }) =>
    `未知的术语 "${id}"：应为 ${glossary} 中某个词条的 id${hint}`,
  duplicateId: ({ noun, id, first }: { noun: string; id: string; first: string }) =>
    `${noun}编号 "${id}" 重复：${first} 已经用过；编号必须唯一`,
  idMatchesFile: ({ noun, id, expected }: { noun: string; id: string; expected: string }) =>
    `${noun}编号 "${id}" 应与文件名一致；应为 "${expected}"`,

  // Case files: hierarchy.
  personAt: ({ name, index }: { name: string; index: number }) => `${name}（people[${index}]）`,
  ownParent: ({ id }: { id: string }) => `部门 "${id}" 不能是自己的上级`,
  ownManager: ({ id }: { id: string }) => `"${id}" 不能向自己汇报`,
  unknownWithRoles: ({ roles }: { roles: string }) => `"unknown" 不能和其他角色同时写；实际是 ${roles}`,
  unitCycle: ({ cycle }: { cycle: string }) => `部门隶属关系绕成了一个圈：${cycle}；其中某个部门必须换一个上级`,
  reportingCycle: ({ cycle }: { cycle: string }) => `汇报关系绕成了一个圈：${cycle}；其中某人必须向圈外的人汇报`,
  severalTops: ({ count, people }: { count: number; people: string }) =>
    `有 ${count} 人不向任何人汇报：${people}；除一人外都写上 reportsTo，或把他们都列进 topPeople`,
  noTop: () => '没有最高负责人：每个人都有 reportsTo；应有且只有一人不写 reportsTo',
  topNotListed: ({ person, declared }: { person: string; declared: string }) =>
    `${person} 不向任何人汇报，但不在 topPeople（${declared}）中；请写上 reportsTo 或把此人列进去`,
  topHasManager: ({ id, manager }: { id: string; manager: string }) =>
    `"${id}" 列在 topPeople 中，却向 "${manager}" 汇报`,
  sameEnds: ({ id }: { id: string }) => `一条关系需要两个不同的人；两端都是 "${id}"`,
  // Case files: decision bodies and opportunities.
  chairNotMember: ({ id }: { id: string }) => `主持人 "${id}" 应是这个决策机构的成员之一；请把此人也写进 members`,
  memberTwice: ({ id }: { id: string }) => `"${id}" 在 members 中写了两次；每人只写一次`,
  opportunityNeither: () => '缺少商机：应写 opportunity（一个商机）或 opportunities（多个商机的列表），二者写其一',
  opportunityBoth: () =>
    '同时写了 opportunity 和 opportunities：二者只能写其一；有多个商机时把 opportunity 的内容移进 opportunities 列表',

  duplicateAnswerKey: ({ id, first }: { id: string; first: string }) =>
    `"${id}" 在答案里已有一条（${first}）；每人只写一条`,
  decisionRoleWithoutAuthority: ({ role }: { role: string }) =>
    `${role === 'EB' ? 'EB（决策者）能做决定' : 'TB（把关者）能否决'}，第 6 章把做决定和否决都算作决策力（A）；应为 "yes"，实际是 "no"（或者改他的采购角色）`,

  // Case files: dates and snapshots.
  noConfidentiality: ({ id }: { id: string }) =>
    `没有写 confidentiality：客户 "${id}" 按 internal（内部）处理，只出现在讲师版（npm run build:trainer），学员版里没有它；可以公开请写 confidentiality: public`,
  afterAsOf: ({ date, asOf }: { date: string; asOf: string }) =>
    `日期 ${date} 晚于案例的 asOf（${asOf}）；案例描述的是 asOf 那天的情况`,
  snapshotOrder: ({ date, previous }: { date: string; previous: string }) =>
    `snapshots 应按日期从早到晚排列；${date} 排在 ${previous} 之后`,
  alreadyJoined: ({ id, date }: { id: string; date: string }) => `"${id}" 已在 ${date} 加入`,
  alreadyLeft: ({ id, date }: { id: string; date: string }) => `"${id}" 已在 ${date} 离开`,
  notYetThere: ({ id, date, joins }: { id: string; date: string; joins: string }) =>
    `${date} 时 "${id}" 还没到：此人 ${joins} 才加入`,
  noLongerThere: ({ id, date, left }: { id: string; date: string; left: string }) =>
    `${date} 时 "${id}" 已经不在：此人 ${left} 离开`,
  chainBroken: ({ field, id, was, found }: { field: string; id: string; was: string; found: string }) =>
    `"${id}" 的 ${field} 在上一次变化后是 ${was}；这里的 from 却是 ${found}`,
  lastChangeDiffers: ({ field, last, current }: { field: string; last: string; current: string }) =>
    `snapshots 中最后一次 ${field} 变化的结果是 ${last}，此人现在写的却是 ${current}；人员字段描述的是最新状态`,
  relationEndsListed: ({ kind, ends, date }: { kind: string; ends: string; date: string }) =>
    `${kind} 关系 ${ends} 在 ${date} 结束，却仍列在 relationships 中；请从那里删掉（relationships 是最新状态）`,
  relationAppearsMissing: ({ kind, ends, date }: { kind: string; ends: string; date: string }) =>
    `${kind} 关系 ${ends} 在 ${date} 出现，却没有列在 relationships 中；请补上（relationships 是最新状态）`,
  managerLeft: ({ manager, date }: { manager: string; date: string }) =>
    `汇报对象 "${manager}" 已于 ${date} 离开；请写上新的 reportsTo，并在 snapshots 中记一条 reports-to 变化`,
  linkToLeft: ({ id, date }: { id: string; date: string }) =>
    `"${id}" 已于 ${date} 离开，不能再出现在这里；请删掉或改成现在的人`,

  // Agendas: teaching order and cuts (agendaPrerequisites.ts).
  termName: ({ id, zh }: { id: string; zh?: string; en?: string }) => (zh ? `“${zh}”（${id}）` : `“${id}”`),
  termList: ({ terms }: { terms: readonly string[] }) => terms.join('、'),
  worksheetNeeds: ({ kind }: { kind: string }) => `工作表 ${kind} `,
  scenarioNeeds: ({ id, at }: { id: string; at: string }) => `角色扮演 ${id}（requiredTerms 见 ${at}）`,
  taughtLater: ({ terms, path, at }: { terms: string; path: string; at: string }) => `${terms}到 ${path}（${at}）才讲`,
  notOnAgenda: ({ terms, chapter, at }: { terms: string; chapter: string; at: string }) =>
    `${terms}由章节 ${chapter} 讲授（${at} terms），本议程没有这一章`,
  termsNotTaught: ({ what, late }: { what: string; late: readonly string[] }) =>
    `${what}要用到还没讲过的术语：${late.join('；')}。把讲授它的章节排到这一项之前，或列入 prework.read 请学员预读`,
  cutNeeded: ({ minutes, chapter, duration, at }: { minutes: number; chapter: string; duration: number; at: string }) =>
    `本项 ${minutes} 分钟，短于章节 ${chapter} 自己计划的 ${duration} 分钟（${at} duration）：加一条 cut，写明这次删去了哪些内容`,
  unknownComplianceSection: ({ id, sections, hint }: Ref & { sections: readonly string[] }) =>
    `合规红线页没有 "${id}" 这一节：应为 ${zhChoice(sections)}${hint}`,

  // Scenarios and agendas.
  scenarioFolder: ({ folder, account }: { folder: string; account: string }) =>
    `场景放在 accounts/${folder}/ 下，写的客户却是 "${account}"；应为 "${folder}"`,
  duplicateRole: ({ id, first }: { id: string; first: string }) => `角色编号 "${id}" 重复：${first} 已经用过`,
  customerRoleWithoutPerson: () => '客户方角色没有写 person：请关联到客户中的某个人，演员才能读到他的资料',
  rubricLevels: ({ levels, found }: { levels: number; found: number }) =>
    `每个评分等级要有一段描述（共 ${levels} 级）；实际有 ${found} 段`,
  scenarioNeedsMore: ({ id, needs, given }: { id: string; needs: number; given: number }) =>
    `场景 "${id}" 的各阶段共需 ${zhMinutes(needs)}；这一节只给了 ${zhMinutes(given)}`,
  lengthMismatch: ({ sum, length, declared }: { sum: number; length: string; declared: number }) =>
    `各节加起来是 ${zhMinutes(sum)}（${sum} 分钟），声明的时长 ${length} 是 ${zhMinutes(declared)}（${declared} 分钟）：${sum > declared ? `减去 ${zhMinutes(sum - declared)}` : `增加 ${zhMinutes(declared - sum)}`}`,

  // Self-checks and workshop tests.
  expectSelfCheck: () => '一份章节自测，写成一组字段（questions: - id: …、kind: …、prompt: …）',
  expectWorkshopTest: () => '一份工作坊测验，写成一组字段（questions: - id: …、kind: …、prompt: …、trainer: …）',
  questionOwnerMissing: ({ noun, id, where, hint }: { noun: string; id: string; where: string; hint: string }) =>
    `文件名对应的${noun} "${id}" 不存在：文件名应为 ${where} 中的某个文件名${hint}`,
  duplicateQuestion: ({ id, first }: { id: string; first: string }) => `题目编号 "${id}" 重复：${first} 已经用过`,
  duplicateOption: ({ id }: { id: string }) => `选项编号 "${id}" 重复：同一道题的每个选项要有自己的编号`,
  unknownOption: ({ id, options, hint }: Ref & { options: readonly string[] }) =>
    `未知的选项 "${id}"：应为 ${zhChoice(options)}${hint}`,
  correctTwice: () => '同一个选项在正确答案里写了两次',
  singleNeedsOne: ({ found, isCase }: { found: number; isCase: boolean }) =>
    `单选题只能有一个正确选项；实际有 ${found} 个${isCase ? '（案例题有多个正确选项请写 choose: many）' : '（有多个正确选项请用 kind: multiple）'}`,
  everyOptionCorrect: () => '所有选项都是正确答案：这道题分不出谁会谁不会',
  placeholderNotCase: ({ placeholder }: { placeholder: string }) =>
    `{${placeholder}} 要从案例文件里取名字，只有案例题（kind: case）能用`,
  unknownPlaceholder: ({ placeholder, hint }: { placeholder: string; hint: string }) =>
    `未知的占位符 {${placeholder}}：只能用 {account} 或 {person}${hint}`,
  personPlaceholderNeedsPerson: () => '用了 {person}，这道题就要写明是哪个人（person: <人员 id>）',

  // Chapters and glossary.
  orderUsed: ({ order, other }: { order: number; other: string }) =>
    `order ${order} 已被 ${other} 使用；应为不重复的数字`,
  termUsed: ({ id, first }: { id: string; first: number }) => `术语编号 "${id}" 已被第 [${first}] 条使用`,

  // Worksheet files imported in the browser.
  newerVersion: ({ version, supported }: { version: number; supported: number }) =>
    `文件是第 ${version} 版；本站最多读到第 ${supported} 版`,
  fileTooLarge: ({ bytes, limit }: { bytes: number; limit: number }) => `文件有 ${bytes} 字节；最多 ${limit} 字节`,
  moreProblems: ({ count }: { count: number }) => `……另有 ${count} 个问题`,

  // Totals.
  problemsIn: ({ count, where }: { count: number; where: string }) => `${where}中有 ${count} 个问题：`,
  whereCaseFiles: () => '案例文件、场景或议程（运行 npm run validate 查看）',
  whereContent: () => '章节或术语表',
  whereSources: () => '案例文件、场景、议程、题目、章节或术语表',
  buildStopped: () => '构建已停止：请先改好上面的问题（npm run validate 可以单独检查）',
  devKeepsRunning: () => '开发服务器照常运行：改好并保存文件，页面会自动刷新，不必重启',
  devFixed: () => '问题都已改好，页面已刷新',
  summary: ({ files, ms, errors, warnings }: { files: number; ms: string; errors: number; warnings: number }) =>
    `检查了 ${files} 个文件，用时 ${ms} 毫秒：${errors} 个错误，${warnings} 个提醒`,
  cannotRead: ({ reason }: { reason: string }) => `无法读取：${reason}`,

  // Spreadsheet import, export and the new-account scaffold.
  ...spreadsheetZh,

  // The sanitizer, the PII scan and the public edition's gate (npm run sanitize / scan, build:public).
  piiKind: ({ pii }: { pii: PiiKind }) =>
    ({
      mobile: '手机号',
      landline: '固定电话',
      email: '电子邮箱',
      'id-card': '身份证号',
      'bank-card': '银行卡号',
      url: '网址',
      wechat: '微信号',
      plate: '车牌号',
      denylist: '名单中的真实名称',
    })[pii],
  allowListNotList: () => '应为列表，每项写 text（原文）和 reason（为何不是个人信息）',
  allowListNoText: () => '应为被误报的原文，实际为空',
  allowListNoReason: ({ text }: { text: string }) => `放行“${text}”须写明理由，实际为空`,
  gateReason: ({ gateReason }: { gateReason: GateReason }) =>
    ({
      internal: '保密级别为 internal，只在培训师版出现',
      'not-sanitized': '未标记 sanitized: true',
      'no-record': '不是由脱敏工具（npm run sanitize）生成的，没有脱敏记录',
      'scan-hits': '扫描发现疑似个人信息',
    })[gateReason],
  gateAllowListBroken: ({ problems }: { problems: string }) => `放行清单有误：\n${problems}`,
  gateSourceHits: ({ count, located }: { count: number; located: string }) =>
    `公开版构建已停止：标为公开且已脱敏的案例中发现 ${count} 处疑似个人信息（npm run scan 可复查；误报请写入 scan-allow.yaml 并注明理由）：\n${located}`,
  gateOutputHits: ({ count, located }: { count: number; located: string }) =>
    `公开版构建已停止：输出文件中发现 ${count} 处疑似个人信息，请勿发布这一版：\n${located}`,
  gateNotPublished: ({ id, reasons }: { id: string; reasons: readonly string[] }) =>
    `${id}：不发布（${reasons.join('；')}）`,
  gateEdited: ({ id, edited }: { id: string; edited: readonly string[] }) =>
    `${id}：脱敏后有手工修改（${edited.join('、')}），重新扫描已通过，予以发布`,
  gatePublished: ({ id }: { id: string }) => `${id}：由脱敏工具生成，扫描通过，予以发布`,
  sanitizeUsage: () =>
    '用法：npm run sanitize -- <account.yaml> [--id <新 id>] [--seed <整数>] [--org <映射文件.yaml>]',
  sanitizeNoSource: ({ file }: { file: string }) => `${file}：找不到这个案例文件`,
  whereSanitizeSources: () => '要脱敏的文件',
  expectOrgMapping: () => '一份名称映射，写成一组字段（name: …、replace: …、places: […]、brands: […]）',
  sanitizeBadSeed: ({ value }: { value: string }) => `--seed 应为整数；实际为“${value}”`,
  sanitizeBadId: ({ value }: { value: string }) =>
    `--id 应为小写字母、数字和连字符，例如 case-hospital-a；实际为“${value}”`,
  sanitizeOutExists: ({ dir }: { dir: string }) =>
    `${dir}/ 已存在，且不是脱敏工具上次原样写出的：请换一个 --id，或先备份、删除这个副本`,
  sanitizeWrote: ({ count, dir }: { count: number; dir: string }) => `已写出 ${count} 个文件到 ${dir}/（原文件未改动）`,
  sanitizeMapped: ({ renamed, days, mapping }: { renamed: number; days: number; mapping: string }) =>
    `人员 ${renamed} 人已替换为化名，日期整体平移 ${days} 天，映射表见 ${mapping}（不进仓库）`,
  sanitizeHits: ({ count }: { count: number }) => `扫描发现 ${count} 处疑似个人信息，请人工审阅后再发布：`,
  sanitizeClean: () => '扫描通过。下一步：通读副本，确认无误后提交，公开版构建（npm run build:public）会再检查一次。',
  scanFound: ({ files, denylist, allow, hits }: ScanTotals) =>
    `扫描了 ${files} 个文件（本地名单 ${denylist} 项，放行 ${allow} 项）：发现 ${hits} 处疑似个人信息。`,
  scanClean: ({ files, denylist, allow }: ScanTotals) =>
    `扫描了 ${files} 个文件（本地名单 ${denylist} 项，放行 ${allow} 项）：未发现个人信息。`,
};

export type MessageCatalogue = typeof zh;

const en: MessageCatalogue = {
  wholeFile: () => '(file)',
  thisLine: () => '(this line)',
  warningPrefix: () => 'warning: ',
  nothing: () => 'nothing',
  nullValue: () => 'an empty value (null)',
  listOf: ({ count }) => `a list of ${count} item${count === 1 ? '' : 's'}`,
  mapping: () => 'a mapping (field: value pairs)',
  choice: ({ values }) => values.join(', '),
  all: ({ values }) => values.join(', '),
  expectedFound: ({ expected, found }) => `expected ${expected}; found ${found}`,
  missingField: ({ expected }) => `required field is missing: expected ${expected}`,
  didYouMean: ({ suggestion }) => `; did you mean "${suggestion}"?`,
  type: ({ type }) =>
    ({
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a mapping (field: value pairs)',
    })[type] ?? type,
  oneOf: ({ values }) => `one of ${values.join(', ')}`,
  atLeastItems: ({ count }) => `at least ${count} item(s)`,
  atMostItems: ({ count }) => `at most ${count} item(s)`,
  notEmptyText: () => 'text that is not empty',
  atMostChars: ({ count }) => `text of at most ${count} characters`,
  atLeast: ({ limit }) => `at least ${limit}`,
  moreThan: ({ limit }) => `more than ${limit}`,
  atMost: ({ limit }) => `at most ${limit}`,
  lessThan: ({ limit }) => `less than ${limit}`,
  multipleOf: ({ divisor }) => `a multiple of ${divisor}`,
  date: () => 'a date written as YYYY-MM-DD',
  idFormat: () => 'lower-case letters, digits and dashes, e.g. "dir-wang"',
  chapterName: () => 'a chapter file name without .mdx, e.g. "04-buying-roles"',
  clockTime: () => 'a time of day as HH:MM, e.g. "09:00"',
  otherFormat: ({ format }) => format,
  discriminator: ({ field, values }) => `${field} to be one of ${values.join(', ')}`,
  shapes: ({ shapes }) => `one of these shapes: ${shapes.join('; ')}`,
  emptyText: () => 'empty text ""',
  badKey: ({ key }) => `the key "${key}" is not allowed`,
  unknownField: ({ key, hint, allowed }) =>
    `unknown field "${key}"${hint}${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`,

  useCode: ({ word, code }) => `; for "${word}" write the code ${code}`,
  withoutQuotes: ({ value }) => `; write it without quotes: ${value}`,
  fullWidthComma: ({ list }) => `; the list uses a full-width comma "，" or "、": separate items with ",": ${list}`,
  dateFix: ({ date }) => `; write ${date}`,
  idHasHan: () => '; ids cannot contain Chinese characters: use pinyin or English, e.g. "qu-zhenyu"',
  writeAsList: ({ list }) => `; write a list: ${list}`,
  nameNotId: ({ name, id }) => `; "${name}" is a name: write its id "${id}" here`,

  yamlSyntax: ({ text }) => `YAML syntax: ${text}`,
  bom: () => 'the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM',
  duplicateKey: () => 'this field appears twice in the same entry; keep one',
  tabIndent: () => 'a tab is used for indentation; YAML indents with spaces only',
  badIndent: () => 'the indentation does not line up with the entry above',
  missingChar: () =>
    'a closing quote or bracket is missing; the text runs from the last opening quote or bracket to here',
  multilineKey: () => 'a field name runs over two lines; is a colon or quote missing above?',
  blockAsKey: () => 'a nested block is used as a field name; check the indentation',
  unexpected: () => 'unexpected text here',
  unknownAlias: ({ name }) =>
    `the alias *${name} has no anchor: expected content marked &${name} earlier in the file; write &${name} first, or replace *${name} with the content itself`,
  selfAlias: ({ name }) =>
    `the alias *${name} stands inside its own anchor &${name}, so it never ends; write the content out instead`,
  aliasBomb: ({ name, limit }) =>
    `the alias *${name} makes the file expand to more than ${limit} values, which would exhaust time and memory (an "alias bomb"); write the content out and use fewer aliases`,
  tooDeep: ({ limit }) =>
    `lists or fields are nested more than ${limit} levels deep; expected a few levels of fields and lists: check that brackets are paired`,
  collectionKey: () =>
    'a field name is written as a list or map (square or curly brackets); a field name is text, as in name: …; to write a list, put it after the colon',
  fullWidthColon: ({ key }) =>
    `the field name "${key}" is followed by a full-width colon "："; YAML needs an ASCII colon and a space: "${key}: …"`,
  colonNoSpace: ({ key }) => `the colon after "${key}" needs a space after it: "${key}: …"`,
  fullWidthSpace: () =>
    'a full-width space (U+3000) is used here; YAML indents, and separates a field from its value, with ASCII spaces only',
  colonInText: ({ key }) =>
    `the text of "${key}" contains ": ", which YAML reads as a new field; put the text in quotes: ${key}: "…"`,
  hashInText: ({ key }) =>
    `the text of "${key}" contains " #": YAML drops everything after it as a comment; if it is part of the text, put the text in quotes`,
  emptyFile: ({ expected }) => `the file is empty; expected ${expected}`,
  fileIsList: ({ count, expected }) => `the file is a list of ${count} items; expected ${expected}`,
  fileNotList: ({ expected }) => `the file is not a list; expected ${expected}`,
  fileIsScalar: ({ value, expected }) => `the file holds a single value (${value}); expected ${expected}`,
  expectAccount: () => 'one account as a mapping of fields (id: …, name: …, people: …)',
  expectChapter: () => 'chapter frontmatter as a mapping of fields (title: …, order: …, summary: …)',
  expectGlossary: () => 'a list of terms (- id: …, zh: …, en: …, synonyms: […], definition: …, chapter: …)',
  expectScenario: () => 'one scenario as a mapping of fields (id: …, title: …, roles: …)',
  expectWorkshop: () => 'one workshop agenda as a mapping of fields (id: …, title: …, sessions: …)',
  noFrontmatter: () =>
    'expected the chapter to start with frontmatter between two lines of "---" (title, order, summary, …)',

  noun: ({ noun }) => ({ member: 'member of our team', body: 'decision body' })[noun] ?? noun,
  unknownRef: ({ noun, id, list, hint }) => `unknown ${noun} "${id}": expected the id of an entry in ${list}${hint}`,
  unknownAccount: ({ id, hint }) => `unknown account "${id}": expected the id of a case file in accounts/${hint}`,
  unknownPersonOf: ({ id, account, hint }) => `unknown person "${id}": expected one of the people of ${account}${hint}`,
  unknownMemberOf: ({ id, account, hint }) =>
    `unknown team member "${id}": expected one of the team of ${account}${hint}`,
  unknownChapter: ({ id, hint }) =>
    `unknown chapter "${id}": expected a file name in content/chapters without .mdx${hint}`,
  noChaptersYet: ({ id }) => `chapter "${id}" does not exist: no chapters are in content/chapters/ yet`,
  unknownScenario: ({ id, hint }) =>
    `unknown scenario "${id}": expected one of the scenario ids in accounts/*/scenarios/${hint}`,
  unknownTerm: ({ id, hint, glossary }) => `unknown term "${id}": expected the id of an entry in ${glossary}${hint}`,
  duplicateId: ({ noun, id, first }) => `duplicate ${noun} id "${id}": already used by ${first}; ids must be unique`,
  idMatchesFile: ({ noun, id, expected }) => `${noun} id "${id}" must match its file name; expected "${expected}"`,

  personAt: ({ name, index }) => `${name} (people[${index}])`,
  ownParent: ({ id }) => `unit "${id}" cannot be its own parent`,
  ownManager: ({ id }) => `"${id}" cannot report to themselves`,
  unknownWithRoles: ({ roles }) => `"unknown" cannot be combined with other roles; found ${roles}`,
  unitCycle: ({ cycle }) => `unit hierarchy goes round in a cycle: ${cycle}; someone in it must have another parent`,
  reportingCycle: ({ cycle }) =>
    `reporting line goes round in a cycle: ${cycle}; someone in it must report to someone outside it`,
  severalTops: ({ count, people }) =>
    `${count} people report to no one: ${people}; give all but one a reportsTo, or list them all in topPeople`,
  noTop: () => 'nobody is at the top: every person has a reportsTo; expected exactly one person without one',
  topNotListed: ({ person, declared }) =>
    `${person} reports to no one but is not listed in topPeople (${declared}); add a reportsTo or list them`,
  topHasManager: ({ id, manager }) => `"${id}" is listed in topPeople but reports to "${manager}"`,
  sameEnds: ({ id }) => `a relation needs two different people; found "${id}" at both ends`,
  chairNotMember: ({ id }) => `the chair "${id}" must be one of the body's members; add them to members`,
  memberTwice: ({ id }) => `"${id}" is listed twice in members; list each person once`,
  opportunityNeither: () =>
    'no opportunity: expected opportunity (one opportunity) or opportunities (a list of several), exactly one of the two',
  opportunityBoth: () =>
    'both opportunity and opportunities are written: expected exactly one of the two; with several opportunities, move opportunity into the opportunities list',

  duplicateAnswerKey: ({ id, first }) =>
    `"${id}" already has an answer-key entry at ${first}; keep one entry per person`,
  decisionRoleWithoutAuthority: ({ role }) =>
    `${role === 'EB' ? 'an EB (decision maker) decides' : 'a TB (gatekeeper) can veto'}, and chapter 6 counts deciding or vetoing as authority (A); expected "yes", found "no" (or change the role)`,

  noConfidentiality: ({ id }) =>
    `no confidentiality: "${id}" is internal, so it appears only in the trainer edition (npm run build:trainer), not in the trainee edition; write confidentiality: public if it may be shown`,
  afterAsOf: ({ date, asOf }) =>
    `the date ${date} is after the case's asOf (${asOf}); the case describes the day of asOf`,
  snapshotOrder: ({ date, previous }) =>
    `snapshots must be in date order, oldest first; ${date} comes after ${previous}`,
  alreadyJoined: ({ id, date }) => `"${id}" already joined on ${date}`,
  alreadyLeft: ({ id, date }) => `"${id}" already left on ${date}`,
  notYetThere: ({ id, date, joins }) => `"${id}" is not there yet on ${date}: they join on ${joins}`,
  noLongerThere: ({ id, date, left }) => `"${id}" is no longer there on ${date}: they left on ${left}`,
  chainBroken: ({ field, id, was, found }) =>
    `${field} of "${id}" was ${was} after the previous change; found from: ${found}`,
  lastChangeDiffers: ({ field, last, current }) =>
    `the last ${field} change in snapshots ends at ${last}, but this person shows ${current}; the person's fields describe the latest state`,
  relationEndsListed: ({ kind, ends, date }) =>
    `the ${kind} relation ${ends} ends on ${date} but is still listed in relationships; remove it there (relationships is the latest state)`,
  relationAppearsMissing: ({ kind, ends, date }) =>
    `the ${kind} relation ${ends} appears on ${date} but is not listed in relationships; add it there (relationships is the latest state)`,
  managerLeft: ({ manager, date }) =>
    `the manager "${manager}" left on ${date}; give this person a new reportsTo and record a reports-to change in snapshots`,
  linkToLeft: ({ id, date }) =>
    `"${id}" left on ${date} and cannot appear here any more; remove it or name who is there now`,

  termName: ({ id, en }) => (en ? `"${en}" (${id})` : `"${id}"`),
  termList: ({ terms }) => terms.join(', '),
  worksheetNeeds: ({ kind }) => `the ${kind} worksheet`,
  scenarioNeeds: ({ id, at }) => `role play ${id} (requiredTerms at ${at})`,
  taughtLater: ({ terms, path, at }) => `${terms} only at ${path} (${at})`,
  notOnAgenda: ({ terms, chapter, at }) =>
    `${terms} taught by chapter ${chapter} (${at} terms), which this agenda does not include`,
  termsNotTaught: ({ what, late }) =>
    `${what} needs terms not taught yet: ${late.join('; ')}. Move the chapter that teaches them before this session, or list it in prework.read`,
  cutNeeded: ({ minutes, chapter, duration, at }) =>
    `this session has ${minutes} min, less than the ${duration} min chapter ${chapter} plans (${at} duration): add a cut note saying what is left out`,
  unknownComplianceSection: ({ id, sections, hint }) =>
    `the compliance page has no section "${id}": expected one of ${sections.join(', ')}${hint}`,

  scenarioFolder: ({ folder, account }) =>
    `the scenario lives in accounts/${folder}/ but names account "${account}"; expected "${folder}"`,
  duplicateRole: ({ id, first }) => `duplicate role id "${id}": already used by ${first}`,
  customerRoleWithoutPerson: () =>
    'a customer role without "person": link it to a person of the account so players can read their profile',
  rubricLevels: ({ levels, found }) => `expected one description per rubric level (${levels}); found ${found}`,
  scenarioNeedsMore: ({ id, needs, given }) =>
    `the stages of scenario "${id}" take ${enMinutes(needs)}; this session gives it ${enMinutes(given)}`,
  lengthMismatch: ({ sum, length, declared }) =>
    `the sessions add up to ${enMinutes(sum)} (${sum} min) but the declared length ${length} is ${enMinutes(declared)} (${declared} min): ${sum > declared ? `remove ${enMinutes(sum - declared)}` : `add ${enMinutes(declared - sum)}`}`,

  expectSelfCheck: () => 'a self-check as a mapping with a list of questions (questions: - id: …, kind: …, prompt: …)',
  expectWorkshopTest: () =>
    'a workshop test as a mapping with a list of questions (questions: - id: …, kind: …, prompt: …, trainer: …)',
  questionOwnerMissing: ({ noun, id, where, hint }) =>
    `the file name says ${noun} "${id}", which does not exist: expected one of the file names in ${where}${hint}`,
  duplicateQuestion: ({ id, first }) => `duplicate question id "${id}": already used by ${first}`,
  duplicateOption: ({ id }) => `duplicate option id "${id}": expected each option of a question to have its own id`,
  unknownOption: ({ id, options, hint }) => `unknown option "${id}": expected one of ${options.join(', ')}${hint}`,
  correctTwice: () => 'an option is listed twice as correct',
  singleNeedsOne: ({ found, isCase }) =>
    `a single-choice question has exactly one correct option; found ${found}${isCase ? ' (write choose: many for a case question with several)' : ' (use kind: multiple for several)'}`,
  everyOptionCorrect: () => 'every option is correct: the question cannot tell who knows the answer',
  placeholderNotCase: ({ placeholder }) =>
    `{${placeholder}} is filled from a case file, so only a case question (kind: case) can use it`,
  unknownPlaceholder: ({ placeholder, hint }) =>
    `unknown placeholder {${placeholder}}: expected {account} or {person}${hint}`,
  personPlaceholderNeedsPerson: () => '{person} needs the question to name a person (person: <id>)',

  orderUsed: ({ order, other }) => `order ${order} is already used by ${other}; expected a unique number`,
  termUsed: ({ id, first }) => `term id "${id}" is already used by entry [${first}]`,

  newerVersion: ({ version, supported }) => `version ${version}; this site reads up to ${supported}`,
  fileTooLarge: ({ bytes, limit }) => `${bytes} bytes; at most ${limit}`,
  moreProblems: ({ count }) => `… ${count} more`,

  problemsIn: ({ count, where }) => `${count} problem${count === 1 ? '' : 's'} in the ${where}:`,
  whereCaseFiles: () => 'case files (run npm run validate)',
  whereContent: () => 'chapters or glossary',
  whereSources: () => 'case files, scenarios, agendas, question files, chapters or glossary',
  buildStopped: () => 'the build stopped: fix the problems above first (npm run validate checks them on their own)',
  devKeepsRunning: () =>
    'the dev server keeps running: fix and save the file and the page reloads by itself, no restart needed',
  devFixed: () => 'every problem is fixed; the page was reloaded',
  summary: ({ files, ms, errors, warnings }) =>
    `${files} file${files === 1 ? '' : 's'} checked in ${ms} ms: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  cannotRead: ({ reason }) => reason,
  ...spreadsheetEn,

  piiKind: ({ pii }) =>
    ({
      mobile: 'mobile number',
      landline: 'landline number',
      email: 'e-mail address',
      'id-card': 'ID card number',
      'bank-card': 'bank card number',
      url: 'URL',
      wechat: 'WeChat id',
      plate: 'vehicle plate',
      denylist: 'real name on the denylist',
    })[pii],
  allowListNotList: () =>
    'expected a list, each entry with text (the exact text) and reason (why it is not personal data)',
  allowListNoText: () => 'expected the exact text reported by mistake; found nothing',
  allowListNoReason: ({ text }) => `allowing "${text}" needs a reason; found nothing`,
  gateReason: ({ gateReason }) =>
    ({
      internal: 'confidentiality is internal: trainer edition only',
      'not-sanitized': 'not marked sanitized: true',
      'no-record': 'not written by the sanitizer (npm run sanitize): no sanitizer record',
      'scan-hits': 'the scan found personal data',
    })[gateReason],
  gateAllowListBroken: ({ problems }) => `the allow list has mistakes:\n${problems}`,
  gateSourceHits: ({ count, located }) =>
    `public build stopped: ${count} possible personal data item${count === 1 ? '' : 's'} in cases marked public and sanitized (npm run scan shows them again; accept a false positive in scan-allow.yaml with a reason):\n${located}`,
  gateOutputHits: ({ count, located }) =>
    `public build stopped: ${count} possible personal data item${count === 1 ? '' : 's'} in the built files; do not publish this build:\n${located}`,
  gateNotPublished: ({ id, reasons }) => `${id}: not published (${reasons.join('; ')})`,
  gateEdited: ({ id, edited }) =>
    `${id}: edited by hand after sanitizing (${edited.join(', ')}); scanned again and clean, published`,
  gatePublished: ({ id }) => `${id}: written by the sanitizer, scan clean, published`,
  sanitizeUsage: () =>
    'usage: npm run sanitize -- <account.yaml> [--id <new-id>] [--seed <integer>] [--org <mapping.yaml>]',
  sanitizeNoSource: ({ file }) => `${file}: no such case file`,
  whereSanitizeSources: () => 'files to sanitize',
  expectOrgMapping: () => 'a name mapping as a mapping of fields (name: …, replace: …, places: […], brands: […])',
  sanitizeBadSeed: ({ value }) => `--seed expects an integer; found "${value}"`,
  sanitizeBadId: ({ value }) =>
    `--id expects lower-case letters, digits and dashes, e.g. case-hospital-a; found "${value}"`,
  sanitizeOutExists: ({ dir }) =>
    `${dir}/ exists and is not the sanitizer's own untouched output: choose another --id, or back up and delete that copy first`,
  sanitizeWrote: ({ count, dir }) =>
    `wrote ${count} file${count === 1 ? '' : 's'} to ${dir}/ (the original is unchanged)`,
  sanitizeMapped: ({ renamed, days, mapping }) =>
    `${renamed} people renamed, every date moved by ${days} days; the mapping is in ${mapping} (not committed)`,
  sanitizeHits: ({ count }) =>
    `the scan found ${count} possible personal data item${count === 1 ? '' : 's'}; review them before publishing:`,
  sanitizeClean: () =>
    'scan clean. Next: read the copy, commit it when it is right; the public build (npm run build:public) checks it again.',
  scanFound: ({ files, denylist, allow, hits }) =>
    `scanned ${files} file${files === 1 ? '' : 's'} (denylist ${denylist}, allowed ${allow}): ${hits} possible personal data item${hits === 1 ? '' : 's'} found.`,
  scanClean: ({ files, denylist, allow }) =>
    `scanned ${files} file${files === 1 ? '' : 's'} (denylist ${denylist}, allowed ${allow}): no personal data found.`,
};

/**
 * Chinese names of the fields trainers write, shown beside the YAML path in zh-CN messages:
 * `people[3]（qu-zhenyu 屈振宇）.support（支持度）`. English needs none: the path is English.
 */
const FIELD_LABELS_ZH: Record<string, string> = {
  id: '编号',
  name: '名称',
  industry: '行业',
  sector: '性质',
  region: '地区',
  confidentiality: '保密级别',
  sanitized: '已脱敏',
  asOf: '情况截至',
  summary: '概况',
  situation: '当前形势',
  topPeople: '最高负责人',
  opportunity: '商机',
  offering: '我方提供',
  budget: '预算',
  timeline: '时间表',
  stage: '阶段',
  competitors: '竞争对手',
  factors: '采购三因素',
  decisionProcess: '决策流程',
  information: '已收集信息',
  units: '部门',
  unit: '部门',
  layer: '层级',
  parent: '上级部门',
  people: '人员',
  title: '职务',
  placeholder: '待确认',
  reportsTo: '汇报对象',
  dottedLines: '虚线汇报',
  roles: '采购角色',
  power: '权力',
  interest: '兴趣',
  man: 'MAN',
  money: '资金',
  authority: '权力',
  need: '需求',
  support: '支持度',
  closeness: '亲密度',
  motives: '动机',
  demands: '诉求',
  disc: 'DISC',
  owner: '我方负责人',
  lastContact: '最近接触',
  notes: '备注',
  sensitive: '仅讲师版可见',
  relationships: '关系',
  kind: '类型',
  direction: '方向',
  strength: '强度',
  team: '我方团队',
  snapshots: '变化记录',
  date: '日期',
  changes: '变化',
  type: '类型',
  person: '人员',
  about: '关于',
  informant: '信息来源人',
  method: '来源方法',
  order: '顺序',
  duration: '时长',
  objectives: '学习目标',
  keyPoints: '要点',
  terms: '术语',
  worksheet: '练习表',
  account: '客户',
  chapter: '章节',
  zh: '中文',
  en: '英文',
  synonyms: '同义词',
  definition: '定义',
  length: '时长',
  start: '开始时间',
  goals: '目标',
  sessions: '议程',
  minutes: '分钟数',
  audience: '对象',
  objective: '目标',
  setting: '场景设定',
  stages: '阶段',
  rubric: '评分表',
  side: '一方',
  member: '我方成员',
  bodies: '决策机构',
  members: '成员',
  chair: '主持人',
  opportunities: '商机列表',
  competitorTie: '竞争对手关系',
  competitor: '竞争对手',
};

const CATALOGUES: Record<MessageLocale, MessageCatalogue> = { 'zh-CN': zh, en };

function initialLocale(): MessageLocale {
  return messageLocaleOf(typeof process === 'undefined' ? undefined : process.env?.UI_LOCALE);
}

/** Picks the language of every message made from now on (the CLI's `--lang`, tests). */
export function setMessageLocale(locale: MessageLocale): void {
  current = locale;
}

export const messageLocale = (): MessageLocale => current;

/** The message language for a page's `lang` (the browser's worksheet import follows the page). */
export const messageLocaleOf = (lang: string | undefined): MessageLocale => (lang === 'en' ? 'en' : 'zh-CN');

let current: MessageLocale = initialLocale();

/** The catalogue of the current language. */
export const say = (): MessageCatalogue => CATALOGUES[current];

/** The field's Chinese label in zh-CN, nothing in English. */
export function fieldLabel(field: string): string | undefined {
  return current === 'zh-CN' ? FIELD_LABELS_ZH[field] : undefined;
}
