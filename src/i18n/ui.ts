/**
 * UI strings (not content) in zh-CN and en. One setting picks the language for the whole site:
 * the UI_LOCALE environment variable at build time, zh-CN by default.
 *
 * Each area keeps its strings in `strings/<area>.ts` as a `zh` dictionary (the source of the
 * keys) and an `en` dictionary typed to the same keys, so a missing translation fails the
 * type check.
 */
import { fill, type Slots } from './fill.ts';
import * as analysis from './strings/analysis.ts';
import * as assessment from './strings/assessment.ts';
import * as core from './strings/core.ts';
import * as maps from './strings/maps.ts';
import * as ownAccounts from './strings/ownAccounts.ts';
import * as ownAnalysis from './strings/ownAnalysis.ts';
import * as publish from './strings/publish.ts';
import * as shell from './strings/shell.ts';
import * as teaching from './strings/teaching.ts';
import * as vocabulary from './strings/vocabulary.ts';
import * as workshops from './strings/workshops.ts';
import * as worksheets from './strings/worksheets.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const zh = {
  ...core.zh,
  ...vocabulary.zh,
  ...analysis.zh,
  ...shell.zh,
  ...maps.zh,
  ...worksheets.zh,
  ...ownAccounts.zh,
  ...workshops.zh,
  ...publish.zh,
  ...teaching.zh,
  ...assessment.zh,
  ...ownAnalysis.zh,
};
export type UiKey = keyof typeof zh;
const en: Record<UiKey, string> = {
  ...core.en,
  ...vocabulary.en,
  ...analysis.en,
  ...shell.en,
  ...maps.en,
  ...worksheets.en,
  ...ownAccounts.en,
  ...workshops.en,
  ...publish.en,
  ...teaching.en,
  ...assessment.en,
  ...ownAnalysis.en,
};

const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zh, en };

export function localeFromEnv(value: string | undefined): Locale {
  if (!value) return 'zh-CN';
  if ((LOCALES as readonly string[]).includes(value)) return value as Locale;
  throw new Error(`UI_LOCALE must be one of ${LOCALES.join(', ')}; found "${value}"`);
}

export function translator(locale: Locale) {
  const dictionary = DICTIONARIES[locale];
  return (key: UiKey, slots?: Slots): string => (slots ? fill(dictionary[key], slots) : dictionary[key]);
}

export function uiDictionary(locale: Locale): Readonly<Record<UiKey, string>> {
  return DICTIONARIES[locale];
}

const chosenStrings = new Map<string, Readonly<Partial<Record<UiKey, string>>>>();

/**
 * The strings a page hands its browser script: every key starting with one of `prefixes`, less
 * those starting with one of `except` (e.g. trainer-only features in other editions).
 */
export function clientStrings(
  locale: Locale,
  prefixes: readonly string[],
  except: readonly string[] = [],
): Readonly<Partial<Record<UiKey, string>>> {
  // Every page asks (the search box, each map frame): the dictionary is filtered once per choice,
  // and the pages share that one frozen object.
  const key = [locale, prefixes.join('\u0001'), except.join('\u0001')].join('\0');
  let strings = chosenStrings.get(key);
  if (!strings) {
    const starts = (name: string, list: readonly string[]) => list.some((prefix) => name.startsWith(prefix));
    strings = Object.fromEntries(
      Object.entries(DICTIONARIES[locale]).filter(([name]) => starts(name, prefixes) && !starts(name, except)),
    );
    chosenStrings.set(key, Object.freeze(strings));
  }
  return strings;
}
