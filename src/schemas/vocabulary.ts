/**
 * The methodology's fixed vocabularies, in one place. Every schema, analysis function and view
 * takes its allowed values (and their Chinese labels) from here.
 */

/** The five components of a customer organisation, top to bottom. */
export const LAYERS = ['decision', 'management', 'execution', 'support', 'external'] as const;
export type Layer = (typeof LAYERS)[number];
export const LAYER_LABELS: Record<Layer, string> = {
  decision: '决策层',
  management: '管理层',
  execution: '执行层',
  support: '支持部门',
  external: '外部影响者',
};

/** Buying roles: the EB/TB/UB triad plus the Coach of strategic selling. */
export const BUYING_ROLES = ['EB', 'TB', 'UB', 'Coach'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];
/** `unknown` marks a person whose role has not been assessed yet. */
export const ROLE_VALUES = [...BUYING_ROLES, 'unknown'] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];
export const ROLE_LABELS: Record<RoleValue, string> = {
  EB: '决策者',
  TB: '把关者',
  UB: '使用者',
  Coach: '内线',
  unknown: '角色待判断',
};

export const SECTORS = [
  'government',
  'public-institution',
  'state-owned',
  'private',
  'foreign',
  'joint-venture',
  'other',
] as const;
export const SECTOR_LABELS: Record<(typeof SECTORS)[number], string> = {
  government: '政府机关',
  'public-institution': '事业单位',
  'state-owned': '国有企业',
  private: '民营企业',
  foreign: '外资企业',
  'joint-venture': '合资企业',
  other: '其他',
};

export const STAGES = [
  'prospecting',
  'qualifying',
  'needs-analysis',
  'proposal',
  'tender',
  'negotiation',
  'won',
  'lost',
] as const;
export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  prospecting: '线索挖掘',
  qualifying: '资格确认',
  'needs-analysis': '需求分析',
  proposal: '方案呈现',
  tender: '招投标',
  negotiation: '商务谈判',
  won: '赢单',
  lost: '丢单',
};

/** MAN answers: has it / does not / not known yet. */
export const TRI_STATE = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATE)[number];

/** Support on a signed scale; `unknown` is its own value, never read as neutral. */
export const SUPPORT_LEVELS = [-2, -1, 0, 1, 2] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
export const SUPPORT_LABELS: Record<SupportLevel | 'unknown', string> = {
  [-2]: '反对者',
  [-1]: '不支持',
  0: '中立',
  1: '支持',
  2: '支持者（拥护者）',
  unknown: '态度未知',
};

export const CLOSENESS_LEVELS = [0, 1, 2, 3, 4] as const;
export type ClosenessLevel = (typeof CLOSENESS_LEVELS)[number];
export const CLOSENESS_LABELS: Record<ClosenessLevel, string> = {
  0: '无接触',
  1: '认识',
  2: '有来往',
  3: '熟悉',
  4: '信任',
};

export const DISC_STYLES = ['D', 'I', 'S', 'C'] as const;
export type DiscStyle = (typeof DISC_STYLES)[number];
export const DISC_LABELS: Record<DiscStyle, string> = {
  D: '支配型（Dominance）',
  I: '影响型（Influence）',
  S: '稳健型（Steadiness）',
  C: '谨慎型（Conscientiousness）',
};

/**
 * The pronoun texts use for a person (他 or 她). Case files, answer keys, role cards and chapters
 * all write about the same sample people; one recorded value keeps them in agreement, and a tool
 * that replaces real names (sanitizing) can keep names and pronouns matching.
 */
export const PRONOUNS = ['he', 'she'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

export const MOTIVE_KINDS = ['financial', 'business', 'relationship'] as const;
export type MotiveKind = (typeof MOTIVE_KINDS)[number];
export const MOTIVE_LABELS: Record<MotiveKind, string> = {
  financial: '财务动机',
  business: '业务动机',
  relationship: '关系动机',
};

export const RELATIONSHIP_KINDS = ['influences', 'ally', 'rival', 'mentor', 'informal', 'external-pressure'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];
export const RELATIONSHIP_LABELS: Record<RelationshipKind, string> = {
  influences: '影响',
  ally: '盟友',
  rival: '对立',
  mentor: '师徒/提携',
  informal: '非正式关系（老同事、同乡等）',
  'external-pressure': '外部压力',
};

export const DIRECTIONS = ['one-way', 'mutual'] as const;
export const STRENGTHS = [1, 2, 3] as const;
export const STRENGTH_LABELS: Record<(typeof STRENGTHS)[number], string> = { 1: '弱', 2: '中', 3: '强' };

export const TEAM_ROLES = ['account-manager', 'solution', 'service', 'executive-sponsor', 'other'] as const;
export const TEAM_ROLE_LABELS: Record<(typeof TEAM_ROLES)[number], string> = {
  'account-manager': '客户经理',
  solution: '解决方案',
  service: '交付与服务',
  'executive-sponsor': '高层支持',
  other: '其他',
};

/** The five categories of customer information (seed 003). */
export const INFO_CATEGORIES = ['basic', 'business', 'organisational', 'transaction', 'personal'] as const;
export type InfoCategory = (typeof INFO_CATEGORIES)[number];
export const INFO_CATEGORY_LABELS: Record<InfoCategory, string> = {
  basic: '基本信息',
  business: '业务信息',
  organisational: '组织信息',
  transaction: '交易信息',
  personal: '个人信息',
};
/** Business information splits into profit points, growth points and difficulties. */
export const BUSINESS_ASPECTS = ['profit-point', 'growth-point', 'difficulty'] as const;
export const BUSINESS_ASPECT_LABELS: Record<(typeof BUSINESS_ASPECTS)[number], string> = {
  'profit-point': '利润点',
  'growth-point': '增量点',
  difficulty: '业务难点',
};

/** How a fact was found out. */
export const SOURCE_METHODS = [
  'public-search',
  'asking-around',
  'on-site-observation',
  'key-interview',
  'cold-visit',
  'industry-event',
  'endorsement',
] as const;
export const SOURCE_METHOD_LABELS: Record<(typeof SOURCE_METHODS)[number], string> = {
  'public-search': '一般信息查询',
  'asking-around': '周边了解',
  'on-site-observation': '现场观察',
  'key-interview': '关键访谈',
  'cold-visit': '陌生拜访',
  'industry-event': '行业活动',
  endorsement: '关键人引荐',
};

export const CONFIDENTIALITY = ['public', 'internal'] as const;

export const STEP_STATUSES = ['planned', 'in-progress', 'done', 'blocked'] as const;
export const STEP_STATUS_LABELS: Record<(typeof STEP_STATUSES)[number], string> = {
  planned: '计划中',
  'in-progress': '进行中',
  done: '已完成',
  blocked: '受阻',
};
