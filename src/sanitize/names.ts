/**
 * Chinese personal names and every form a trainer writes them in: the full name, 姓 + 职务
 * (王局, 王主任), 老王 / 小王, the given name alone, and pinyin / English forms. The sanitizer
 * replaces each form of an original by the same form of its pseudonym.
 */
import { pinyin } from 'pinyin-pro';

export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '南宫',
  '独孤',
  '西门',
];

/** Titles written straight after a surname: 王局, 王局长, 王主任, 王院长, 王书记, 王总… */
export const TITLE_SUFFIXES = [
  '副局长',
  '局长',
  '局',
  '副主任',
  '主任',
  '副院长',
  '院长',
  '副书记',
  '书记',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副部长',
  '部长',
  '副厅长',
  '厅长',
  '副市长',
  '市长',
  '副县长',
  '县长',
  '副行长',
  '行长',
  '副总经理',
  '总经理',
  '副总裁',
  '总裁',
  '副总监',
  '总监',
  '副总',
  '总',
  '经理',
  '董事长',
  '主席',
  '秘书长',
  '秘书',
  '厂长',
  '所长',
  '校长',
  '站长',
  '队长',
  '组长',
  '主管',
  '委员',
  '专员',
  '会计',
  '老师',
  '教授',
  '博士',
  '医生',
  '大夫',
  '护士长',
  '工',
  '总工',
  '律师',
  '师傅',
  '女士',
  '先生',
];

const HAN = /^\p{Script=Han}+$/u;

export interface SplitName {
  full: string;
  surname: string;
  given: string;
}

/** Splits a Chinese name into surname and given name; other names stay whole. */
export function splitName(name: string): SplitName {
  const full = name.trim();
  if (!HAN.test(full) || full.length < 2) return { full, surname: '', given: '' };
  const surname =
    COMPOUND_SURNAMES.find((compound) => full.startsWith(compound) && full.length > compound.length) ?? full[0]!;
  return { full, surname, given: full.slice(surname.length) };
}

const capitalise = (word: string) => (word ? word[0]!.toUpperCase() + word.slice(1) : word);

const pinyinCache = new Map<string, string>();

/** Pinyin of a name part, syllables joined: 维岳 → weiyue (cached: a big case asks often). */
export function pinyinOfPart(part: string, surname = false): string {
  if (!part) return '';
  const key = `${surname ? 's' : 'g'}${part}`;
  let spelled = pinyinCache.get(key);
  if (spelled === undefined) {
    spelled = pinyin(part, {
      toneType: 'none',
      type: 'array',
      surname: surname ? 'head' : 'off',
      nonZh: 'removed',
      v: true,
    })
      .join('')
      .toLowerCase();
    pinyinCache.set(key, spelled);
  }
  return spelled;
}

export interface NameForm {
  from: string;
  to: string;
  /** Latin-script forms match in any case and only as whole words. */
  latin: boolean;
  /** Not a name when the next character is one of these (提高总体 is no 高总). */
  notBefore?: string;
}

/**
 * One-character titles are also the first half of common words: 高总 in 提高总体, 王局 in 局面,
 * 高工 in 高工资. The form is skipped when the next character completes such a word.
 */
const WORD_CONTINUATIONS: Record<string, string> = {
  局: '势面部限促',
  总: '体结计量额数之共归署务值和是算',
  工: '资作程业厂具人艺期会序种位地',
};

const ENGLISH_TITLES = [
  'Mr.',
  'Mr',
  'Ms.',
  'Ms',
  'Mrs.',
  'Mrs',
  'Dr.',
  'Dr',
  'Director',
  'President',
  'Secretary',
  'Manager',
  'Chief',
  'Prof.',
];

/** Latin spellings: Gao Weiyue, Weiyue Gao, GAO Weiyue, gaoweiyue, Wei-yue Gao is too rare to guess. */
function latinForms(original: SplitName, pseudonym: SplitName): NameForm[] {
  const s = pinyinOfPart(original.surname, true);
  const g = pinyinOfPart(original.given);
  const ns = pinyinOfPart(pseudonym.surname, true);
  const ng = pinyinOfPart(pseudonym.given);
  if (!s || !g) return [];
  const forms: NameForm[] = [
    { from: `${s} ${g}`, to: `${capitalise(ns)} ${capitalise(ng)}`, latin: true },
    { from: `${g} ${s}`, to: `${capitalise(ng)} ${capitalise(ns)}`, latin: true },
    { from: `${s}${g}`, to: `${ns}${ng}`, latin: true },
    { from: `${s}-${g}`, to: `${ns}-${ng}`, latin: true },
    { from: `${s}_${g}`, to: `${ns}_${ng}`, latin: true },
    { from: `${s}.${g}`, to: `${ns}.${ng}`, latin: true },
    { from: `${g}.${s}`, to: `${ng}.${ns}`, latin: true },
  ];
  for (const title of ENGLISH_TITLES)
    forms.push({ from: `${title} ${s}`, to: `${title} ${capitalise(ns)}`, latin: true });
  return forms;
}

/**
 * Every form of one person's name mapped to the same form of the pseudonym (the 姓 + 职务 forms
 * once per surname are enough: pass `withSurnameForms` false for the next namesake). The given name alone
 * is replaced only when it has two characters or more: one character is too often an ordinary word.
 */
export function nameForms(original: SplitName, pseudonym: SplitName, withSurnameForms = true): NameForm[] {
  const forms: NameForm[] = [{ from: original.full, to: pseudonym.full, latin: false }];
  if (!original.surname) return forms;
  if (withSurnameForms) forms.push(...surnameForms(original.surname, pseudonym.surname));
  if ([...original.given].length >= 2) forms.push({ from: original.given, to: pseudonym.given, latin: false });
  forms.push(...latinForms(original, pseudonym));
  return forms;
}

/** 姓 + 职务, 老王, 小王: shared by everyone with that surname, so they map by surname. */
export function surnameForms(surname: string, replacement: string): NameForm[] {
  return [
    ...TITLE_SUFFIXES.map((title) => ({
      from: surname + title,
      to: replacement + title,
      latin: false,
      ...(WORD_CONTINUATIONS[title] ? { notBefore: WORD_CONTINUATIONS[title] } : {}),
    })),
    { from: `老${surname}`, to: `老${replacement}`, latin: false },
    { from: `小${surname}`, to: `小${replacement}`, latin: false },
  ];
}
