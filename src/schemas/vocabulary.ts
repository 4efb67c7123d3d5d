/**
 * The methodology's fixed vocabularies, in one place. Every schema, analysis function and view
 * takes its allowed values from here; their words are in the dictionaries
 * (src/i18n/strings/vocabulary.ts), read through src/i18n/labels.ts.
 */

/** The five components of a customer organisation, top to bottom. */
export const LAYERS = ['decision', 'management', 'execution', 'support', 'external'] as const;
export type Layer = (typeof LAYERS)[number];

/** Buying roles: the EB/TB/UB triad plus the Coach of strategic selling. */
export const BUYING_ROLES = ['EB', 'TB', 'UB', 'Coach'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];
/** `unknown` marks a person whose role has not been assessed yet. */
export const ROLE_VALUES = [...BUYING_ROLES, 'unknown'] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];

export const SECTORS = [
  'government',
  'public-institution',
  'state-owned',
  'private',
  'foreign',
  'joint-venture',
  'other',
] as const;

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

/**
 * Kinds of group decision body (集体决策机构) that decide as one: 党委会, 董事会, 办公会 (局长/总经理办公会),
 * 院务会 and other committees (e.g. 采购委员会).
 */
export const BODY_KINDS = ['party-committee', 'board', 'office-meeting', 'management-council', 'committee'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** MAN answers: has it / does not / not known yet. */
export const TRI_STATE = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATE)[number];

/** Support on a signed scale; `unknown` is its own value, never read as neutral. */
export const SUPPORT_LEVELS = [-2, -1, 0, 1, 2] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export const CLOSENESS_LEVELS = [0, 1, 2, 3, 4] as const;
export type ClosenessLevel = (typeof CLOSENESS_LEVELS)[number];

export const DISC_STYLES = ['D', 'I', 'S', 'C'] as const;
export type DiscStyle = (typeof DISC_STYLES)[number];

/**
 * The pronoun texts use for a person (他 or 她). Case files, answer keys, role cards and chapters
 * all write about the same sample people; one recorded value keeps them in agreement, and a tool
 * that replaces real names (sanitizing) can keep names and pronouns matching.
 */
export const PRONOUNS = ['he', 'she'] as const;
export type Pronoun = (typeof PRONOUNS)[number];

export const MOTIVE_KINDS = ['financial', 'business', 'relationship'] as const;
export type MotiveKind = (typeof MOTIVE_KINDS)[number];

export const RELATIONSHIP_KINDS = ['influences', 'ally', 'rival', 'mentor', 'informal', 'external-pressure'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const DIRECTIONS = ['one-way', 'mutual'] as const;
export const STRENGTHS = [1, 2, 3] as const;

export const TEAM_ROLES = ['account-manager', 'solution', 'service', 'executive-sponsor', 'other'] as const;

/** The five categories of customer information (seed 003). */
export const INFO_CATEGORIES = ['basic', 'business', 'organisational', 'transaction', 'personal'] as const;
export type InfoCategory = (typeof INFO_CATEGORIES)[number];
/** Business information splits into profit points, growth points and difficulties. */
export const BUSINESS_ASPECTS = ['profit-point', 'growth-point', 'difficulty'] as const;

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

export const CONFIDENTIALITY = ['public', 'internal'] as const;

export const STEP_STATUSES = ['planned', 'in-progress', 'done', 'blocked'] as const;

/** Free-text fields of a person that `sensitive: [...]` keeps to the trainer edition. */
export const SENSITIVE_FIELDS = ['notes', 'motives', 'demands'] as const;
