/**
 * The sheets and columns a trainer's spreadsheet may hold, in one place: the import reads by
 * them, the export and the template write by them, the authoring page and the README list
 * them. Each column names the case-file field it fills (a path into a person, unit, relation or
 * team member), its Chinese and English header, and the kind of value its cells hold.
 * Pure: no file access.
 */
import {
  CLOSENESS_LEVELS,
  DIRECTIONS,
  DISC_STYLES,
  LAYERS,
  PRONOUNS,
  RELATIONSHIP_KINDS,
  ROLE_VALUES,
  STRENGTHS,
  SUPPORT_LEVELS,
  TEAM_ROLES,
  TRI_STATE,
} from '../schemas/vocabulary.ts';
import type { UiKey } from '../i18n/ui.ts';

/** What a cell holds. Codes are read from the code itself, its Chinese or English word, or a usual synonym. */
export type CellKind =
  | { type: 'text' }
  /** Several texts, one per line of the cell (Alt+Enter in Excel). */
  | { type: 'lines' }
  | { type: 'id' }
  | { type: 'code'; codes: readonly (string | number)[]; label?: (code: string | number) => UiKey }
  /** Several codes in one cell, separated by commas, 、 or spaces. */
  | { type: 'codes'; codes: readonly string[]; label?: (code: string | number) => UiKey }
  | { type: 'int'; min: number; max: number }
  | { type: 'date' }
  | { type: 'flag' }
  /** A person, team member or unit named by name or id; resolved once every sheet is read. */
  | { type: 'ref'; target: RefTarget; many?: boolean }
  /** `sensitive`: 是 for the whole entry, or the free-text fields to keep to trainers. */
  | { type: 'sensitive' };

/** What a name in a cell may stand for; competitors are those the case file's opportunities name. */
export type RefTarget = 'person' | 'member' | 'unit' | 'competitor';

export interface Column {
  /** The field path in the entry, e.g. ['man', 'money']. */
  path: readonly string[];
  zh: string;
  en: string;
  /** Other headers trainers write for the same column. */
  aliases?: readonly string[];
  kind: CellKind;
  /** A row must fill it. */
  required?: boolean;
  /** What to write, for the template's 说明 sheet and the authoring page (zh, en). */
  help: { zh: string; en: string };
  /** The template's example row. */
  example: string | number;
}

export const SHEET_KINDS = ['people', 'units', 'relationships', 'team'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export interface SheetSpec {
  kind: SheetKind;
  zh: string;
  en: string;
  columns: readonly Column[];
  /** Only the people sheet is required; the others are optional. */
  required: boolean;
}

const text = { type: 'text' } as const;
const code = (codes: readonly (string | number)[], prefix?: string): CellKind => ({
  type: 'code',
  codes,
  ...(prefix ? { label: (value: string | number) => `${prefix}.${value}` as UiKey } : {}),
});

/** Support: −2 … +2 or unknown, written as a number or as its word (支持, 反对…). */
const SUPPORT_CODES = [...SUPPORT_LEVELS, 'unknown'] as const;

/** A relation's or a competitor tie's strength, 1–3 (2 when empty). */
const STRENGTH = {
  kind: code(STRENGTHS, 'strength'),
  help: { zh: '1 弱、2 中、3 强；不填为 2', en: '1 weak, 2 medium (default), 3 strong' },
} as const;

const PEOPLE: readonly Column[] = [
  {
    path: ['id'],
    zh: '编号',
    en: 'id',
    kind: { type: 'id' },
    help: {
      zh: '可不填：导入时按姓名拼音生成（高长林 → gao-changlin），再次导入时沿用已有编号。两人同名时必须填',
      en: 'Optional: made from the pinyin of the name (Gao Changlin → gao-changlin) and kept on re-import. Required when two people share a name',
    },
    example: '',
  },
  {
    path: ['name'],
    zh: '姓名',
    en: 'name',
    aliases: ['名字'],
    kind: text,
    required: true,
    help: { zh: '地图上显示的名字', en: 'The name shown on the maps' },
    example: '高长林',
  },
  {
    path: ['pronoun'],
    zh: '性别',
    en: 'pronoun',
    aliases: ['代词', '他/她'],
    kind: code(PRONOUNS, 'pronoun'),
    help: { zh: '他 或 她（也可写 男、女）', en: 'he or she' },
    example: '他',
  },
  {
    path: ['title'],
    zh: '职务',
    en: 'title',
    aliases: ['职位', '岗位'],
    kind: text,
    required: true,
    help: { zh: '客户内部的职务，例如 副院长', en: 'Job title, e.g. vice president' },
    example: '党委书记',
  },
  {
    path: ['unit'],
    zh: '部门',
    en: 'unit',
    aliases: ['科室', '单位'],
    kind: { type: 'ref', target: 'unit' },
    required: true,
    help: {
      zh: '所在部门的名称；表里出现的新部门会自动建立（层级取本行的「层级」列）',
      en: 'Department name; a new one is created (its layer from this row’s layer column)',
    },
    example: '院领导班子',
  },
  {
    path: ['layer'],
    zh: '层级',
    en: 'layer',
    kind: code(LAYERS, 'layer'),
    help: {
      zh: '部门所在层级：决策层、管理层、执行层、支持部门、外部影响者；同一部门各行一致',
      en: 'The unit’s layer: decision, management, execution, support, external; the same on every row of a unit',
    },
    example: '决策层',
  },
  {
    path: ['reportsTo'],
    zh: '汇报对象',
    en: 'reportsTo',
    aliases: ['上级', '直接上级'],
    kind: { type: 'ref', target: 'person' },
    help: {
      zh: '直接上级的姓名（或编号）；最高负责人留空',
      en: 'Name (or id) of the direct manager; empty for the head',
    },
    example: '',
  },
  {
    path: ['dottedLines'],
    zh: '虚线汇报',
    en: 'dottedLines',
    kind: { type: 'ref', target: 'person', many: true },
    help: { zh: '虚线上级的姓名，多人用顿号分隔', en: 'Names of dotted-line managers, separated by commas' },
    example: '',
  },
  {
    path: ['roles'],
    zh: '采购角色',
    en: 'roles',
    aliases: ['角色'],
    kind: { type: 'codes', codes: ROLE_VALUES, label: (value) => `role.${value}` as UiKey },
    help: {
      zh: 'EB（决策者）、TB（把关者）、UB（使用者）、Coach（内线），可写多个；未判断写 未知',
      en: 'EB, TB, UB, Coach (several allowed), or unknown',
    },
    example: 'EB',
  },
  {
    path: ['power'],
    zh: '权力',
    en: 'power',
    aliases: ['影响力'],
    kind: { type: 'int', min: 1, max: 5 },
    help: { zh: '对这次决策的影响力，1（低）到 5（高）', en: 'Power over the decision, 1 (low) to 5 (high)' },
    example: 5,
  },
  {
    path: ['interest'],
    zh: '兴趣',
    en: 'interest',
    aliases: ['关注度'],
    kind: { type: 'int', min: 1, max: 5 },
    help: { zh: '对我方项目的关注程度，1 到 5', en: 'Interest in our project, 1 to 5' },
    example: 2,
  },
  {
    path: ['support'],
    zh: '支持度',
    en: 'support',
    aliases: ['态度'],
    kind: code(SUPPORT_CODES, 'support'),
    help: {
      zh: '-2 反对者、-1 不支持、0 中立、1 支持、2 支持者（拥护者），或 未知',
      en: '-2 opponent, -1, 0 neutral, 1, 2 champion, or unknown',
    },
    example: '未知',
  },
  {
    path: ['closeness'],
    zh: '亲密度',
    en: 'closeness',
    aliases: ['关系亲密度'],
    kind: code(CLOSENESS_LEVELS, 'closeness'),
    help: {
      zh: '0 无接触、1 认识、2 有来往、3 熟悉、4 信任',
      en: '0 no contact, 1 acquainted, 2 in contact, 3 familiar, 4 trusted',
    },
    example: 1,
  },
  {
    path: ['man', 'money'],
    zh: 'M',
    en: 'M',
    aliases: ['资金', 'money'],
    kind: code(TRI_STATE, 'value'),
    help: { zh: 'M 购买力：是、否、未知', en: 'Money: yes, no, unknown' },
    example: '是',
  },
  {
    path: ['man', 'authority'],
    zh: 'A',
    en: 'A',
    aliases: ['决策力', 'authority'],
    kind: code(TRI_STATE, 'value'),
    help: { zh: 'A 决策力（能拍板或否决）：是、否、未知', en: 'Authority (decides or vetoes): yes, no, unknown' },
    example: '是',
  },
  {
    path: ['man', 'need'],
    zh: 'N',
    en: 'N',
    aliases: ['需求', 'need'],
    kind: code(TRI_STATE, 'value'),
    help: { zh: 'N 需求度：是、否、未知', en: 'Need: yes, no, unknown' },
    example: '未知',
  },
  {
    path: ['disc'],
    zh: 'DISC',
    en: 'DISC',
    kind: code(DISC_STYLES),
    help: { zh: 'D、I、S 或 C（也可写 支配型、影响型、稳健型、谨慎型）', en: 'D, I, S or C' },
    example: 'S',
  },
  {
    path: ['owner'],
    zh: '负责人',
    en: 'owner',
    aliases: ['我方负责人'],
    kind: { type: 'ref', target: 'member' },
    help: {
      zh: '我方负责这段关系的人（团队表里的姓名或编号）',
      en: 'Who on our team owns the relationship (name or id)',
    },
    example: '',
  },
  {
    path: ['competitorTie', 'competitor'],
    zh: '倾向的竞争对手',
    en: 'competitorTie',
    aliases: ['竞品倾向', '倾向竞品'],
    kind: { type: 'ref', target: 'competitor' },
    help: {
      zh: '此人倾向哪家竞争对手（案例文件 competitors 中写了 id 的那一家，写名称或 id）',
      en: 'The competitor this person leans to (one with an id among the case file’s competitors), by name or id',
    },
    example: '',
  },
  {
    path: ['competitorTie', 'strength'],
    zh: '倾向强度',
    en: 'competitorTieStrength',
    ...STRENGTH,
    example: '',
  },
  {
    path: ['competitorTie', 'note'],
    zh: '倾向说明',
    en: 'competitorTieNote',
    kind: text,
    help: { zh: '这层关系是怎么回事，例如 曾在竞品公司任职', en: 'What the tie is' },
    example: '',
  },
  {
    path: ['lastContact'],
    zh: '最近接触',
    en: 'lastContact',
    aliases: ['最近接触日期', '最后接触'],
    kind: { type: 'date' },
    help: {
      zh: '最近一次实质接触的日期，例如 2026-09-01 或 2026/9/1',
      en: 'Date of the last real contact, e.g. 2026-09-01',
    },
    example: '2026-05-20',
  },
  {
    path: ['motives', 'financial'],
    zh: '财务动机',
    en: 'financialMotive',
    kind: text,
    help: { zh: '预算、成本、个人经济利益', en: 'Budget, cost, personal financial stakes' },
    example: '',
  },
  {
    path: ['motives', 'business'],
    zh: '业务动机',
    en: 'businessMotive',
    kind: text,
    help: { zh: '业绩、考核、职业发展', en: 'Targets, performance, career' },
    example: '今年重点是合规，任何大额采购都不希望出风险',
  },
  {
    path: ['motives', 'relationship'],
    zh: '关系动机',
    en: 'relationshipMotive',
    kind: text,
    help: { zh: '地位、站队、想让谁满意', en: 'Standing, loyalties' },
    example: '',
  },
  {
    path: ['demands'],
    zh: '诉求',
    en: 'demands',
    kind: { type: 'lines' },
    help: { zh: '此人对项目的要求，每条一行（单元格内换行）', en: 'What this person wants, one per line of the cell' },
    example: '程序合规，经得起审计',
  },
  {
    path: ['notes'],
    zh: '备注',
    en: 'notes',
    aliases: ['说明'],
    kind: text,
    help: { zh: '团队对此人的了解', en: 'What the team knows about this person' },
    example: '5 月拜访过一次，此后没有接触',
  },
  {
    path: ['placeholder'],
    zh: '待确认',
    en: 'placeholder',
    kind: { type: 'flag' },
    help: { zh: '写 是：这一行代表还不知道是谁的岗位', en: 'yes: the row stands for a role whose holder is unknown' },
    example: '',
  },
  {
    path: ['sensitive'],
    zh: '仅讲师可见',
    en: 'sensitive',
    kind: { type: 'sensitive' },
    help: {
      zh: '是：整个人只出现在讲师版；或写 备注、动机、诉求 中的几项，只把这几项留给讲师',
      en: 'yes: the whole person stays in the trainer edition; or notes, motives, demands',
    },
    example: '',
  },
  {
    path: ['trainer', 'notes'],
    zh: '讲师备注',
    en: 'trainerNotes',
    kind: text,
    help: { zh: '只给讲师看的提示，学员版里没有', en: 'For trainers only; absent from the trainee edition' },
    example: '',
  },
];

const UNITS: readonly Column[] = [
  {
    path: ['id'],
    zh: '编号',
    en: 'id',
    kind: { type: 'id' },
    help: { zh: '可不填：按名称拼音生成', en: 'Optional: made from the pinyin of the name' },
    example: '',
  },
  {
    path: ['name'],
    zh: '名称',
    en: 'name',
    aliases: ['部门'],
    kind: text,
    required: true,
    help: { zh: '部门名称，与人员表「部门」列写法一致', en: 'Unit name, as in the people sheet' },
    example: '院领导班子',
  },
  {
    path: ['layer'],
    zh: '层级',
    en: 'layer',
    kind: code(LAYERS, 'layer'),
    required: true,
    help: {
      zh: '决策层、管理层、执行层、支持部门、外部影响者',
      en: 'decision, management, execution, support, external',
    },
    example: '决策层',
  },
  {
    path: ['parent'],
    zh: '上级部门',
    en: 'parent',
    kind: { type: 'ref', target: 'unit' },
    help: { zh: '所属上级部门的名称', en: 'Name of the parent unit' },
    example: '',
  },
  {
    path: ['function'],
    zh: '职能',
    en: 'function',
    kind: text,
    help: { zh: '这个部门做什么，一句话', en: 'What the unit does, in a sentence' },
    example: '重大事项由院长办公会和党委会决定',
  },
];

const RELATIONSHIPS: readonly Column[] = [
  {
    path: ['from'],
    zh: '从',
    en: 'from',
    aliases: ['甲方', '发起人'],
    kind: { type: 'ref', target: 'person' },
    required: true,
    help: { zh: '关系一端的人（姓名或编号）', en: 'The person the relation starts from' },
    example: '',
  },
  {
    path: ['to'],
    zh: '到',
    en: 'to',
    aliases: ['乙方', '对象'],
    kind: { type: 'ref', target: 'person' },
    required: true,
    help: { zh: '关系另一端的人', en: 'The person it points to' },
    example: '',
  },
  {
    path: ['kind'],
    zh: '关系类型',
    en: 'kind',
    aliases: ['类型'],
    kind: code(RELATIONSHIP_KINDS, 'relationship'),
    required: true,
    help: {
      zh: '影响、盟友、对立、师徒/提携、非正式关系、外部压力',
      en: 'influences, ally, rival, mentor, informal, external-pressure',
    },
    example: '',
  },
  {
    path: ['direction'],
    zh: '方向',
    en: 'direction',
    kind: code(DIRECTIONS, 'direction'),
    help: { zh: '单向（从 → 到）或 双向；不填为单向', en: 'one-way (default) or mutual' },
    example: '',
  },
  {
    path: ['strength'],
    zh: '强度',
    en: 'strength',
    ...STRENGTH,
    example: '',
  },
  {
    path: ['note'],
    zh: '说明',
    en: 'note',
    aliases: ['备注'],
    kind: text,
    help: { zh: '这段关系是怎么回事', en: 'What the relation is about' },
    example: '',
  },
  {
    path: ['sensitive'],
    zh: '仅讲师可见',
    en: 'sensitive',
    kind: { type: 'flag' },
    help: { zh: '是：这条关系只出现在讲师版', en: 'yes: the relation stays in the trainer edition' },
    example: '',
  },
];

const TEAM: readonly Column[] = [
  {
    path: ['id'],
    zh: '编号',
    en: 'id',
    kind: { type: 'id' },
    help: { zh: '可不填：按姓名拼音生成', en: 'Optional: made from the pinyin of the name' },
    example: '',
  },
  {
    path: ['name'],
    zh: '姓名',
    en: 'name',
    kind: text,
    required: true,
    help: { zh: '我方成员的姓名', en: 'Name of our team member' },
    example: '许琳',
  },
  {
    path: ['role'],
    zh: '角色',
    en: 'role',
    kind: code(TEAM_ROLES, 'teamRole'),
    required: true,
    help: {
      zh: '客户经理、解决方案、交付与服务、高层支持、其他',
      en: 'account-manager, solution, service, executive-sponsor, other',
    },
    example: '客户经理',
  },
  {
    path: ['title'],
    zh: '职务',
    en: 'title',
    kind: text,
    help: { zh: '在我方公司的职务', en: 'Title in our company' },
    example: '大客户经理',
  },
];

export const SHEETS: readonly SheetSpec[] = [
  { kind: 'people', zh: '人员', en: 'people', columns: PEOPLE, required: true },
  { kind: 'units', zh: '部门', en: 'units', columns: UNITS, required: false },
  { kind: 'relationships', zh: '关系', en: 'relationships', columns: RELATIONSHIPS, required: false },
  { kind: 'team', zh: '团队', en: 'team', columns: TEAM, required: false },
];

/** The name of the instructions sheet in the template (skipped by the import). */
export const HELP_SHEET = { zh: '说明', en: 'help' } as const;

export const sheetSpec = (kind: SheetKind): SheetSpec => SHEETS.find((sheet) => sheet.kind === kind)!;

/** Headers compare without case, spaces or a trailing note in brackets: 支持度（-2~2） is 支持度. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]\s*$/u, '')
    .replace(/\s+/g, '')
    .toLowerCase();

/** Every header that names a column. */
export const headersOf = (column: Column): string[] =>
  [column.zh, column.en, column.path.join('.'), ...(column.aliases ?? [])].map(normalizeHeader);

/** The sheet a header row belongs to, by its sheet name or else by the headers it holds. */
export function sheetKindOf(sheetName: string | undefined, headers: readonly string[]): SheetKind | undefined {
  const name = sheetName === undefined ? undefined : normalizeHeader(sheetName);
  const byName = SHEETS.find(
    (sheet) => name !== undefined && [sheet.zh, sheet.en, sheet.kind].map(normalizeHeader).includes(name),
  );
  if (byName) return byName.kind;
  const found = new Set(headers.map(normalizeHeader));
  // The sheet whose required columns are all there, the one with most columns required first.
  const fits = SHEETS.filter((sheet) =>
    sheet.columns.filter((column) => column.required).every((column) => headersOf(column).some((h) => found.has(h))),
  ).sort((a, b) => b.columns.filter((c) => c.required).length - a.columns.filter((c) => c.required).length);
  return fits[0]?.kind;
}
