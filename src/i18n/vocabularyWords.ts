/**
 * The Chinese words trainers use for the codes of the methodology's vocabularies
 * (src/schemas/vocabulary.ts): each code's own label from the dictionary
 * (src/i18n/strings/vocabulary.ts, the part before any bracket or slash) and the other words in
 * common use (反对 for -2, 是 for yes, 教练 for Coach).
 *
 * Every word here means exactly one code of its vocabulary. Validation turns such a word in a
 * case file into a suggestion ("“支持”请写成代码 1"), so a file always says one thing in one way;
 * the spreadsheet import reads the same words as their codes.
 */
import {
  BODY_KINDS,
  BUSINESS_ASPECTS,
  CLOSENESS_LEVELS,
  CONFIDENTIALITY,
  DIRECTIONS,
  DISC_STYLES,
  INFO_CATEGORIES,
  LAYERS,
  MOTIVE_KINDS,
  PRONOUNS,
  RELATIONSHIP_KINDS,
  SENSITIVE_FIELDS,
  ROLE_VALUES,
  BUYING_ROLES,
  SECTORS,
  SOURCE_METHODS,
  STAGES,
  STEP_STATUSES,
  STRENGTHS,
  SUPPORT_LEVELS,
  TEAM_ROLES,
  TRI_STATE,
} from '../schemas/vocabulary.ts';
import { zh as vocabularyLabels } from './strings/vocabulary.ts';

type Code = string | number;

interface VocabularySpec {
  codes: readonly Code[];
  /** The dictionary's key prefix (`support` for `support.-2`), when the codes have labels there. */
  labels?: string;
  /** Words beyond the labels, each with its code. */
  words?: Record<string, Code>;
}

const SPECS = {
  support: {
    codes: [...SUPPORT_LEVELS, 'unknown'],
    labels: 'support',
    words: { 反对: -2, 强烈反对: -2, 有顾虑: -1, 拥护: 2, 拥护者: 2, 强烈支持: 2, 未知: 'unknown', 不清楚: 'unknown' },
  },
  triState: {
    codes: TRI_STATE,
    words: {
      是: 'yes',
      有: 'yes',
      具备: 'yes',
      否: 'no',
      无: 'no',
      没有: 'no',
      不具备: 'no',
      未知: 'unknown',
      不清楚: 'unknown',
    },
  },
  layer: { codes: LAYERS, labels: 'layer', words: { 外部: 'external' } },
  role: { codes: ROLE_VALUES, labels: 'role', words: { 教练: 'Coach', 未知: 'unknown' } },
  buyingRole: { codes: BUYING_ROLES, labels: 'role', words: { 教练: 'Coach' } },
  sector: {
    codes: SECTORS,
    labels: 'sector',
    words: {
      政府: 'government',
      国企: 'state-owned',
      央企: 'state-owned',
      民企: 'private',
      外企: 'foreign',
      合资: 'joint-venture',
    },
  },
  stage: { codes: STAGES, labels: 'stage' },
  closeness: { codes: CLOSENESS_LEVELS, labels: 'closeness', words: { 没接触: 0 } },
  strength: { codes: STRENGTHS, labels: 'strength' },
  confidentiality: { codes: CONFIDENTIALITY, words: { 公开: 'public', 内部: 'internal' } },
  direction: { codes: DIRECTIONS, words: { 单向: 'one-way', 双向: 'mutual', 相互: 'mutual' } },
  relationshipKind: {
    codes: RELATIONSHIP_KINDS,
    labels: 'relationship',
    words: { 竞争: 'rival', 师徒: 'mentor', 提携: 'mentor', 老同事: 'informal', 同乡: 'informal' },
  },
  disc: { codes: DISC_STYLES, labels: 'disc' },
  pronoun: { codes: PRONOUNS, words: { 他: 'he', 她: 'she', 男: 'he', 女: 'she' } },
  /** The free-text fields a `sensitive:` list may name. */
  sensitiveField: { codes: SENSITIVE_FIELDS, words: { 备注: 'notes', 动机: 'motives', 诉求: 'demands' } },
  motive: { codes: MOTIVE_KINDS, labels: 'motive' },
  teamRole: { codes: TEAM_ROLES, labels: 'teamRole' },
  infoCategory: { codes: INFO_CATEGORIES, labels: 'infoCategory' },
  businessAspect: { codes: BUSINESS_ASPECTS, labels: 'businessAspect' },
  sourceMethod: { codes: SOURCE_METHODS, labels: 'sourceMethod' },
  stepStatus: { codes: STEP_STATUSES, labels: 'stepStatus' },
  bodyKind: {
    codes: BODY_KINDS,
    labels: 'bodyKind',
    words: {
      党委常委会: 'party-committee',
      局长办公会: 'office-meeting',
      院长办公会: 'office-meeting',
      总经理办公会: 'office-meeting',
    },
  },
} satisfies Record<string, VocabularySpec>;

export type Vocabulary = keyof typeof SPECS;

/** `支持者（拥护者）` → 支持者, `师徒/提携` → 师徒: the label a trainer would write. */
const headWord = (label: string) => label.split(/[（(/／]/)[0]!.trim();

function wordsOf(spec: VocabularySpec): ReadonlyMap<string, Code> {
  const words = new Map<string, Code>();
  if (spec.labels) {
    const labels = vocabularyLabels as Record<string, string>;
    for (const code of spec.codes) {
      const label = labels[`${spec.labels}.${code}`];
      if (label) words.set(headWord(label), code);
    }
  }
  for (const [word, code] of Object.entries(spec.words ?? {})) words.set(word, code);
  return words;
}

/** A vocabulary's codes and every Chinese word for one of them. */
export interface VocabularyTable {
  codes: readonly Code[];
  words: ReadonlyMap<string, Code>;
}

/** Per vocabulary: its codes and its words. */
export const VOCABULARY_WORDS = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]): [string, VocabularyTable] => [
    name,
    { codes: spec.codes, words: wordsOf(spec) },
  ]),
) as Record<Vocabulary, VocabularyTable>;

/** The code a Chinese word stands for in a vocabulary (`codeForWord('support', '支持')` → 1). */
export function codeForWord(vocabulary: Vocabulary, word: string): Code | undefined {
  return VOCABULARY_WORDS[vocabulary].words.get(word.trim());
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value) => b.some((other) => String(other) === String(value)));

/** The vocabulary whose codes are exactly `allowed` (what a schema accepts at a field). */
export function vocabularyOf(allowed: readonly unknown[]): Vocabulary | undefined {
  return (Object.keys(VOCABULARY_WORDS) as Vocabulary[]).find((name) => sameSet(VOCABULARY_WORDS[name].codes, allowed));
}
