/**
 * Hints for values a trainer writes the way they would say them: a Chinese word where a code is
 * expected, a number in quotes, a list with a full-width comma, a date with slashes, an id in
 * Chinese. Each hint points at the value meant, never at a nearest-looking string that could
 * mean the opposite (支持 is 1, not "-2"); when no hint is sure, none is given.
 */
import { say } from './messages.ts';
import { didYouMean } from './problem.ts';

/** What trainers write for each vocabulary, by the codes it allows (compared as a set). */
const WORDS: readonly { codes: readonly (string | number)[]; words: Record<string, string | number> }[] = [
  {
    codes: [-2, -1, 0, 1, 2, 'unknown'],
    words: {
      反对: -2,
      反对者: -2,
      强烈反对: -2,
      不支持: -1,
      有顾虑: -1,
      中立: 0,
      支持: 1,
      支持者: 2,
      拥护: 2,
      拥护者: 2,
      强烈支持: 2,
      未知: 'unknown',
      态度未知: 'unknown',
      不清楚: 'unknown',
    },
  },
  {
    codes: ['yes', 'no', 'unknown'],
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
  {
    codes: ['decision', 'management', 'execution', 'support', 'external'],
    words: {
      决策层: 'decision',
      管理层: 'management',
      执行层: 'execution',
      支持部门: 'support',
      外部影响者: 'external',
      外部: 'external',
    },
  },
  {
    codes: ['EB', 'TB', 'UB', 'Coach', 'unknown'],
    words: { 决策者: 'EB', 把关者: 'TB', 使用者: 'UB', 内线: 'Coach', 教练: 'Coach', 未知: 'unknown' },
  },
  {
    codes: ['EB', 'TB', 'UB', 'Coach'],
    words: { 决策者: 'EB', 把关者: 'TB', 使用者: 'UB', 内线: 'Coach', 教练: 'Coach' },
  },
  {
    codes: ['government', 'public-institution', 'state-owned', 'private', 'foreign', 'joint-venture', 'other'],
    words: {
      政府: 'government',
      政府机关: 'government',
      事业单位: 'public-institution',
      国企: 'state-owned',
      国有企业: 'state-owned',
      央企: 'state-owned',
      民企: 'private',
      民营企业: 'private',
      外企: 'foreign',
      外资企业: 'foreign',
      合资企业: 'joint-venture',
      合资: 'joint-venture',
      其他: 'other',
    },
  },
  { codes: [0, 1, 2, 3, 4], words: { 无接触: 0, 没接触: 0, 认识: 1, 有来往: 2, 熟悉: 3, 信任: 4 } },
  { codes: [1, 2, 3], words: { 弱: 1, 中: 2, 强: 3 } },
  { codes: ['public', 'internal'], words: { 公开: 'public', 内部: 'internal' } },
  { codes: ['one-way', 'mutual'], words: { 单向: 'one-way', 双向: 'mutual', 相互: 'mutual' } },
  {
    codes: ['influences', 'ally', 'rival', 'mentor', 'informal', 'external-pressure'],
    words: {
      影响: 'influences',
      盟友: 'ally',
      对立: 'rival',
      竞争: 'rival',
      师徒: 'mentor',
      提携: 'mentor',
      非正式: 'informal',
      外部压力: 'external-pressure',
    },
  },
  { codes: ['D', 'I', 'S', 'C'], words: { 支配型: 'D', 影响型: 'I', 稳健型: 'S', 谨慎型: 'C' } },
  {
    codes: ['party-committee', 'board', 'office-meeting', 'management-council', 'committee'],
    words: {
      党委会: 'party-committee',
      党委常委会: 'party-committee',
      董事会: 'board',
      办公会: 'office-meeting',
      局长办公会: 'office-meeting',
      院长办公会: 'office-meeting',
      总经理办公会: 'office-meeting',
      院务会: 'management-council',
      委员会: 'committee',
    },
  },
  { codes: ['he', 'she'], words: { 他: 'he', 男: 'he', 她: 'she', 女: 'she' } },
  { codes: ['notes', 'motives', 'demands'], words: { 备注: 'notes', 动机: 'motives', 诉求: 'demands' } },
];

const HAN = /\p{Script=Han}/u;
const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value) => b.some((other) => String(other) === String(value)));

/** The code a Chinese word stands for among `allowed`, when that vocabulary knows the word. */
export function codeForWord(word: string, allowed: readonly unknown[]): string | number | undefined {
  const vocabulary = WORDS.find((entry) => sameSet(entry.codes, allowed));
  return vocabulary?.words[word.trim()];
}

/** The hint after "expected one of …; found …", or '' when no hint is sure. */
export function allowedValueHint(found: unknown, allowed: readonly unknown[]): string {
  if (typeof found !== 'string') return '';
  const code = codeForWord(found, allowed);
  if (code !== undefined) return say().useCode({ word: found.trim(), code: String(code) });
  if (/[，、]/.test(found)) return say().fullWidthComma();
  const number = Number(found.trim());
  if (found.trim() !== '' && allowed.some((value) => typeof value === 'number' && value === number)) {
    return say().withoutQuotes({ value: String(number) });
  }
  return didYouMean(
    found,
    allowed.filter((value): value is string => typeof value === 'string'),
  );
}

/** A number written in quotes (`'3'`) where a number is expected. */
export function numberHint(found: unknown): string {
  if (typeof found !== 'string' || found.trim() === '' || !Number.isFinite(Number(found))) return '';
  return say().withoutQuotes({ value: String(Number(found)) });
}

/** `2026/9/1`, `2026.9.1`, `2026年9月1日`, `2026-9-1` → `2026-09-01` (undefined for anything else). */
export function isoDateOf(found: string): string | undefined {
  const match = /^\s*(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?\s*$/.exec(found);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

export function dateHint(found: unknown): string {
  const date = typeof found === 'string' ? isoDateOf(found) : undefined;
  return date ? say().dateFix({ date }) : '';
}

export function idHint(found: unknown): string {
  return typeof found === 'string' && HAN.test(found) ? say().idHasHan() : '';
}
